package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.run.Sample;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Builds the {@code entries} blob of one {@code sample_blocks} row: up to {@link #CAPACITY}
 * consecutive samples, each stored as
 * {@code [u8 frame length][i32 LE received-time offset from the block's first sample, µs][frame]}.
 * The layout is described with the schema ({@link io.lightwaveos.bench.store.schema.Migrations});
 * {@link BlockCursor} reads it back. Reused from block to block: one instance allocates nothing per
 * sample.
 */
public final class SampleBlock {

    /** Samples per full block. */
    public static final int CAPACITY = 256;
    /** Bytes before each frame: the length byte and the received-time offset. */
    public static final int ENTRY_HEADER_BYTES = 5;

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] buffer = new byte[CAPACITY * (ENTRY_HEADER_BYTES + FrameLayout.EXTENDED_SIZE)];
    private long firstSeq;
    private long firstReceivedUs;
    private int count;
    private int length;

    /**
     * Whether {@code sample} can join this block: the block has room, the sample's seq follows the
     * last one directly, and its received time is within an int32 of microseconds (±35 minutes) of
     * the first sample's. Otherwise the caller closes this block and starts another.
     */
    public boolean accepts(Sample sample) {
        if (count == 0) {
            return true;
        }
        if (count == CAPACITY || sample.seq() != firstSeq + count) {
            return false;
        }
        long offset = sample.receivedAtMicros() - firstReceivedUs;
        return offset >= Integer.MIN_VALUE && offset <= Integer.MAX_VALUE;
    }

    /** Appends {@code sample}; the caller has checked {@link #accepts}. */
    public void add(Sample sample) {
        if (count == 0) {
            firstSeq = sample.seq();
            firstReceivedUs = sample.receivedAtMicros();
        }
        int size = sample.frame().size();
        buffer[length] = (byte) size;
        INT.set(buffer, length + 1, (int) (sample.receivedAtMicros() - firstReceivedUs));
        FrameEncoder.encode(sample.frame(), buffer, length + ENTRY_HEADER_BYTES);
        length += ENTRY_HEADER_BYTES + size;
        count++;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public int count() {
        return count;
    }

    public long firstSeq() {
        return firstSeq;
    }

    public long firstReceivedUs() {
        return firstReceivedUs;
    }

    /** A copy of the encoded entries (JDBC binds whole arrays only). */
    public byte[] entries() {
        return Arrays.copyOf(buffer, length);
    }

    /** Empties the block for the next run of samples. */
    public void clear() {
        count = 0;
        length = 0;
    }
}
