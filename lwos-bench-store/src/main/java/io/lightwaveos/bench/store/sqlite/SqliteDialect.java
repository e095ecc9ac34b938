package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.jdbc.Dialect;
import io.lightwaveos.bench.store.jdbc.RunRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * SQLite's run rows: ids as text; tags, malformed counts, statistics and device results in child
 * tables, each read with one statement for any number of runs (so reading runs takes five
 * statements). The writer of a run is its file lock ({@link FileLockOwnership}), not its row, so
 * taking a writer only checks the run is RUNNING, and one process's commits simply add to the count.
 */
final class SqliteDialect implements Dialect {

    private static final String COLUMNS = "r.run_key, r.id, r.name, r.description, r.source, r.started_at_us,"
            + " r.ended_at_us, r.status AS shown_status, r.sample_count, r.frames_foreign, r.gaps,"
            + " r.frames_lost_estimate, r.reconnects, r.reboots, r.rig, r.vcs_branch, r.vcs_commit, r.firmware,"
            + " r.effect_name, r.context_json, r.quality";

    @Override
    public Object idValue(UUID id) {
        return id.toString();
    }

    @Override
    public UUID readId(ResultSet rs, int column) throws SQLException {
        return UUID.fromString(rs.getString(column));
    }

    @Override
    public String runColumns() {
        return COLUMNS;
    }

    @Override
    public String shownStatus() {
        return "r.status";
    }

    @Override
    public String idPrefixEquals() {
        return "substr(r.id, 1, ?) = ?";
    }

    @Override
    public String nameContains() {
        return "instr(lower(r.name), lower(?)) > 0";
    }

    @Override
    public String hasNoStats() {
        return "NOT EXISTS (SELECT 1 FROM run_stats s WHERE s.run_key = r.run_key)";
    }

    @Override
    public void whereTags(Connection c, Set<String> tags, StringBuilder sql, List<Object> args) {
        for (String tag : tags) {
            sql.append(" AND EXISTS (SELECT 1 FROM run_tags t WHERE t.run_key = r.run_key AND t.tag = ?)");
            args.add(tag);
        }
    }

    @Override
    public long insertRun(Connection c, Run run, boolean written) throws SQLException {
        long key;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, name, description, source, started_at_us,"
                + " ended_at_us, status, sample_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0) RETURNING run_key")) {
            RunRows.bindRun(ps, run, run.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                key = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_tags (run_key, position, tag) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String tag : run.tags()) {
                ps.setLong(1, key);
                ps.setInt(2, position++);
                ps.setString(3, tag);
                ps.executeUpdate();
            }
        }
        return key;
    }

    @Override
    public List<Run> readRuns(Connection c, ResultSet rs) throws SQLException {
        List<RunRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(RunRow.read(rs));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Children children = Children.read(c, rows);
        List<Run> runs = new ArrayList<>(rows.size());
        for (RunRow row : rows) {
            runs.add(row.toRun(children));
        }
        return runs;
    }

    @Override
    public void writeMalformed(Connection c, long key, Map<RejectReason, Long> malformed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_malformed (run_key, reason, count) VALUES (?, ?, ?)"
                + " ON CONFLICT (run_key, reason) DO UPDATE SET count = excluded.count")) {
            for (Map.Entry<RejectReason, Long> e : malformed.entrySet()) {
                ps.setLong(1, key);
                ps.setString(2, e.getKey().name());
                ps.setLong(3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void writeStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException {
        deleteChildren(c, "run_stats", key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run_stats (run_key, metric, stat, position, value) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, Map<String, Double>> metric : stats.entrySet()) {
                for (Map.Entry<String, Double> stat : metric.getValue().entrySet()) {
                    ps.setLong(1, key);
                    ps.setString(2, metric.getKey());
                    ps.setString(3, stat.getKey());
                    ps.setInt(4, position++);
                    RunRows.setNullableDouble(ps, 5, stat.getValue());
                    ps.executeUpdate();
                }
            }
        }
    }

    @Override
    public void writeDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException {
        deleteChildren(c, "run_device_results", key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run_device_results (run_key, name, position, value) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, Double> e : results.entrySet()) {
                ps.setLong(1, key);
                ps.setString(2, e.getKey());
                ps.setInt(3, position++);
                RunRows.setNullableDouble(ps, 4, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public Map<String, Map<String, Double>> qualityStats(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT value FROM run_stats WHERE run_key = ? AND metric = ? AND stat = ?")) {
            ps.setLong(1, key);
            ps.setString(2, Metric.AVG_TOTAL_US.id());
            ps.setString(3, RunQuality.N_EFF_STAT);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Map.of();
                }
                Map<String, Double> nEff = new HashMap<>();
                nEff.put(RunQuality.N_EFF_STAT, RunRows.nullableDouble(rs, 1));
                return Map.of(Metric.AVG_TOTAL_US.id(), nEff);
            }
        }
    }

    /**
     * Two queries: the runs, then the one metric's cached statistics of all of them (sorting the
     * wide run rows once per statistic would cost ten times more).
     */
    @Override
    public Map<String, List<RunStats>> metricStats(Connection c, RunRows rows, RunFilter filter,
            List<String> metricIds, Set<String> statNames) throws SQLException {
        if (!statNames.isEmpty() && metricIds.size() * statNames.size() <= PIVOTED_PAIRS) {
            return pivotedStats(c, rows, filter, metricIds, List.copyOf(statNames));
        }
        StringBuilder runsSql = new StringBuilder(HISTORY_RUN_COLUMNS + " FROM runs r WHERE 1 = 1");
        List<Object> runArgs = new ArrayList<>();
        rows.where(c, filter, runsSql, runArgs);
        RunRows.newestFirst(filter, runsSql, runArgs);
        List<Long> keys = new ArrayList<>();
        List<RunStats> read = new ArrayList<>();
        try (PreparedStatement ps = RunRows.prepare(c, runsSql.toString(), runArgs); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
                read.add(rows.runStats(rs, Map.of()));
            }
        }
        // run key → metric → statistic → value
        Map<Long, Map<String, Map<String, Double>>> stats = new HashMap<>();
        if (!read.isEmpty()) {
            StringBuilder statsSql = new StringBuilder("SELECT s.run_key, s.metric, s.stat, s.value FROM runs r"
                    + " JOIN run_stats s ON s.run_key = r.run_key AND s.metric IN ("
                    + String.join(", ", Collections.nCopies(metricIds.size(), "?")) + ")"
                    + (statNames.isEmpty() ? "" : " AND s.stat IN (" + String.join(", ", Collections.nCopies(statNames.size(), "?")) + ")")
                    + " WHERE 1 = 1");
            List<Object> statArgs = new ArrayList<>(metricIds);
            statArgs.addAll(statNames);
            rows.where(c, filter, statsSql, statArgs);
            statsSql.append(" ORDER BY s.run_key, s.position");
            try (PreparedStatement ps = RunRows.prepare(c, statsSql.toString(), statArgs);
                    ResultSet rs = ps.executeQuery()) {
                String onlyMetric = metricIds.size() == 1 ? metricIds.get(0) : null; // a history's: no need to read it per row
                while (rs.next()) {
                    stats.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(onlyMetric != null ? onlyMetric : rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), RunRows.nullableDouble(rs, 4));
                }
            }
        }
        Map<String, List<RunStats>> out = new LinkedHashMap<>();
        for (String metricId : metricIds) {
            List<RunStats> runs = new ArrayList<>(read.size());
            for (int i = 0; i < read.size(); i++) {
                Map<String, Double> s = stats.getOrDefault(keys.get(i), Map.of()).get(metricId);
                runs.add(read.get(i).withStats(s == null ? new LinkedHashMap<>() : s));
            }
            out.put(metricId, runs);
        }
        return out;
    }

    /**
     * The run columns a history entry is read from ({@link RunRows#runStats}), the run key first;
     * {@link #FIRST_PAIR_COLUMN} follows them.
     */
    private static final String HISTORY_RUN_COLUMNS = "SELECT r.run_key, r.id, r.name, r.started_at_us,"
            + " r.status AS shown_status, r.rig, r.vcs_branch, r.vcs_commit, r.firmware, r.effect_name, r.quality";

    /** Up to this many asked (metric, statistic) pairs are read as columns of the runs' rows ({@link #pivotedStats}). */
    private static final int PIVOTED_PAIRS = 12;

    /**
     * {@link #metricStats} for a few named statistics in one query: each (metric, statistic) pair is
     * two columns of the run's row (the statistic's position, -1 when the run has none, and its
     * value), from a join on the statistics' key. A history of 1,000 runs reads 1,000 rows rather
     * than 1,000 and then 5,000, each read through a native call per column.
     */
    private static Map<String, List<RunStats>> pivotedStats(Connection c, RunRows rows, RunFilter filter,
            List<String> metricIds, List<String> statNames) throws SQLException {
        StringBuilder sql = new StringBuilder(HISTORY_RUN_COLUMNS);
        StringBuilder joins = new StringBuilder();
        List<Object> args = new ArrayList<>();
        int pair = 0;
        for (String metric : metricIds) {
            for (String stat : statNames) {
                String s = "s" + pair++;
                sql.append(", coalesce(").append(s).append(".position, -1), ").append(s).append(".value");
                joins.append(" LEFT JOIN run_stats ").append(s).append(" ON ").append(s).append(".run_key = r.run_key AND ")
                        .append(s).append(".metric = ? AND ").append(s).append(".stat = ?");
                args.add(metric);
                args.add(stat);
            }
        }
        sql.append(" FROM runs r").append(joins).append(" WHERE 1 = 1");
        rows.where(c, filter, sql, args);
        RunRows.newestFirst(filter, sql, args);
        Map<String, List<RunStats>> out = new LinkedHashMap<>();
        metricIds.forEach(m -> out.put(m, new ArrayList<>()));
        int[] positions = new int[statNames.size()];
        Double[] values = new Double[statNames.size()];
        try (PreparedStatement ps = RunRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                RunStats run = rows.runStats(rs, Map.of());
                int column = FIRST_PAIR_COLUMN;
                for (String metric : metricIds) {
                    for (int k = 0; k < positions.length; k++, column += 2) {
                        positions[k] = rs.getInt(column);
                        values[k] = positions[k] < 0 ? null : RunRows.nullableDouble(rs, column + 1);
                    }
                    out.get(metric).add(run.withStats(inStoredOrder(statNames, positions, values)));
                }
            }
        }
        return out;
    }

    /** The column of the first (metric, statistic) pair in {@link #pivotedStats}' rows: after {@link #HISTORY_RUN_COLUMNS}' eleven. */
    private static final int FIRST_PAIR_COLUMN = 12;

    /** The statistics a run has ({@code positions[k] >= 0}), in the order of their positions. */
    private static Map<String, Double> inStoredOrder(List<String> statNames, int[] positions, Double[] values) {
        Map<String, Double> stats = new LinkedHashMap<>();
        int last = -1;
        while (true) {
            int next = -1;
            for (int k = 0; k < positions.length; k++) {
                if (positions[k] > last && (next < 0 || positions[k] < positions[next])) {
                    next = k;
                }
            }
            if (next < 0) {
                return stats;
            }
            stats.put(statNames.get(next), values[next]);
            last = positions[next];
        }
    }

    @Override
    public boolean finish(Connection c, long key, RunStatus status, long endedUs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET status = ?, ended_at_us = ? WHERE run_key = ? AND status = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, endedUs);
            ps.setLong(3, key);
            ps.setString(4, RunStatus.RUNNING.name());
            return ps.executeUpdate() == 1;
        }
    }

    /** Deletes the run and, by cascade, everything it owns (its file lock is held by the caller). */
    @Override
    public boolean delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
            ps.setString(1, id.toString());
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public OptionalLong takeWriter(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sample_count FROM runs WHERE run_key = ? AND status = ?")) {
            ps.setLong(1, key);
            ps.setString(2, RunStatus.RUNNING.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    @Override
    public void samplesImported(Connection c, long key, long count, Long lastReceivedUs) throws SQLException {
        addToSampleCount(c, key, count);
    }

    @Override
    public boolean samplesCommitted(Connection c, long key, long added, long newCount, long lastReceivedUs)
            throws SQLException {
        addToSampleCount(c, key, added);
        return true;
    }

    /** One process writes at a time, and checks for the id inside its write: never. */
    @Override
    public boolean isUniqueViolation(StoreException e) {
        return false;
    }

    /** Adds {@code n} committed samples to the run's count, in the transaction that wrote them. */
    private static void addToSampleCount(Connection c, long key, long n) throws SQLException {
        if (n > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE runs SET sample_count = sample_count + ? WHERE run_key = ?")) {
                ps.setLong(1, n);
                ps.setLong(2, key);
                ps.executeUpdate();
            }
        }
    }

    private static void deleteChildren(Connection c, String table, long key) throws SQLException {
        // table is one of this class's constants, never input.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_key = ?")) {
            ps.setLong(1, key);
            ps.executeUpdate();
        }
    }

    /** The columns of one {@code runs} row, before its child rows are read. */
    private record RunRow(long key, UUID id, String name, String description, String source, long startedUs,
            Long endedUs, RunStatus status, long sampleCount, long foreign, long gaps, long lost, long reconnects,
            long reboots, RunContext context, RunQuality quality) {

        static RunRow read(ResultSet rs) throws SQLException {
            long endedUs = rs.getLong("ended_at_us");
            Long ended = rs.wasNull() ? null : endedUs;
            return new RunRow(rs.getLong("run_key"), UUID.fromString(rs.getString("id")), rs.getString("name"),
                    rs.getString("description"), rs.getString("source"), rs.getLong("started_at_us"), ended,
                    RunStatus.valueOf(rs.getString("shown_status")), rs.getLong("sample_count"),
                    rs.getLong("frames_foreign"), rs.getLong("gaps"), rs.getLong("frames_lost_estimate"),
                    rs.getLong("reconnects"), rs.getLong("reboots"), RunRows.context(rs),
                    RunQuality.parse(rs.getString("quality")));
        }

        Run toRun(Children children) {
            RunCounters counters = new RunCounters(foreign, children.malformed(key), gaps, lost, reconnects, reboots);
            return new Run(id, name, description, children.tags(key), source, Micros.toInstant(startedUs),
                    endedUs == null ? null : Micros.toInstant(endedUs), status, sampleCount, counters,
                    children.deviceResults(key), children.stats(key), context, quality);
        }
    }

    /** The child rows of a set of runs, each kind read with one statement. */
    private record Children(Map<Long, Set<String>> tags, Map<Long, Map<RejectReason, Long>> malformed,
            Map<Long, Map<String, Double>> deviceResults, Map<Long, Map<String, Map<String, Double>>> stats) {

        static Children read(Connection c, List<RunRow> rows) throws SQLException {
            StringBuilder keys = new StringBuilder("[");
            for (RunRow row : rows) {
                keys.append(keys.length() > 1 ? "," : "").append(row.key());
            }
            String keyArray = keys.append(']').toString();
            Map<Long, Set<String>> tags = new HashMap<>();
            Map<Long, Map<RejectReason, Long>> malformed = new HashMap<>();
            Map<Long, Map<String, Double>> results = new HashMap<>();
            Map<Long, Map<String, Map<String, Double>>> stats = new HashMap<>();
            forEachChild(c, "SELECT run_key, tag FROM run_tags WHERE run_key IN (SELECT value FROM json_each(?))"
                    + " ORDER BY run_key, position", keyArray,
                    rs -> tags.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getString(2)));
            forEachChild(c, "SELECT run_key, reason, count FROM run_malformed"
                    + " WHERE run_key IN (SELECT value FROM json_each(?))", keyArray,
                    rs -> malformed.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(RejectReason.class))
                            .put(RejectReason.valueOf(rs.getString(2)), rs.getLong(3)));
            forEachChild(c, "SELECT run_key, name, value FROM run_device_results"
                    + " WHERE run_key IN (SELECT value FROM json_each(?)) ORDER BY run_key, position", keyArray,
                    rs -> results.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), RunRows.nullableDouble(rs, 3)));
            forEachChild(c, "SELECT run_key, metric, stat, value FROM run_stats"
                    + " WHERE run_key IN (SELECT value FROM json_each(?)) ORDER BY run_key, position", keyArray,
                    rs -> stats.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), RunRows.nullableDouble(rs, 4)));
            return new Children(tags, malformed, results, stats);
        }

        Set<String> tags(long key) {
            Set<String> t = tags.get(key);
            return t == null ? Set.of() : t;
        }

        Map<RejectReason, Long> malformed(long key) {
            Map<RejectReason, Long> m = malformed.get(key);
            return m == null ? new EnumMap<>(RejectReason.class) : m;
        }

        Map<String, Double> deviceResults(long key) {
            Map<String, Double> r = deviceResults.get(key);
            return r == null ? Map.of() : r;
        }

        Map<String, Map<String, Double>> stats(long key) {
            Map<String, Map<String, Double>> s = stats.get(key);
            if (s == null) {
                return Map.of();
            }
            s.replaceAll((metric, values) -> Collections.unmodifiableMap(values));
            return s;
        }
    }

    /** One child row, read. */
    @FunctionalInterface
    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void forEachChild(Connection c, String sql, String keyArray, RowAction action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, keyArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        }
    }
}
