package io.lightwaveos.bench.ci;

/**
 * What the user asked cannot be done as asked (a bad baseline file, an impossible option): the
 * command line makes it exit 2 with this message, and nothing is posted.
 */
public final class CiUsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** With the message for the user. */
    public CiUsageException(String message) {
        super(message);
    }

    /** With the message for the user and what caused it. */
    public CiUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
