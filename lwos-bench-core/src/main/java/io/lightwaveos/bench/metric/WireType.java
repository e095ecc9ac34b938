package io.lightwaveos.bench.metric;

/** How a metric's value is encoded in a frame. */
public enum WireType {
    /** A little-endian IEEE-754 binary32. */
    FLOAT32,
    /** A little-endian unsigned 16-bit integer. */
    UINT16
}
