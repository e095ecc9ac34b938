package io.lightwaveos.bench.cli;

/** The exit codes of SPEC §6, in one place. */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Runtime failure: device unreachable or rejected, I/O error. */
    public static final int FAILURE = 1;
    /** Usage error: bad option, unknown run. */
    public static final int USAGE = 2;
    /** A gate failed: a regression found by {@code compare --fail-on-regression} or {@code check}. */
    public static final int GATE_FAILED = 3;
    /** Interrupted by Ctrl-C after a clean shutdown. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
