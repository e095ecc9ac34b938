package io.lightwaveos.bench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL of one run's {@code sample_blocks} rows, the same in both stores (the table has the same
 * columns in SQLite and PostgreSQL): reading them as a {@link BlockSource} inside the caller's
 * transaction, and upserting packed blocks in one batch (PostgreSQL's driver rewrites it into
 * multi-row inserts). Keeping the run's sample count is the store's part.
 */
public final class SampleBlockTable implements BlockSource {

    private static final String BLOCK_START = """
            SELECT coalesce(max(first_seq), 0) FROM sample_blocks WHERE run_key = ? AND first_seq <= ?""";
    private static final String COUNT = """
            SELECT coalesce(sum(sample_count), 0) FROM sample_blocks WHERE run_key = ? AND first_seq >= ?""";
    private static final String LAST_SEQ = """
            SELECT coalesce(max(first_seq + sample_count - 1), -1) FROM sample_blocks WHERE run_key = ?""";
    private static final String BLOCKS = """
            SELECT first_seq, sample_count, first_received_us, entries FROM sample_blocks
            WHERE run_key = ? AND first_seq >= ? ORDER BY first_seq""";
    private static final String UPSERT_BLOCK = """
            INSERT INTO sample_blocks (run_key, first_seq, sample_count, first_received_us, entries)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (run_key, first_seq) DO UPDATE SET sample_count = excluded.sample_count,
              first_received_us = excluded.first_received_us, entries = excluded.entries""";
    /** Blocks fetched per round trip while scanning (a few hundred KiB; PostgreSQL streams, SQLite ignores it). */
    private static final int FETCH_BLOCKS = 64;

    private final Connection c;
    private final long runKey;

    /**
     * @param c      a connection inside the caller's transaction
     * @param runKey the run's integer key
     */
    public SampleBlockTable(Connection c, long runKey) {
        this.c = c;
        this.runKey = runKey;
    }

    @Override
    public long blockStart(long seq) throws SQLException {
        return queryLong(BLOCK_START, runKey, seq);
    }

    @Override
    public long countFrom(long startSeq) throws SQLException {
        return queryLong(COUNT, runKey, startSeq);
    }

    @Override
    public void scan(long startSeq, Visitor visitor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BLOCKS)) {
            ps.setFetchSize(FETCH_BLOCKS);
            ps.setLong(1, runKey);
            ps.setLong(2, startSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!visitor.block(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getBytes(4))) {
                        return;
                    }
                }
            }
        }
    }

    /** The highest seq stored for the run, or -1 if it has no samples. */
    public long lastSeq() throws SQLException {
        return queryLong(LAST_SEQ, runKey);
    }

    /** Upserts {@code blocks}; returns the samples they add to the run's count. */
    public long write(List<PendingBlock> blocks) throws SQLException {
        if (blocks.isEmpty()) {
            return 0;
        }
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_BLOCK)) {
            for (PendingBlock b : blocks) {
                upsert.setLong(1, runKey);
                upsert.setLong(2, b.firstSeq());
                upsert.setInt(3, b.count());
                upsert.setLong(4, b.firstReceivedUs());
                upsert.setBytes(5, b.entries());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return PendingBlock.newSamples(blocks);
    }

    private long queryLong(String sql, long... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
