package io.lightwaveos.bench.store.legacy;

import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * The older Python tool's SQLite file, opened read-only: its {@code benchmark_runs} and
 * {@code benchmark_samples} tables. Column names here are fixed constants, never input.
 */
final class LegacyDatabase implements AutoCloseable {

    static final List<String> RUN_COLUMNS_REQUIRED = List.of("id", "name", "started_at");
    static final List<String> RUN_COLUMNS_OPTIONAL = List.of("description", "completed_at", "duration_seconds",
            "host", "sample_count", "firmware_version", "device_uptime_ms", "tags");
    static final List<String> SAMPLE_COLUMNS = List.of("timestamp_utc", "timestamp_ms", "avg_total_us",
            "avg_goertzel_us", "peak_total_us", "peak_goertzel_us", "cpu_load_percent", "hop_count",
            "goertzel_count", "flags");

    /** One row of {@code benchmark_runs}; absent columns are null. */
    record RunRow(String id, String name, String description, String startedAt, String completedAt,
            Double durationSeconds, String host, Long sampleCount, String firmwareVersion, Long deviceUptimeMs,
            String tags) {
    }

    private final Path file;
    private final Connection connection;
    private final Set<String> runColumns;

    private LegacyDatabase(Path file, Connection connection, Set<String> runColumns) {
        this.file = file;
        this.connection = connection;
        this.runColumns = runColumns;
    }

    /**
     * Opens {@code file} read-only and checks it has the Python tool's tables and columns.
     *
     * @throws StoreException {@link Reason#INVALID} if the file is missing, not SQLite, or lacks a
     *                        table or column (the message names them)
     */
    static LegacyDatabase open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Reason.INVALID, "expected the Python tool's database file at " + file
                    + ", found no such file");
        }
        Connection c = null;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Set<String> runColumns = columns(c, "benchmark_runs");
            Set<String> sampleColumns = columns(c, "benchmark_samples");
            requireColumns(file, "benchmark_runs", runColumns, RUN_COLUMNS_REQUIRED);
            List<String> neededSampleColumns = new ArrayList<>(SAMPLE_COLUMNS);
            neededSampleColumns.add("run_id");
            requireColumns(file, "benchmark_samples", sampleColumns, neededSampleColumns);
            return new LegacyDatabase(file, c, runColumns);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(Reason.INVALID, "expected the Python tool's SQLite database at " + file
                    + ", but SQLite could not read it: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Every run row, oldest first. */
    List<RunRow> runs() throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<String> all = new ArrayList<>(RUN_COLUMNS_REQUIRED);
        all.addAll(RUN_COLUMNS_OPTIONAL);
        for (int i = 0; i < all.size(); i++) {
            String col = all.get(i);
            sql.append(i == 0 ? "" : ", ").append(runColumns.contains(col) ? col : "NULL AS " + col);
        }
        sql.append(" FROM benchmark_runs ORDER BY started_at, id");
        List<RunRow> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            while (rs.next()) {
                rows.add(new RunRow(rs.getString("id"), rs.getString("name"), rs.getString("description"),
                        rs.getString("started_at"), rs.getString("completed_at"), nullableDouble(rs, "duration_seconds"),
                        rs.getString("host"), nullableLong(rs, "sample_count"), rs.getString("firmware_version"),
                        nullableLong(rs, "device_uptime_ms"), rs.getString("tags")));
            }
        }
        return rows;
    }

    /** Number of sample rows of a run. */
    long sampleCount(String runId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM benchmark_samples WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The samples of a run, ordered by {@code timestamp_utc}; the caller closes the result. */
    LegacySamples samples(String runId, String runName) throws SQLException {
        PreparedStatement ps = connection.prepareStatement("SELECT " + String.join(", ", SAMPLE_COLUMNS)
                + " FROM benchmark_samples WHERE run_id = ? ORDER BY timestamp_utc, timestamp_ms");
        try {
            ps.setString(1, runId);
            return new LegacySamples(ps, ps.executeQuery(), runName);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(ps);
            throw e;
        }
    }

    /** The file, for messages. */
    Path file() {
        return file;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static void requireColumns(Path file, String table, Set<String> present, List<String> required) {
        if (present.isEmpty()) {
            throw new StoreException(Reason.INVALID, "expected the Python tool's database at " + file
                    + " to have a table " + table + ", it has none");
        }
        List<String> missing = required.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new StoreException(Reason.INVALID, "expected table " + table + " in " + file + " to have columns "
                    + required + ", it lacks " + missing);
        }
    }

    private static Double nullableDouble(ResultSet rs, String col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Read-only resources: nothing to lose on a failed close.
            }
        }
    }
}
