package io.lightwaveos.bench.collector;

import java.util.Objects;

/**
 * A collection failed. The message says what was expected and what happened ("the device at
 * ws://... already serves 4 benchmark clients ..."); {@link #reason()} says it to a program.
 */
public final class CollectorException extends RuntimeException {

    private final FailureReason reason;

    /**
     * @param reason  the machine-readable reason
     * @param message the human-readable sentence
     */
    public CollectorException(FailureReason reason, String message) {
        this(reason, message, null);
    }

    /**
     * @param reason  the machine-readable reason
     * @param message the human-readable sentence
     * @param cause   the underlying exception, may be null
     */
    public CollectorException(FailureReason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the collection failed. */
    public FailureReason reason() {
        return reason;
    }
}
