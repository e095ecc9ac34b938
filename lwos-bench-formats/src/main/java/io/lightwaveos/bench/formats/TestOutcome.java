package io.lightwaveos.bench.formats;

/**
 * One Unity test result line of a native test log ({@code file:line:test:PASS},
 * {@code file:line:test:FAIL: message}, or PlatformIO's {@code file:line: test [PASSED]}): context
 * for the measures, not a measure.
 *
 * @param name    the test function's name
 * @param status  how it ended
 * @param message what a failed or ignored test said, or null
 * @param logLine the line of the log it was read from (1-based)
 */
public record TestOutcome(String name, Status status, String message, long logLine) {

    /** How a test ended. */
    public enum Status {
        /** Passed. */
        PASS,
        /** Failed. */
        FAIL,
        /** Ignored (not run). */
        IGNORE
    }
}
