package io.lightwaveos.bench.testing;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Names every test class that skipped tests, and why, in one console line when the class ends:
 * Surefire's own summary only counts skips ({@code Skipped: 68}), which hides a missing browser
 * or database. Registered for every module whose tests use core's test jar through
 * {@code META-INF/services}.
 *
 * <p>A skip is a test aborted by an assumption (a fixture that found no PostgreSQL server or no
 * browser) or one disabled outright; the line carries the first reason seen in the class and how
 * many tests it cost.
 */
public final class SkipReport implements TestExecutionListener {

    /** The prefix of each line, for grep. */
    public static final String PREFIX = "[SKIPPED] ";

    private final Map<String, Skips> byClass = new LinkedHashMap<>();
    private final PrintStream out;

    /** The listener JUnit's service loader creates: lines go to standard output. */
    public SkipReport() {
        this(System.out);
    }

    SkipReport(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, reason);
        if (isClass(test)) {
            report(className(test.getSource()).orElse(test.getDisplayName()));
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(test, result.getThrowable().map(SkipReport::reason).orElse("aborted"));
        }
        if (isClass(test)) {
            className(test.getSource()).ifPresent(this::report);
        }
    }

    private void record(TestIdentifier test, String reason) {
        className(test.getSource()).ifPresent(name -> byClass
                .computeIfAbsent(name, n -> new Skips(oneLine(reason)))
                .count += test.isTest() ? 1 : 0);
    }

    private void report(String className) {
        Skips skips = byClass.remove(className);
        if (skips != null) {
            String tests = skips.count == 0 ? "all tests" : skips.count + (skips.count == 1 ? " test" : " tests");
            out.println(PREFIX + className + " (" + tests + "): " + skips.reason);
            out.flush();
        }
    }

    private static boolean isClass(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    private static Optional<String> className(Optional<TestSource> source) {
        return source.map(s -> s instanceof MethodSource m ? m.getClassName()
                : s instanceof ClassSource c ? c.getClassName() : null);
    }

    private static String reason(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String oneLine(String reason) {
        String text = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static final class Skips {
        final String reason;
        int count;

        Skips(String reason) {
            this.reason = reason;
        }
    }
}
