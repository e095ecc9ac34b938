package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.metric.MetricColumns;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.MetricColumn;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a run's sample blocks back, either into primitive columns (no object per sample) or as
 * {@link Sample}s in seq order; the same for every store. The caller runs it inside one read
 * transaction, so the blocks are one snapshot.
 */
public final class BlockReads {

    private BlockReads() {
    }

    /**
     * The columns of {@code metrics} for samples with seq above {@code fromSeqExclusive}, reading
     * every block once.
     */
    public static Map<Metric, MetricColumn> columns(BlockSource source, Collection<Metric> metrics,
            long fromSeqExclusive) throws SQLException {
        List<Metric> wanted = List.copyOf(metrics);
        if (wanted.isEmpty()) {
            return new EnumMap<>(Metric.class);
        }
        long startSeq = startOf(source, fromSeqExclusive);
        int capacity = Math.toIntExact(source.countFrom(startSeq));
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
        scan(source, startSeq, fromSeqExclusive, cursor -> {
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
            return true;
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

    /**
     * The values of {@code metrics} over every sample, reading every block once and keeping no seq
     * or time: an array of exactly the run's sample count per compact metric, and one grown as
     * extended samples come per extended-only metric (a run has few or none).
     */
    public static Map<Metric, double[]> values(BlockSource source, Collection<Metric> metrics) throws SQLException {
        if (metrics.isEmpty()) {
            return new EnumMap<>(Metric.class);
        }
        MetricColumns columns = new MetricColumns(metrics, Math.toIntExact(source.countFrom(Long.MIN_VALUE)));
        scan(source, Long.MIN_VALUE, -1, cursor -> {
            columns.add(cursor.view());
            return true;
        });
        return columns.toMap();
    }

    /** Calls {@code action} with each sample above {@code fromSeqExclusive}, in seq order. */
    public static void forEach(BlockSource source, long fromSeqExclusive, Consumer<? super Sample> action)
            throws SQLException {
        scan(source, startOf(source, fromSeqExclusive), fromSeqExclusive, cursor -> {
            action.accept(cursor.sample());
            return true;
        });
    }

    /** At most {@code limit} samples above {@code afterSeq}, in seq order; reads no block past the page. */
    public static List<Sample> page(BlockSource source, long afterSeq, int limit) throws SQLException {
        List<Sample> out = new ArrayList<>(Math.min(limit, 4096));
        scan(source, startOf(source, afterSeq), afterSeq, cursor -> {
            out.add(cursor.sample());
            return out.size() < limit;
        });
        return out;
    }

    /** The received time of the run's last sample, µs, or {@code null} if it has none. */
    public static Long lastReceivedMicros(BlockSource source, long lastSeq) throws SQLException {
        if (lastSeq < 0) {
            return null;
        }
        long[] holder = {0};
        scan(source, startOf(source, lastSeq - 1), lastSeq - 1, cursor -> {
            holder[0] = cursor.receivedAtMicros();
            return true;
        });
        return holder[0];
    }

    /** A step of a scan; returns false to stop it. */
    @FunctionalInterface
    private interface Step {
        boolean at(BlockCursor cursor);
    }

    private static long startOf(BlockSource source, long fromSeqExclusive) throws SQLException {
        return fromSeqExclusive < 0 ? Long.MIN_VALUE : source.blockStart(fromSeqExclusive + 1);
    }

    /**
     * Reads the blocks from the one starting at {@code startSeq} on, in seq order, and calls
     * {@code step} with the cursor on each sample whose seq is above {@code fromSeqExclusive}.
     */
    private static void scan(BlockSource source, long startSeq, long fromSeqExclusive, Step step)
            throws SQLException {
        BlockCursor cursor = new BlockCursor();
        source.scan(startSeq, (firstSeq, count, firstReceivedUs, entries) -> {
            cursor.wrap(firstSeq, count, firstReceivedUs, entries);
            while (cursor.next()) {
                if (cursor.seq() > fromSeqExclusive && !step.at(cursor)) {
                    return false;
                }
            }
            return true;
        });
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
