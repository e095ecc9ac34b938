package io.lightwaveos.bench.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The console line that names a skipped class and why, from real test runs on the launcher. */
class SkipReportTest {

    @Test
    void namesAClassWhoseTestsAbortedWithTheReasonOnOneLine() {
        String out = run(AbortsEachTest.class);
        assertThat(out).isEqualTo(SkipReport.PREFIX + AbortsEachTest.class.getName()
                + " (2 tests): no server here; start one\n");
    }

    @Test
    void namesAClassWhoseSetUpAbortedAllOfIt() {
        String out = run(AbortsInBeforeAll.class);
        assertThat(out).isEqualTo(SkipReport.PREFIX + AbortsInBeforeAll.class.getName()
                + " (all tests): no browser\n");
    }

    @Test
    void namesADisabledTestAndSaysNothingOfAClassThatRanWhole() {
        assertThat(run(OneDisabled.class)).isEqualTo(SkipReport.PREFIX + OneDisabled.class.getName()
                + " (1 test): flaky on ARM\n");
        assertThat(run(RunsWhole.class)).isEmpty();
    }

    private static String run(Class<?> testClass) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SkipReport report = new SkipReport(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // Without the listeners found on the class path: the build's own SkipReport would name these
        // deliberately skipping fixtures in the build log.
        LauncherConfig config = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
        LauncherFactory.create(config).execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), report);
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    static class AbortsEachTest {
        @Test
        void one() {
            Assumptions.abort("no server here;\n  start one");
        }

        @Test
        void two() {
            Assumptions.abort("another reason");
        }

        @Test
        void three() {
        }
    }

    static class AbortsInBeforeAll {
        @BeforeAll
        static void start() {
            Assumptions.abort("no browser");
        }

        @Test
        void one() {
        }
    }

    /**
     * A fixture, not a switched-off test: the launcher runs it only inside
     * {@link #namesADisabledTestAndSaysNothingOfAClassThatRanWhole}, which checks that a disabled
     * test is named with its reason. Static nested classes are not discovered by the build.
     */
    static class OneDisabled {
        @Test
        @Disabled("flaky on ARM")
        void one() {
        }

        @Test
        void two() {
        }
    }

    static class RunsWhole {
        @Test
        void one() {
        }
    }
}
