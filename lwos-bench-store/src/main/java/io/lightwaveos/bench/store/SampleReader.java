package io.lightwaveos.bench.store;

import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Sample;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a run's sample blocks back, either into primitive columns (no object per sample) or as
 * {@link Sample}s in seq order. Runs inside one read transaction, so the blocks are one snapshot.
 */
final class SampleReader {

    /** The first block that can hold a seq above the bound: the one starting at or before bound + 1. */
    private static final String FIRST_BLOCK = """
            SELECT coalesce(max(first_seq), 0) FROM sample_blocks WHERE run_key = ? AND first_seq <= ?""";
    private static final String COUNT = """
            SELECT coalesce(sum(sample_count), 0) FROM sample_blocks WHERE run_key = ? AND first_seq >= ?""";
    private static final String LAST_SEQ = """
            SELECT coalesce(max(first_seq + sample_count - 1), -1) FROM sample_blocks WHERE run_key = ?""";
    private static final String BLOCKS = """
            SELECT first_seq, sample_count, first_received_us, entries FROM sample_blocks
            WHERE run_key = ? AND first_seq >= ? ORDER BY first_seq""";

    private SampleReader() {
    }

    /**
     * The columns of {@code metrics} for samples with seq above {@code fromSeqExclusive}, reading
     * every block once.
     */
    static Map<Metric, MetricColumn> columns(Connection c, long runKey, Collection<Metric> metrics,
            long fromSeqExclusive) throws SQLException {
        List<Metric> wanted = List.copyOf(metrics);
        if (wanted.isEmpty()) {
            return new EnumMap<>(Metric.class);
        }
        long startSeq = firstBlock(c, runKey, fromSeqExclusive);
        int capacity = Math.toIntExact(queryLong(c, COUNT, runKey, startSeq));
        boolean wantAll = wanted.stream().anyMatch(m -> !m.extendedOnly());
        boolean wantExtended = wanted.stream().anyMatch(Metric::extendedOnly);

        // Two row sets: every sample (compact metrics) and extended samples (extended-only metrics).
        Rows all = wantAll ? new Rows(capacity) : null;
        Rows extended = wantExtended ? new Rows(capacity) : null;
        double[][] values = new double[wanted.size()][];
        for (int i = 0; i < wanted.size(); i++) {
            values[i] = new double[capacity];
        }

        Metric[] wantedArray = wanted.toArray(new Metric[0]);
        scan(c, runKey, startSeq, fromSeqExclusive, cursor -> {
            FrameView view = cursor.view();
            boolean isExtended = view.isExtended();
            int allIndex = all == null ? -1 : all.add(cursor, view);
            int extIndex = extended == null || !isExtended ? -1 : extended.add(cursor, view);
            for (int i = 0; i < wantedArray.length; i++) {
                Metric m = wantedArray[i];
                if (!m.extendedOnly()) {
                    values[i][allIndex] = m.read(view);
                } else if (isExtended) {
                    values[i][extIndex] = m.read(view);
                }
            }
        });

        Map<Metric, MetricColumn> out = new EnumMap<>(Metric.class);
        if (all != null) {
            all.trim();
        }
        if (extended != null) {
            extended.trim();
        }
        for (int i = 0; i < wanted.size(); i++) {
            Metric m = wanted.get(i);
            Rows rows = m.extendedOnly() ? extended : all;
            out.put(m, new MetricColumn(m, rows.seq, rows.received, rows.timestamp,
                    values[i].length == rows.size ? values[i] : Arrays.copyOf(values[i], rows.size)));
        }
        return out;
    }

    /** Calls {@code action} with each sample above {@code fromSeqExclusive}, in seq order. */
    static void forEach(Connection c, long runKey, long fromSeqExclusive, Consumer<? super Sample> action)
            throws SQLException {
        scan(c, runKey, firstBlock(c, runKey, fromSeqExclusive), fromSeqExclusive,
                cursor -> action.accept(new Sample(cursor.seq(), cursor.receivedAtMicros(), cursor.view().toFrame())));
    }

    /**
     * Reads the blocks from the one starting at {@code startSeq} on, in seq order, and calls
     * {@code atSample} with the cursor on each sample whose seq is above {@code fromSeqExclusive}.
     */
    private static void scan(Connection c, long runKey, long startSeq, long fromSeqExclusive,
            Consumer<BlockCursor> atSample) throws SQLException {
        BlockCursor cursor = new BlockCursor();
        try (PreparedStatement ps = c.prepareStatement(BLOCKS)) {
            ps.setLong(1, runKey);
            ps.setLong(2, startSeq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cursor.wrap(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getBytes(4));
                    while (cursor.next()) {
                        if (cursor.seq() > fromSeqExclusive) {
                            atSample.accept(cursor);
                        }
                    }
                }
            }
        }
    }

    /** The highest seq stored for the run, or -1 if it has no samples. */
    static long lastSeq(Connection c, long runKey) throws SQLException {
        return queryLong(c, LAST_SEQ, runKey);
    }

    /** The received time of the run's last sample, µs, or {@code null} if it has none. */
    static Long lastReceivedMicros(Connection c, long runKey) throws SQLException {
        long last = lastSeq(c, runKey);
        if (last < 0) {
            return null;
        }
        long[] holder = {0};
        forEach(c, runKey, last - 1, s -> holder[0] = s.receivedAtMicros());
        return holder[0];
    }

    private static long firstBlock(Connection c, long runKey, long fromSeqExclusive) throws SQLException {
        if (fromSeqExclusive < 0) {
            return Long.MIN_VALUE;
        }
        return queryLong(c, FIRST_BLOCK, runKey, fromSeqExclusive + 1);
    }

    /** The one number {@code sql} (an aggregate) answers for {@code params}. */
    private static long queryLong(Connection c, String sql, long... params) throws SQLException {
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

    /** The seq and time arrays of one row set, filled up to {@code size}. */
    private static final class Rows {
        long[] seq;
        long[] received;
        long[] timestamp;
        int size;

        Rows(int capacity) {
            seq = new long[capacity];
            received = new long[capacity];
            timestamp = new long[capacity];
        }

        int add(BlockCursor cursor, FrameView view) {
            seq[size] = cursor.seq();
            received[size] = cursor.receivedAtMicros();
            timestamp[size] = view.timestampMs();
            return size++;
        }

        void trim() {
            if (size != seq.length) {
                seq = Arrays.copyOf(seq, size);
                received = Arrays.copyOf(received, size);
                timestamp = Arrays.copyOf(timestamp, size);
            }
        }
    }
}
