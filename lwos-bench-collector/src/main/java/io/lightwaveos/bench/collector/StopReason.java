package io.lightwaveos.bench.collector;

/** Why a collection ended. */
public enum StopReason {
    /** The configured duration elapsed (status COMPLETE). */
    DURATION_REACHED,
    /** The configured number of samples was received (status COMPLETE). */
    SAMPLE_LIMIT_REACHED,
    /** {@link CollectionHandle#stop()} was called, e.g. on Ctrl-C (status INTERRUPTED). */
    STOPPED_BY_CALLER,
    /** A failure ended it; see {@link CollectionResult#failureReason()} (status FAILED). */
    FAILED
}
