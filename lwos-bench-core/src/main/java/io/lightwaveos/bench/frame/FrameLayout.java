package io.lightwaveos.bench.frame;

/**
 * Byte offsets and sizes of the benchmark frames (PROTOCOL.md). All numbers are little-endian.
 * The single place the wire layout is written down; codec and flyweight read from here.
 */
public final class FrameLayout {

    /** The benchmark magic {@code 0x004D4241}, bytes {@code 41 42 4D 00} ("ABM\0"). */
    public static final int MAGIC = 0x004D4241;
    /** Size of a compact frame, bytes. */
    public static final int COMPACT_SIZE = 32;
    /** Size of an extended frame, bytes. */
    public static final int EXTENDED_SIZE = 64;
    /** Number of bins of the extended frame's hop-time histogram. */
    public static final int HISTOGRAM_BINS = 8;
    /**
     * Exclusive upper edges of the histogram bins, µs; the last bin (index 7) holds hops of
     * 6400 µs and more.
     */
    public static final int[] HISTOGRAM_UPPER_EDGES_US = {100, 200, 400, 800, 1600, 3200, 6400};

    public static final int OFF_MAGIC = 0;
    public static final int OFF_TIMESTAMP_MS = 4;
    public static final int OFF_AVG_TOTAL_US = 8;
    public static final int OFF_AVG_GOERTZEL_US = 12;
    public static final int OFF_CPU_LOAD_PERCENT = 16;
    public static final int OFF_PEAK_TOTAL_US = 20;
    public static final int OFF_PEAK_GOERTZEL_US = 22;
    public static final int OFF_HOP_COUNT = 24;
    public static final int OFF_GOERTZEL_COUNT = 28;
    public static final int OFF_FLAGS = 30;
    public static final int OFF_RESERVED = 31;
    public static final int OFF_AVG_DC_AGC_US = 32;
    public static final int OFF_AVG_CHROMA_US = 36;
    public static final int OFF_GOERTZEL_COUNT_FULL = 40;
    public static final int OFF_RESERVED2 = 44;
    public static final int OFF_HISTOGRAM = 48;

    private FrameLayout() {
    }

    /** Whether {@code length} is one of the two valid frame sizes (32 or 64). */
    public static boolean isFrameSize(int length) {
        return length == COMPACT_SIZE || length == EXTENDED_SIZE;
    }
}
