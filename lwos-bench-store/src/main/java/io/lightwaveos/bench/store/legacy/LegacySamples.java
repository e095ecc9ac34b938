package io.lightwaveos.bench.store.legacy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A legacy run's sample rows as {@link Sample}s, read lazily in {@code timestamp_utc} order: seq is
 * the row's position (0-based), the received time is {@code timestamp_utc}, and the frame is a
 * compact one built from the columns. The tool stored the device's float32 values as Python floats
 * (doubles), so narrowing them back to float is exact. The reserved byte, which the tool did not
 * keep, is 0.
 */
final class LegacySamples implements Iterator<Sample>, AutoCloseable {

    private final PreparedStatement statement;
    private final ResultSet rows;
    private final String runName;
    private long nextSeq;
    private Boolean hasRow;

    LegacySamples(PreparedStatement statement, ResultSet rows, String runName) {
        this.statement = statement;
        this.rows = rows;
        this.runName = runName;
    }

    /**
     * @throws StoreException {@link Reason#IO} if the legacy file cannot be read
     */
    @Override
    public boolean hasNext() {
        if (hasRow == null) {
            try {
                hasRow = rows.next();
            } catch (SQLException e) {
                throw new StoreException(Reason.IO, "could not read the samples of legacy run \"" + runName + "\": "
                        + e.getMessage(), e);
            }
        }
        return hasRow;
    }

    /**
     * @throws StoreException {@link Reason#INVALID} naming the run, the row and the field, if a row
     *                        has an empty, out-of-range or non-finite value or an unreadable time
     */
    @Override
    public Sample next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasRow = null;
        long seq = nextSeq++;
        try {
            long receivedAt = Sample.toMicros(LegacyTimes.parse(rows.getString("timestamp_utc")));
            BenchmarkFrame frame = BenchmarkFrame.compact(
                    integer("timestamp_ms"), float32("avg_total_us"), float32("avg_goertzel_us"),
                    float32("cpu_load_percent"), int32("peak_total_us"), int32("peak_goertzel_us"),
                    integer("hop_count"), int32("goertzel_count"), Flags.of(int32("flags")), 0);
            return new Sample(seq, receivedAt, frame);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.INVALID, "legacy run \"" + runName + "\", sample " + (seq + 1)
                    + " (in timestamp_utc order): " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not read sample " + (seq + 1) + " of legacy run \"" + runName
                    + "\": " + e.getMessage(), e);
        }
    }

    private long integer(String column) throws SQLException {
        long v = rows.getLong(column);
        if (rows.wasNull()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        return v;
    }

    /** An int-sized value; the frame's own checks then apply the field's real range. */
    private int int32(String column) throws SQLException {
        long v = integer(column);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(column + " must fit the frame field, got " + v);
        }
        return (int) v;
    }

    private float float32(String column) throws SQLException {
        double v = rows.getDouble(column);
        if (rows.wasNull()) {
            throw new IllegalArgumentException(column + " is empty");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("expected a finite " + column + ", found " + v);
        }
        return (float) v;
    }

    @Override
    public void close() {
        LegacyDatabase.closeQuietly(rows);
        LegacyDatabase.closeQuietly(statement);
    }
}
