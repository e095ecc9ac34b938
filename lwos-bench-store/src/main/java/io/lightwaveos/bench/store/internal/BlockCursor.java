package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Walks the entries of one {@code sample_blocks} row (layout in {@link SampleBlock}) without
 * allocating: each step points a reusable {@link FrameView} at the next frame, in place.
 */
public final class BlockCursor {

    private static final VarHandle INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final FrameView view = new FrameView();
    private byte[] entries;
    private long firstSeq;
    private long firstReceivedUs;
    private int declaredCount;
    private int index;
    private int position;
    private long seq;
    private long receivedAtMicros;

    /** Points the cursor before the first entry of a block row. */
    public BlockCursor wrap(long firstSeq, int declaredCount, long firstReceivedUs, byte[] entries) {
        this.entries = entries;
        this.firstSeq = firstSeq;
        this.declaredCount = declaredCount;
        this.firstReceivedUs = firstReceivedUs;
        this.index = 0;
        this.position = 0;
        return this;
    }

    /**
     * Moves to the next entry.
     *
     * @return false after the last entry
     * @throws StoreException {@link Reason#IO} if the blob does not hold what its row says
     */
    public boolean next() {
        if (index == declaredCount || position == entries.length) {
            if (index != declaredCount || position != entries.length) {
                throw corrupt("the row says " + declaredCount + " samples, the blob holds "
                        + (index == declaredCount ? "more" : "only " + index));
            }
            return false;
        }
        int size = entries[position] & 0xFF;
        if (!FrameLayout.isFrameSize(size) || position + SampleBlock.ENTRY_HEADER_BYTES + size > entries.length) {
            throw corrupt("entry " + index + " at byte " + position + " declares a " + size + "-byte frame in a "
                    + entries.length + "-byte blob");
        }
        seq = firstSeq + index;
        receivedAtMicros = firstReceivedUs + (int) INT.get(entries, position + 1);
        view.wrap(entries, position + SampleBlock.ENTRY_HEADER_BYTES, size);
        position += SampleBlock.ENTRY_HEADER_BYTES + size;
        index++;
        return true;
    }

    /** The current entry's seq. */
    public long seq() {
        return seq;
    }

    /** The current entry's received time, µs since the epoch. */
    public long receivedAtMicros() {
        return receivedAtMicros;
    }

    /** The current entry as a {@link Sample} of its own (a copy of the frame). */
    public Sample sample() {
        return new Sample(seq, receivedAtMicros, view.toFrame());
    }

    /** The current entry's frame, valid until the next call to {@link #next()}. */
    public FrameView view() {
        return view;
    }

    private StoreException corrupt(String what) {
        return new StoreException(Reason.IO, "corrupt sample block starting at seq " + firstSeq + ": " + what);
    }
}
