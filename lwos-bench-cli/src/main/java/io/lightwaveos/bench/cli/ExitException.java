package io.lightwaveos.bench.cli;

/**
 * Ends a command with an exit code and one line for stderr. Commands throw it instead of printing
 * and returning, so every failure leaves the same way.
 */
public class ExitException extends RuntimeException {

    private final int status;

    /**
     * @param status  the exit code ({@link ExitCode})
     * @param message one line: what failed and what to do
     */
    public ExitException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** Same, keeping the cause for {@code --verbose}. */
    public ExitException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** A usage error (exit 2). */
    public static ExitException usage(String message) {
        return new ExitException(ExitCode.USAGE, message);
    }

    /** A runtime failure (exit 1). */
    public static ExitException failure(String message, Throwable cause) {
        return new ExitException(ExitCode.FAILURE, message, cause);
    }

    /** The exit code. */
    public int status() {
        return status;
    }
}
