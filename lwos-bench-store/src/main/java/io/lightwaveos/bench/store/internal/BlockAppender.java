package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a run's samples, in seq order, into sample blocks (layout in {@link SampleBlock}) and says
 * which blocks still have to be written. Shared by both stores' background writers and imports; it
 * knows no SQL.
 *
 * <p>{@link #add} only encodes, in memory, so a writer holds database locks only while it writes,
 * not while samples arrive. A full block is written once; the partial one is written by each
 * commit and rewritten as it grows (an upsert on {@code (run, first_seq)}). Blocks stay pending
 * until the caller says they were committed ({@link #committed}), so a failed commit can be tried
 * again with the same blocks.
 */
public final class BlockAppender {

    private final SampleBlock block = new SampleBlock();
    private final List<PendingBlock> full = new ArrayList<>();
    private int blockWritten;
    private long lastSeq;
    private long lastReceivedMicros = Long.MIN_VALUE;
    private List<PendingBlock> offered = List.of();

    /** @param lastSeq the highest seq the run already has, or -1 */
    public BlockAppender(long lastSeq) {
        this.lastSeq = lastSeq;
    }

    /** The highest seq added so far (or given at construction), -1 if none. */
    public long lastSeq() {
        return lastSeq;
    }

    /** The received time of the last sample added, µs since the epoch; {@code Long.MIN_VALUE} before the first. */
    public long lastReceivedMicros() {
        return lastReceivedMicros;
    }

    /**
     * Adds one sample, in memory.
     *
     * @throws StoreException {@link Reason#INVALID} if its seq is not above the last one
     */
    public void add(Sample sample) {
        if (sample.seq() <= lastSeq) {
            throw new StoreException(Reason.INVALID, "samples must come in increasing seq order: got seq "
                    + sample.seq() + " after seq " + lastSeq);
        }
        if (!block.accepts(sample)) {
            closeBlock();
        }
        block.add(sample);
        lastSeq = sample.seq();
        lastReceivedMicros = sample.receivedAtMicros();
        if (block.count() == SampleBlock.CAPACITY) {
            closeBlock();
        }
    }

    /** How many closed blocks are waiting to be written. */
    public int fullBlockCount() {
        return full.size();
    }

    /** Closed blocks waiting to be written (an import writes these as it goes, to keep memory flat). */
    public List<PendingBlock> fullBlocks() {
        offered = List.copyOf(full);
        return offered;
    }

    /** Everything not yet written, the partial block included if it grew since its last write. */
    public List<PendingBlock> pending() {
        List<PendingBlock> out = new ArrayList<>(full);
        if (block.count() > blockWritten) {
            out.add(new PendingBlock(block.firstSeq(), block.count(), block.firstReceivedUs(), block.entries(),
                    blockWritten));
        }
        offered = List.copyOf(out);
        return offered;
    }

    /** Records that the blocks of the last {@link #pending} or {@link #fullBlocks} call are committed. */
    public void committed() {
        for (PendingBlock b : offered) {
            if (!removeFull(b)) {
                blockWritten = b.count(); // the partial block, as far as it was written
            }
        }
        offered = List.of();
    }

    /**
     * Removes {@code b} itself from the full blocks, if it is one. By identity (each block is made
     * once, and a block's entries are its own array, so this is what the record's {@code equals}
     * answered): that {@code equals} links {@code ObjectMethods} at its first call, some twenty
     * method-handle classes generated at run time, after which the JIT compiled the JDK's class
     * writer for about 0.8 s of CPU time in the middle of a 1M-sample import.
     */
    private boolean removeFull(PendingBlock b) {
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i) == b) {
                full.remove(i);
                return true;
            }
        }
        return false;
    }

    private void closeBlock() {
        if (!block.isEmpty()) {
            full.add(new PendingBlock(block.firstSeq(), block.count(), block.firstReceivedUs(), block.entries(),
                    blockWritten));
        }
        block.clear();
        blockWritten = 0;
    }
}
