package io.lightwaveos.bench.web;

import java.util.List;

/**
 * A run reference (SPEC §3: full UUID, unique UUID prefix of at least 4 hex characters, or exact
 * run name) that does not name exactly one run.
 *
 * <p>The API answers {@link Reason#NOT_FOUND} with 404 and {@link Reason#AMBIGUOUS} with 400: an
 * ambiguous reference is a request the client has to make more precise (a longer prefix or the full
 * id), not a missing resource. The message lists the candidates either way.
 */
public final class RunLookupException extends RuntimeException {

    /** Why the lookup failed. */
    public enum Reason {
        /** No run matches the reference. */
        NOT_FOUND,
        /** A UUID prefix matches more than one run. */
        AMBIGUOUS
    }

    private final Reason reason;
    private final String reference;
    private final List<String> candidates;

    /**
     * @param reason     why the lookup failed
     * @param reference  the reference as given
     * @param candidates runs the user may have meant ("id name" strings); may be empty
     */
    public RunLookupException(Reason reason, String reference, List<String> candidates) {
        super(message(reason, reference, candidates));
        this.reason = reason;
        this.reference = reference;
        this.candidates = List.copyOf(candidates);
    }

    /** Why the lookup failed. */
    public Reason reason() {
        return reason;
    }

    /** The reference as given. */
    public String reference() {
        return reference;
    }

    /** Runs the user may have meant, possibly empty. */
    public List<String> candidates() {
        return candidates;
    }

    private static String message(Reason reason, String reference, List<String> candidates) {
        String head = reason == Reason.AMBIGUOUS
                ? "run reference \"" + reference + "\" is ambiguous; give more of the id"
                : "no run matches \"" + reference + "\" (expected a run id, a unique id prefix of at"
                        + " least 4 hex characters, or a run name)";
        return candidates.isEmpty() ? head : head + "; candidates: " + String.join(", ", candidates);
    }
}
