package io.lightwaveos.bench.analysis;

/**
 * A comparison or a gate found nothing to compare: no metric that both sides have values for.
 * That is an error, never a pass (SPEC §5); the message names what each side had.
 */
public final class NothingToCompareException extends RuntimeException {

    /** What was being done when nothing was found. */
    public enum Reason {
        /** Two runs have no metric with values in common. */
        NO_COMMON_METRIC,
        /** Every key of a baseline was skipped: no metric of the registry, or none the run has values for. */
        ALL_SKIPPED
    }

    private final Reason reason;

    /**
     * @param reason  what was being done
     * @param message what each side had, and what was missing
     */
    public NothingToCompareException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What was being done when nothing was found. */
    public Reason reason() {
        return reason;
    }
}
