package io.lightwaveos.bench.frame;

import static io.lightwaveos.bench.frame.FrameLayout.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A reusable, zero-allocation view of one binary message, for the hot path.
 *
 * <p>{@link #wrap(byte[], int, int)} or {@link #wrap(ByteBuffer)} points the view at a message
 * without copying; {@link #rejectReason()} says whether it is a valid frame; the accessors read
 * little-endian fields at fixed offsets, whatever byte order the buffer is set to. Accessors are
 * only meaningful on a valid frame ({@code rejectReason() == null}); the extended accessors only on
 * an extended one. A view is not thread-safe and must not outlive the buffer it wraps.
 */
public final class FrameView {

    private static final VarHandle ARRAY_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle ARRAY_SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    /** Holds the bytes of a direct or read-only buffer, so that every read is an array read. */
    private final byte[] scratch = new byte[EXTENDED_SIZE];
    private byte[] array;
    private int base;
    private int length;

    /**
     * Points this view at {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @return this view
     * @throws IndexOutOfBoundsException if the range lies outside the array
     */
    public FrameView wrap(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        this.array = bytes;
        this.base = offset;
        this.length = length;
        return this;
    }

    /**
     * Points this view at the remaining bytes of {@code buf} (position to limit). The buffer's
     * position, limit and byte order are not changed. A heap buffer is read in place; the bytes of
     * a direct or read-only buffer (at most 64, all a frame can have) are copied into the view.
     *
     * @return this view
     */
    public FrameView wrap(ByteBuffer buf) {
        int remaining = buf.remaining();
        if (buf.hasArray()) {
            this.array = buf.array();
            this.base = buf.arrayOffset() + buf.position();
        } else {
            buf.get(buf.position(), scratch, 0, Math.min(remaining, EXTENDED_SIZE));
            this.array = scratch;
            this.base = 0;
        }
        this.length = remaining;
        return this;
    }

    /** Length of the wrapped message, bytes. */
    public int length() {
        return length;
    }

    /**
     * Why the wrapped message is not a benchmark frame, or {@code null} if it is one. Checks, in
     * order: at least 4 bytes, the benchmark magic, a length of 32 or 64, finite floats.
     */
    public RejectReason rejectReason() {
        if (length < 4) {
            return RejectReason.BAD_LENGTH;
        }
        if (int32(OFF_MAGIC) != MAGIC) {
            return RejectReason.FOREIGN_STREAM;
        }
        if (length != COMPACT_SIZE && length != EXTENDED_SIZE) {
            return RejectReason.BAD_LENGTH;
        }
        if (nonFinite(OFF_AVG_TOTAL_US) | nonFinite(OFF_AVG_GOERTZEL_US) | nonFinite(OFF_CPU_LOAD_PERCENT)
                || (length == EXTENDED_SIZE && (nonFinite(OFF_AVG_DC_AGC_US) | nonFinite(OFF_AVG_CHROMA_US)))) {
            return RejectReason.NON_FINITE;
        }
        return null;
    }

    /** NaN and ±Inf are the floats whose exponent bits are all ones. */
    private boolean nonFinite(int offset) {
        return (int32(offset) & 0x7F80_0000) == 0x7F80_0000;
    }

    /** Whether the wrapped message is a valid benchmark frame. */
    public boolean isValid() {
        return rejectReason() == null;
    }

    /**
     * A sentence saying what was expected and what was found, for an invalid message; {@code null}
     * for a valid frame. Allocates: for the error path only.
     */
    public String rejectMessage() {
        RejectReason reason = rejectReason();
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case BAD_LENGTH -> length < 4
                    ? "expected 32 or 64 bytes, got " + length + " (too short for the 4-byte magic)"
                    : "expected 32 or 64 bytes for a benchmark frame, got " + length;
            case FOREIGN_STREAM -> String.format(
                    "expected magic 0x%08X (\"ABM\\0\"), found 0x%08X (%d bytes, another stream)",
                    MAGIC, int32(OFF_MAGIC), length);
            case NON_FINITE -> "expected finite floats, found " + nonFiniteField();
        };
    }

    private String nonFiniteField() {
        if (!Float.isFinite(avgTotalUs())) return "avgTotalUs = " + avgTotalUs();
        if (!Float.isFinite(avgGoertzelUs())) return "avgGoertzelUs = " + avgGoertzelUs();
        if (!Float.isFinite(cpuLoadPercent())) return "cpuLoadPercent = " + cpuLoadPercent();
        if (length == EXTENDED_SIZE) {
            if (!Float.isFinite(avgDcAgcUs())) return "avgDcAgcUs = " + avgDcAgcUs();
            if (!Float.isFinite(avgChromaUs())) return "avgChromaUs = " + avgChromaUs();
        }
        return null;
    }

    /** Whether the wrapped frame is extended (64 bytes). */
    public boolean isExtended() {
        return length == EXTENDED_SIZE;
    }

    /** The magic at offset 0, as a signed int. */
    public int magic() {
        return int32(OFF_MAGIC);
    }

    /** Device milliseconds since boot (uint32). */
    public long timestampMs() {
        return uint32(OFF_TIMESTAMP_MS);
    }

    /** EMA of the whole hop-processing time, µs. */
    public float avgTotalUs() {
        return Float.intBitsToFloat(int32(OFF_AVG_TOTAL_US));
    }

    /** EMA of Goertzel time, µs. */
    public float avgGoertzelUs() {
        return Float.intBitsToFloat(int32(OFF_AVG_GOERTZEL_US));
    }

    /** CPU load, percent of the 20000 µs hop budget. */
    public float cpuLoadPercent() {
        return Float.intBitsToFloat(int32(OFF_CPU_LOAD_PERCENT));
    }

    /** Maximum hop time since the last peak reset, µs (uint16). */
    public int peakTotalUs() {
        return uint16(OFF_PEAK_TOTAL_US);
    }

    /** Maximum Goertzel time since the last peak reset, µs (uint16). */
    public int peakGoertzelUs() {
        return uint16(OFF_PEAK_GOERTZEL_US);
    }

    /** Audio hops since stats reset (uint32). */
    public long hopCount() {
        return uint32(OFF_HOP_COUNT);
    }

    /** Hops on which Goertzel ran, low 16 bits (uint16). */
    public int goertzelCount() {
        return uint16(OFF_GOERTZEL_COUNT);
    }

    /** The raw flags byte (0 to 255). */
    public int flagsRaw() {
        return uint8(OFF_FLAGS);
    }

    /** The reserved byte 31 (0 to 255). */
    public int reserved() {
        return uint8(OFF_RESERVED);
    }

    /** EMA of DC-removal + AGC time, µs (extended frames only). */
    public float avgDcAgcUs() {
        return Float.intBitsToFloat(int32(OFF_AVG_DC_AGC_US));
    }

    /** EMA of chromagram time, µs (extended frames only). */
    public float avgChromaUs() {
        return Float.intBitsToFloat(int32(OFF_AVG_CHROMA_US));
    }

    /** Full 32-bit Goertzel hop count (extended frames only). */
    public long goertzelCountFull() {
        return uint32(OFF_GOERTZEL_COUNT_FULL);
    }

    /** Bytes 44-47 (extended frames only). */
    public long reserved2() {
        return uint32(OFF_RESERVED2);
    }

    /** Histogram bin {@code index}, 0 to 7 (extended frames only). */
    public int histogramBin(int index) {
        java.util.Objects.checkIndex(index, HISTOGRAM_BINS);
        return uint16(OFF_HISTOGRAM + 2 * index);
    }

    /** The little-endian float32 at {@code offset} of the wrapped message (a field of {@link FrameLayout}). */
    public float float32At(int offset) {
        return Float.intBitsToFloat(int32(offset));
    }

    /** The little-endian uint16 at {@code offset} of the wrapped message (a field of {@link FrameLayout}). */
    public int uint16At(int offset) {
        return uint16(offset);
    }

    /**
     * Materialises the wrapped frame. Call only on a valid frame.
     *
     * @throws IllegalStateException if the wrapped message is not a valid frame
     */
    public BenchmarkFrame toFrame() {
        if (!isValid()) {
            throw new IllegalStateException("not a benchmark frame: " + rejectMessage());
        }
        ExtendedFields ext = null;
        if (isExtended()) {
            int[] hist = new int[HISTOGRAM_BINS];
            for (int i = 0; i < HISTOGRAM_BINS; i++) {
                hist[i] = uint16(OFF_HISTOGRAM + 2 * i);
            }
            ext = new ExtendedFields(avgDcAgcUs(), avgChromaUs(), goertzelCountFull(), reserved2(), hist);
        }
        return new BenchmarkFrame(timestampMs(), avgTotalUs(), avgGoertzelUs(), cpuLoadPercent(),
                peakTotalUs(), peakGoertzelUs(), hopCount(), goertzelCount(), Flags.of(flagsRaw()),
                reserved(), ext);
    }

    private int int32(int offset) {
        return (int) ARRAY_INT.get(array, base + offset);
    }

    private long uint32(int offset) {
        return int32(offset) & 0xFFFF_FFFFL;
    }

    private int uint16(int offset) {
        return (short) ARRAY_SHORT.get(array, base + offset) & 0xFFFF;
    }

    private int uint8(int offset) {
        return array[base + offset] & 0xFF;
    }
}
