package io.lightwaveos.bench.store.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds databases the way the older Python tool wrote them (its two tables, its text times, its
 * float32 values widened to double), with plain JDBC. Shared through the store's test jar, so the
 * store's importer tests and the CLI's {@code import --seed-db} tests use the same fixture.
 */
public final class LegacyDatabaseFixture {

    /** One legacy sample row as the Python tool wrote it (floats are float32 values widened to double). */
    public record Row(String timestampUtc, long timestampMs, float avgTotal, float avgGoertzel, int peakTotal,
            int peakGoertzel, float cpu, long hops, int goertzelCount, int flags) {

        /** This row with another {@code peak_total_us} (e.g. one out of range, to break an import). */
        public Row withPeakTotal(int newPeakTotal) {
            return new Row(timestampUtc, timestampMs, avgTotal, avgGoertzel, newPeakTotal, peakGoertzel, cpu, hops,
                    goertzelCount, flags);
        }
    }

    private LegacyDatabaseFixture() {
    }

    /** Creates the tool's {@code benchmark_runs} and {@code benchmark_samples} tables. */
    public static void createTables(Connection c) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE benchmark_runs (
                      id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT, started_at TEXT NOT NULL,
                      completed_at TEXT, duration_seconds REAL, host TEXT, sample_count INTEGER,
                      firmware_version TEXT, device_uptime_ms INTEGER, avg_total_us_mean REAL,
                      avg_total_us_p50 REAL, avg_total_us_p95 REAL, avg_total_us_p99 REAL, cpu_load_mean REAL,
                      cpu_load_p95 REAL, hop_count INTEGER, goertzel_count INTEGER, tags TEXT)""");
            st.execute("""
                    CREATE TABLE benchmark_samples (
                      id TEXT PRIMARY KEY, run_id TEXT NOT NULL REFERENCES benchmark_runs (id),
                      timestamp_utc TEXT NOT NULL, timestamp_ms INTEGER, avg_total_us REAL, avg_goertzel_us REAL,
                      peak_total_us INTEGER, peak_goertzel_us INTEGER, cpu_load_percent REAL, hop_count INTEGER,
                      goertzel_count INTEGER, flags INTEGER)""");
        }
    }

    /**
     * Seeded sample rows 100 ms apart (plus up to 6 ms of jitter) from {@code start}, shuffled: the
     * tool's insertion order is not the timestamp order.
     *
     * @param withOffset write times with a {@code +00:00} offset, as some versions of the tool did
     */
    public static List<Row> rows(Random r, LocalDateTime start, int n, boolean withOffset) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDateTime t = start.plus(Duration.ofMillis(100L * i + r.nextInt(7)));
            String text = withOffset ? t.atOffset(ZoneOffset.UTC).toString() : t.toString();
            float avg = 140f + r.nextFloat() * 30f;
            rows.add(new Row(text, 5_000_000L + 100L * i, avg, avg * 0.45f, 200 + r.nextInt(500), 90 + r.nextInt(100),
                    avg / 200f, 50L * i, i / 2, 3));
        }
        Collections.shuffle(rows, r);
        return rows;
    }

    /** {@code rows} sorted by their time text, the order an importer stores them in. */
    public static List<Row> inTimeOrder(List<Row> rows) {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> a.timestampUtc().compareTo(b.timestampUtc()));
        return ordered;
    }

    /** Inserts one {@code benchmark_runs} row; nullable columns take nulls. */
    public static void insertRun(Connection c, String id, String name, String description, String startedAt,
            String completedAt, double duration, String host, int sampleCount, String firmware, Long uptime,
            String tags) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO benchmark_runs (id, name, description, started_at,"
                + " completed_at, duration_seconds, host, sample_count, firmware_version, device_uptime_ms,"
                + " avg_total_us_mean, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 155.5, ?)")) {
            ps.setString(1, id);
            ps.setString(2, name);
            ps.setString(3, description);
            ps.setString(4, startedAt);
            ps.setString(5, completedAt);
            ps.setDouble(6, duration);
            ps.setString(7, host);
            ps.setInt(8, sampleCount);
            ps.setString(9, firmware);
            ps.setObject(10, uptime);
            ps.setString(11, tags);
            ps.executeUpdate();
        }
    }

    /** Inserts the rows of one run into {@code benchmark_samples}, each with a random row id. */
    public static void insertSamples(Connection c, String runId, List<Row> rows) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO benchmark_samples (id, run_id, timestamp_utc,"
                + " timestamp_ms, avg_total_us, avg_goertzel_us, peak_total_us, peak_goertzel_us, cpu_load_percent,"
                + " hop_count, goertzel_count, flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row row : rows) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, runId);
                ps.setString(3, row.timestampUtc());
                ps.setLong(4, row.timestampMs());
                ps.setDouble(5, row.avgTotal());
                ps.setDouble(6, row.avgGoertzel());
                ps.setInt(7, row.peakTotal());
                ps.setInt(8, row.peakGoertzel());
                ps.setDouble(9, row.cpu());
                ps.setLong(10, row.hops());
                ps.setInt(11, row.goertzelCount());
                ps.setInt(12, row.flags());
                ps.executeUpdate();
            }
        }
    }
}
