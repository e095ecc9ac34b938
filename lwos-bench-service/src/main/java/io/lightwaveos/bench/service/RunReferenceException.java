package io.lightwaveos.bench.service;

import java.util.List;

/**
 * A run reference (SPEC §3) that names no run, or more than one: what {@link RunService#resolve}
 * throws. The message is the store's, listing the candidates.
 */
public final class RunReferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the reference does not name one run. */
    public enum Reason {
        /** Nothing matches. */
        NOT_FOUND,
        /** A prefix matches several runs, or a name is also the start of another run's id. */
        AMBIGUOUS,
        /** The reference is blank. */
        INVALID
    }

    private final Reason reason;
    private final String reference;
    private final List<String> candidates;

    /**
     * @param reason     why
     * @param reference  the reference as given
     * @param message    what was expected and what was found (listing the candidates)
     * @param candidates one {@code "<id>  <name>  <started_at>"} line per candidate run
     * @param cause      the store's failure
     */
    public RunReferenceException(Reason reason, String reference, String message, List<String> candidates,
            Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    /** Why the reference names no single run. */
    public Reason reason() {
        return reason;
    }

    /** The reference as given. */
    public String reference() {
        return reference;
    }

    /** One {@code "<id>  <name>  <started_at>"} line per candidate run; may be empty. */
    public List<String> candidates() {
        return candidates;
    }
}
