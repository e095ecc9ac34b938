package io.lightwaveos.bench.frame;

/**
 * The flags byte of a benchmark frame (offset 30).
 *
 * <p>The three named bits are defined by the firmware; the other five are reserved and are kept
 * as they are, so a frame survives a decode/encode round trip unchanged.
 *
 * @param raw the whole byte, 0 to 255
 */
public record Flags(int raw) {

    /** Bit 0x01: the device streams benchmark frames ({@code benchmark.start} was sent). */
    public static final int STREAMING_ACTIVE = 0x01;
    /** Bit 0x02: the firmware was built with the benchmark feature. */
    public static final int BENCHMARK_ENABLED = 0x02;
    /** Bit 0x04: the peak values were reset after this frame was taken. */
    public static final int PEAKS_RESET = 0x04;

    private static final Flags[] CACHE = new Flags[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Flags(i);
        }
    }

    /**
     * @throws IllegalArgumentException if {@code raw} is not between 0 and 255
     */
    public Flags {
        if (raw < 0 || raw > 0xFF) {
            throw new IllegalArgumentException("flags must be between 0 and 255, got " + raw);
        }
    }

    /** The shared instance for {@code raw} (0 to 255); never allocates. */
    public static Flags of(int raw) {
        if (raw < 0 || raw > 0xFF) {
            throw new IllegalArgumentException("flags must be between 0 and 255, got " + raw);
        }
        return CACHE[raw];
    }

    /** Whether bit 0x01 STREAMING_ACTIVE is set. */
    public boolean streamingActive() {
        return (raw & STREAMING_ACTIVE) != 0;
    }

    /** Whether bit 0x02 BENCHMARK_ENABLED is set. */
    public boolean benchmarkEnabled() {
        return (raw & BENCHMARK_ENABLED) != 0;
    }

    /** Whether bit 0x04 PEAKS_RESET is set. */
    public boolean peaksReset() {
        return (raw & PEAKS_RESET) != 0;
    }

    /** The bits no name is defined for (0xF8 mask), kept as received. */
    public int reservedBits() {
        return raw & ~(STREAMING_ACTIVE | BENCHMARK_ENABLED | PEAKS_RESET) & 0xFF;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Flags[0x").append(Integer.toHexString(raw));
        if (streamingActive()) sb.append(" STREAMING_ACTIVE");
        if (benchmarkEnabled()) sb.append(" BENCHMARK_ENABLED");
        if (peaksReset()) sb.append(" PEAKS_RESET");
        return sb.append(']').toString();
    }
}
