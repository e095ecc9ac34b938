package io.lightwaveos.bench.frame;

import static io.lightwaveos.bench.frame.FrameLayout.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Encodes frames to their 32- or 64-byte wire form (used by the simulator and tests). */
public final class FrameEncoder {

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT =
            MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

    private FrameEncoder() {
    }

    /** The wire bytes of {@code frame}: 32 for compact, 64 for extended. */
    public static byte[] encode(BenchmarkFrame frame) {
        byte[] out = new byte[frame.size()];
        encode(frame, out, 0);
        return out;
    }

    /**
     * Writes {@code frame} into {@code dst} from {@code offset}.
     *
     * @return the number of bytes written (32 or 64)
     * @throws IndexOutOfBoundsException if {@code dst} has no room for the frame
     */
    public static int encode(BenchmarkFrame frame, byte[] dst, int offset) {
        int size = frame.size();
        java.util.Objects.checkFromIndexSize(offset, size, dst.length);
        INT.set(dst, offset + OFF_MAGIC, MAGIC);
        INT.set(dst, offset + OFF_TIMESTAMP_MS, (int) frame.timestampMs());
        INT.set(dst, offset + OFF_AVG_TOTAL_US, Float.floatToRawIntBits(frame.avgTotalUs()));
        INT.set(dst, offset + OFF_AVG_GOERTZEL_US, Float.floatToRawIntBits(frame.avgGoertzelUs()));
        INT.set(dst, offset + OFF_CPU_LOAD_PERCENT, Float.floatToRawIntBits(frame.cpuLoadPercent()));
        SHORT.set(dst, offset + OFF_PEAK_TOTAL_US, (short) frame.peakTotalUs());
        SHORT.set(dst, offset + OFF_PEAK_GOERTZEL_US, (short) frame.peakGoertzelUs());
        INT.set(dst, offset + OFF_HOP_COUNT, (int) frame.hopCount());
        SHORT.set(dst, offset + OFF_GOERTZEL_COUNT, (short) frame.goertzelCount());
        dst[offset + OFF_FLAGS] = (byte) frame.flags().raw();
        dst[offset + OFF_RESERVED] = (byte) frame.reserved();
        ExtendedFields ext = frame.extended();
        if (ext != null) {
            INT.set(dst, offset + OFF_AVG_DC_AGC_US, Float.floatToRawIntBits(ext.avgDcAgcUs()));
            INT.set(dst, offset + OFF_AVG_CHROMA_US, Float.floatToRawIntBits(ext.avgChromaUs()));
            INT.set(dst, offset + OFF_GOERTZEL_COUNT_FULL, (int) ext.goertzelCountFull());
            INT.set(dst, offset + OFF_RESERVED2, (int) ext.reserved2());
            for (int i = 0; i < HISTOGRAM_BINS; i++) {
                SHORT.set(dst, offset + OFF_HISTOGRAM + 2 * i, (short) ext.histogramBin(i));
            }
        }
        return size;
    }
}
