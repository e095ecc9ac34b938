package io.lightwaveos.bench.frame;

/** Why a binary message was not accepted as a benchmark frame. Collectors count rejections by it. */
public enum RejectReason {
    /** Shorter than the 4-byte magic, or the benchmark magic with a length other than 32 or 64. */
    BAD_LENGTH,
    /** Another stream's message on the same socket: the magic is not {@code 0x004D4241}. */
    FOREIGN_STREAM,
    /** One of the float fields is NaN or infinite. */
    NON_FINITE
}
