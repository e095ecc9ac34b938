package io.lightwaveos.bench.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.lightwaveos.bench.junit.fixture.AbortedTest;
import io.lightwaveos.bench.junit.fixture.ClassScopedTest;
import io.lightwaveos.bench.junit.fixture.ConfiguredTest;
import io.lightwaveos.bench.junit.fixture.ParallelTest;
import io.lightwaveos.bench.junit.fixture.PassingAndFailingTest;
import io.lightwaveos.bench.junit.fixture.RealDeviceTest;
import io.lightwaveos.bench.junit.fixture.SeededTest;
import io.lightwaveos.bench.junit.fixture.Seen;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the fixture test classes through the JUnit launcher, as Maven would, and checks what the
 * extension gave them and that it cleaned up: every simulator stopped and its port free again,
 * whether the test passed, failed or threw, also with tests running in parallel.
 */
class LwosBenchExtensionTest {

    @BeforeEach
    void clear() {
        Seen.clear();
    }

    @Test
    void passingFailingAndThrowingTestsEachGetAStartedSimulatorAndLeaveNoneRunning() throws IOException {
        TestExecutionSummary summary = run(PassingAndFailingTest.class, Map.of());

        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getTestsFailedCount()).isEqualTo(2);
        long failingSeed = seedOf(PassingAndFailingTest.class, "failsAnAssertion");
        assertThat(failureMessages(summary)).containsExactlyInAnyOrder(
                "[this test fails on purpose] \nexpected: 2\n but was: 1" + System.lineSeparator() + System.lineSeparator()
                        + "simulator seed " + failingSeed + " (rerun with the same samples: -Dlwos.bench.sim.seed="
                        + failingSeed + "); " + Seen.SIMULATORS.stream().filter(s -> s.config().seed() == failingSeed)
                        .findFirst().orElseThrow().config(),
                "the harness blew up");
        assertThat(summary.getFailures()).filteredOn(f -> f.getException() instanceof IllegalStateException)
                .singleElement().satisfies(f -> assertThat(f.getException().getSuppressed()).singleElement()
                        .satisfies(note -> assertThat(note.getMessage()).startsWith("simulator seed "
                                + seedOf(PassingAndFailingTest.class, "throwsWhileCollecting") + " ")));
        assertThat(Seen.SAMPLES).containsExactly(50L, 50L);
        assertThat(Seen.SIMULATORS).hasSize(3).doesNotHaveDuplicates();
        assertThat(Seen.DEVICES).singleElement().satisfies(d -> assertThat(d.isSimulated()).isTrue());
        assertAllStopped(Seen.SIMULATORS);
    }

    @Test
    void parallelTestsEachGetTheirOwnSimulatorAndAllAreStopped() throws IOException {
        TestExecutionSummary summary = run(ParallelTest.class, Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "3"));

        assertThat(failureMessages(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(6);
        assertThat(Seen.SAMPLES).hasSize(6).containsOnly(200L);
        assertThat(Seen.SIMULATORS).hasSize(6).doesNotHaveDuplicates();
        assertThat(Seen.SIMULATORS.stream().map(DeviceSimulator::port).collect(Collectors.toSet())).hasSize(6);
        assertThat(Seen.SIMULATORS).allSatisfy(s -> {
            assertThat(s.config().rate()).isEqualTo(2000);
            assertThat(s.config().seed()).isEqualTo(7);
        });
        assertAllStopped(Seen.SIMULATORS);
    }

    @Test
    void theNearestSimulatedDeviceAnnotationConfiguresTheSimulator() throws IOException {
        TestExecutionSummary summary = run(ConfiguredTest.class, Map.of());

        assertThat(failureMessages(summary)).isEmpty();
        assertThat(Seen.SIMULATORS).hasSize(3).doesNotHaveDuplicates();
        assertThat(Seen.SIMULATORS).extracting(s -> s.config().meanTotalUs()).containsExactlyInAnyOrder(120.0, 120.0, 200.0);
        SimulatorConfig byClass = Seen.SIMULATORS.stream().map(DeviceSimulator::config)
                .filter(c -> c.meanTotalUs() == 120.0).findFirst().orElseThrow();
        assertThat(byClass.dropRate()).isEqualTo(0.01);
        assertThat(byClass.seed()).isEqualTo(3);
        assertThat(byClass.rate()).isEqualTo(1000);
        SimulatorConfig byMethod = Seen.SIMULATORS.stream().map(DeviceSimulator::config)
                .filter(c -> c.meanTotalUs() == 200.0).findFirst().orElseThrow();
        assertThat(byMethod.rate()).isEqualTo(50);
        assertThat(byMethod.dropRate()).isZero();
        assertThat(Seen.DEVICES).singleElement().satisfies(d -> assertThat(d.simulator()).isPresent());
        assertAllStopped(Seen.SIMULATORS);
    }

    @Test
    void aDeviceUrlMakesTheCollectorUseThatDevice() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(500).build())) {
            TestExecutionSummary summary = run(RealDeviceTest.class, Map.of(BenchDevice.URL_PARAMETER, device.url()));

            assertThat(failureMessages(summary)).isEmpty();
            assertThat(Seen.DEVICES).singleElement().satisfies(d -> {
                assertThat(d.isSimulated()).isFalse();
                assertThat(d.url()).isEqualTo(device.url());
                assertThat(d.simulator()).isEmpty();
            });
            assertThat(Seen.SAMPLES).containsExactly(30L);
            assertThat(device.receivedCount(DeviceProtocol.SUBSCRIBE)).isEqualTo(1);
        }
    }

    @Test
    void aConstructorParameterLivesWithTheTestClassAndItsMethodsShareIt() throws IOException {
        TestExecutionSummary summary = run(ClassScopedTest.class, Map.of());

        assertThat(failureMessages(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
        assertThat(Seen.SIMULATORS).hasSize(4);
        assertThat(Seen.SIMULATORS.stream().distinct()).hasSize(1);
        assertAllStopped(List.of(Seen.SIMULATORS.get(0)));
    }

    @Test
    void theAnnotationDefaultsAreTheSimulatorsExceptTheRateAndTheSeed() {
        SimulatorConfig defaults = SimulatorConfig.defaults();
        SimulatorConfig annotated = SimulatorSettings.resolve(Defaults.class.getAnnotation(SimulatedDevice.class),
                "[engine:junit-jupiter]/[class:x]", key -> Optional.empty(), key -> null);
        assertThat(annotated.rate()).isEqualTo(1000);
        assertThat(annotated.seed()).isEqualTo(SimulatorSettings.seedOf("[engine:junit-jupiter]/[class:x]")).isNotZero();
        assertThat(annotated.toBuilder().rate(defaults.rate()).seed(defaults.seed()).build())
                .usingRecursiveComparison().isEqualTo(defaults);
    }

    @Test
    void anAbortedTestIsLeftAsItIsWithoutTheSeed() {
        List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(AbortedTest.class))
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                            result.getThrowable().ifPresent(thrown::add);
                        }
                    }
                });

        assertThat(Seen.SIMULATORS).hasSize(1);
        assertThat(thrown).singleElement().satisfies(t -> {
            assertThat(t).hasMessage("recorded, not compared");
            assertThat(t.getSuppressed()).isEmpty();
        });
    }

    @Test
    void eachTestMethodGetsItsOwnSeedDerivedFromItsNameTheSameOnEveryRun() {
        run(SeededTest.class, Map.of());
        Map<String, Long> seeds = Seen.SIMULATORS.stream().collect(Collectors.toMap(
                s -> s.config().seed() == seedOf(SeededTest.class, "first") ? "first" : "second", s -> s.config().seed()));
        double[] first = Seen.VALUES.get("first");
        double[] second = Seen.VALUES.get("second");

        assertThat(seeds).containsOnlyKeys("first", "second");
        assertThat(seeds.get("second")).isEqualTo(seedOf(SeededTest.class, "second")).isNotEqualTo(seeds.get("first"));
        assertThat(first).hasSize(20).isNotEqualTo(second);

        Seen.clear();
        run(SeededTest.class, Map.of());
        assertThat(Seen.SIMULATORS).extracting(s -> s.config().seed()).containsExactlyInAnyOrderElementsOf(seeds.values());
    }

    @Test
    void simulatorSettingsAreOverriddenAtRunTimeByConfigurationParametersOrSystemProperties() throws IOException {
        TestExecutionSummary summary = run(ConfiguredTest.class, Map.of(
                "lwos.bench.sim.meanTotalUs", "160", "lwos.bench.sim.seed", "42"));

        assertThat(failureMessages(summary)).isEmpty();
        assertThat(Seen.SIMULATORS).hasSize(3).allSatisfy(s -> {
            assertThat(s.config().meanTotalUs()).isEqualTo(160.0);
            assertThat(s.config().seed()).isEqualTo(42);
        });
        assertThat(Seen.SIMULATORS).extracting(s -> s.config().rate()).containsExactlyInAnyOrder(1000.0, 1000.0, 50.0);
        assertAllStopped(Seen.SIMULATORS);
    }

    @Test
    void environmentVariablesOverrideTheAnnotationAndPropertiesOverrideThem() {
        SimulatedDevice annotated = ConfiguredTest.class.getAnnotation(SimulatedDevice.class);
        Map<String, String> env = Map.of("LWOS_BENCH_SIM_MEAN_TOTAL_US", "170", "LWOS_BENCH_SIM_NOISE", "0.02",
                "LWOS_BENCH_SIM_DROP_RATE", "0.5");

        SimulatorConfig config = SimulatorSettings.resolve(annotated, "id",
                key -> Optional.ofNullable(Map.of("lwos.bench.sim.dropRate", "0").get(key)), env::get);

        assertThat(config.meanTotalUs()).isEqualTo(170.0);
        assertThat(config.noise()).isEqualTo(0.02);
        assertThat(config.dropRate()).isZero();
        assertThat(config.seed()).isEqualTo(3);
    }

    @Test
    void anUnusableOverrideFailsTheTestNamingTheProperty() {
        TestExecutionSummary summary = run(SeededTest.class, Map.of("lwos.bench.sim.noise", "lots"));

        assertThat(failureMessages(summary)).hasSize(2).allSatisfy(m -> assertThat(m)
                .startsWith("lwos.bench.sim.noise must be a usable noise, got \"lots\""));
        assertThat(Seen.SIMULATORS).isEmpty();
    }

    /** The seed the extension derives for a test method with a BenchCollector and/or DeviceSimulator parameters. */
    private static long seedOf(Class<?> testClass, String method) {
        java.lang.reflect.Method m = java.util.Arrays.stream(testClass.getDeclaredMethods())
                .filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        String params = java.util.Arrays.stream(m.getParameterTypes()).map(Class::getName)
                .collect(Collectors.joining(", "));
        return SimulatorSettings.seedOf("[engine:junit-jupiter]/[class:" + testClass.getName() + "]/[method:" + method
                + "(" + params + ")]");
    }

    @SimulatedDevice
    private static final class Defaults {
    }

    private static TestExecutionSummary run(Class<?> testClass, Map<String, String> parameters) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass)).configurationParameters(parameters).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return listener.getSummary();
    }

    private static List<String> failureMessages(TestExecutionSummary summary) {
        return summary.getFailures().stream().map(f -> f.getException().getMessage()).toList();
    }

    /** Each simulator is closed: nothing accepts on its port, and the port can be bound again. */
    private static void assertAllStopped(List<DeviceSimulator> simulators) throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (DeviceSimulator s : simulators) {
            ports.add(s.port());
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()), 1000);
                throw new AssertionError("the simulator on port " + s.port() + " still accepts connections");
            } catch (java.net.ConnectException expected) {
                // refused: nobody listens there any more
            }
            try (ServerSocket again = new ServerSocket()) {
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()));
                assertThat(again.isBound()).isTrue();
            }
        }
        assertThat(ports).hasSize(simulators.size());
    }
}
