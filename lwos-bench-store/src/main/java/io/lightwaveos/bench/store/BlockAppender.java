package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a run's samples, in seq order, into {@code sample_blocks} rows and keeps
 * {@code runs.sample_count} in step. Shared by the background {@link SampleWriter} and
 * {@link RunStore#importRun}.
 *
 * <p>{@link #add} only encodes, in memory, so the writer holds SQLite's write lock only while it
 * writes ({@link #writePending}), not while samples arrive. A full block is written once; the
 * partial one is written by {@code writePending} and rewritten as it grows.
 */
final class BlockAppender {

    private static final String UPSERT_BLOCK = """
            INSERT INTO sample_blocks (run_key, first_seq, sample_count, first_received_us, entries)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (run_key, first_seq) DO UPDATE SET sample_count = excluded.sample_count,
              first_received_us = excluded.first_received_us, entries = excluded.entries""";
    private static final String ADD_TO_COUNT = "UPDATE runs SET sample_count = sample_count + ? WHERE run_key = ?";

    /** A closed block waiting to be written. */
    private record Full(long firstSeq, int count, long firstReceivedUs, byte[] entries, int alreadyWritten) {
    }

    private final long runKey;
    private final SampleBlock block = new SampleBlock();
    private final List<Full> full = new ArrayList<>();
    private int blockWritten;
    private long lastSeq;
    /** Samples written to blocks but not yet added to {@code runs.sample_count}. */
    private long uncounted;

    /**
     * @param runKey  the run's integer key
     * @param lastSeq the highest seq the run already has, or -1
     */
    BlockAppender(long runKey, long lastSeq) {
        this.runKey = runKey;
        this.lastSeq = lastSeq;
    }

    /** The highest seq added so far (or given at construction), -1 if none. */
    long lastSeq() {
        return lastSeq;
    }

    /**
     * Adds one sample, in memory.
     *
     * @throws StoreException {@link Reason#INVALID} if its seq is not above the last one
     */
    void add(Sample sample) {
        if (sample.seq() <= lastSeq) {
            throw new StoreException(Reason.INVALID, "samples must come in increasing seq order: got seq "
                    + sample.seq() + " after seq " + lastSeq);
        }
        if (!block.accepts(sample)) {
            closeBlock();
        }
        block.add(sample);
        lastSeq = sample.seq();
        if (block.count() == SampleBlock.CAPACITY) {
            closeBlock();
        }
    }

    /** Writes the closed blocks only (keeps memory flat while importing a long run). */
    void writeFullBlocks(Connection c) throws SQLException {
        if (full.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_BLOCK)) {
            writeFull(upsert);
        }
    }

    /**
     * Writes everything not yet written, the partial block included, and adds the samples written
     * since the last call to {@code runs.sample_count}. Call it inside the transaction that commits
     * them.
     *
     * @return the number of samples this call added to the count
     */
    long writePending(Connection c) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_BLOCK)) {
            writeFull(upsert);
            if (block.count() > blockWritten) {
                bind(upsert, block.firstSeq(), block.count(), block.firstReceivedUs(), block.entries());
                upsert.executeUpdate();
                uncounted += block.count() - blockWritten;
                blockWritten = block.count();
            }
        }
        long counted = uncounted;
        if (counted > 0) {
            try (PreparedStatement count = c.prepareStatement(ADD_TO_COUNT)) {
                count.setLong(1, counted);
                count.setLong(2, runKey);
                count.executeUpdate();
            }
        }
        uncounted = 0;
        return counted;
    }

    private void writeFull(PreparedStatement upsert) throws SQLException {
        for (Full f : full) {
            bind(upsert, f.firstSeq(), f.count(), f.firstReceivedUs(), f.entries());
            upsert.executeUpdate();
            uncounted += f.count() - f.alreadyWritten();
        }
        full.clear();
    }

    private void bind(PreparedStatement upsert, long firstSeq, int count, long firstReceivedUs, byte[] entries)
            throws SQLException {
        upsert.setLong(1, runKey);
        upsert.setLong(2, firstSeq);
        upsert.setInt(3, count);
        upsert.setLong(4, firstReceivedUs);
        upsert.setBytes(5, entries);
    }

    private void closeBlock() {
        if (!block.isEmpty()) {
            full.add(new Full(block.firstSeq(), block.count(), block.firstReceivedUs(), block.entries(), blockWritten));
        }
        block.clear();
        blockWritten = 0;
    }
}
