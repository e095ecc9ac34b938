package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.internal.ContextColumns;
import io.lightwaveos.bench.store.internal.ContextJson;
import io.lightwaveos.bench.store.internal.EventRows;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.internal.RunReferences;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL for a run's own rows (everything but its samples). All statements are parameterised.
 * Reading runs takes five statements however many runs are read: the run rows, then each kind of
 * child row (tags, malformed counts, device results, statistics) for all of them at once.
 */
final class RunRows {

    private static final String COLUMNS = "run_key, id, name, description, source, started_at_us, ended_at_us,"
            + " status, sample_count, frames_foreign, gaps, frames_lost_estimate, reconnects, reboots,"
            + " rig, vcs_branch, vcs_commit, firmware, effect_name, context_json, quality";
    private static final String NEWEST_FIRST = " ORDER BY started_at_us DESC, run_key DESC";

    private RunRows() {
    }

    /** Inserts a run with its tags, counters, statistics and device results; returns its run_key. */
    static long insert(Connection c, Run run) throws SQLException {
        long key;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, name, description, source, started_at_us,"
                + " ended_at_us, status, sample_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0) RETURNING run_key")) {
            ps.setString(1, run.id().toString());
            ps.setString(2, run.name());
            ps.setString(3, run.description());
            ps.setString(4, run.source());
            ps.setLong(5, Micros.of(run.startedAt()));
            if (run.endedAt() == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setLong(6, Micros.of(run.endedAt()));
            }
            ps.setString(7, run.status().name());
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
        updateContext(c, key, run.context());
        updateCounters(c, key, run.counters());
        replaceStats(c, key, run.cachedStats());
        replaceDeviceResults(c, key, run.deviceResults());
        return key;
    }

    /** Replaces the run's context: its queryable columns and the JSON of the rest. */
    static void updateContext(Connection c, long key, RunContext context) throws SQLException {
        ContextColumns.update(c, key, context);
    }

    /**
     * Sets the run's quality from what it recorded ({@link RunQuality#assess}); called by every
     * write that changes counters, events, statistics or status.
     */
    static void refreshQuality(Connection c, long key) throws SQLException {
        RunStatus status;
        RunCounters counters;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, gaps, reconnects, reboots FROM runs WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                status = RunStatus.valueOf(rs.getString(1));
                counters = new RunCounters(0, Map.of(), rs.getLong(2), 0, rs.getLong(3), rs.getLong(4));
            }
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT type FROM run_events WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(EventType.fromJsonName(rs.getString(1)));
                }
            }
        }
        Map<String, Map<String, Double>> stats = Map.of();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT value FROM run_stats WHERE run_key = ? AND metric = ? AND stat = ?")) {
            ps.setLong(1, key);
            ps.setString(2, Metric.AVG_TOTAL_US.id());
            ps.setString(3, RunQuality.N_EFF_STAT);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Map<String, Double> nEff = new HashMap<>();
                    nEff.put(RunQuality.N_EFF_STAT, nullableDouble(rs, 1));
                    stats = Map.of(Metric.AVG_TOTAL_US.id(), nEff);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET quality = ? WHERE run_key = ?")) {
            ps.setString(1, RunQuality.assess(status, counters, types, stats).toString());
            ps.setLong(2, key);
            ps.executeUpdate();
        }
    }

    /**
     * Adds {@code n} committed samples to the run's count, in the transaction that wrote them.
     *
     * @return {@code n}
     */
    static long addToSampleCount(Connection c, long key, long n) throws SQLException {
        if (n > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE runs SET sample_count = sample_count + ? WHERE run_key = ?")) {
                ps.setLong(1, n);
                ps.setLong(2, key);
                ps.executeUpdate();
            }
        }
        return n;
    }

    /** The run_key of the run with {@code id}, if there is one. */
    static OptionalLong key(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT run_key FROM runs WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The run with {@code id}, if there is one. */
    static Optional<Run> find(Connection c, UUID id) throws SQLException {
        List<Run> runs = query(c, "SELECT " + COLUMNS + " FROM runs WHERE id = ?", List.of(id.toString()));
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /** Runs matching {@code filter}, newest first. */
    static List<Run> list(Connection c, RunFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM runs r WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(filter, sql, args);
        sql.append(NEWEST_FIRST);
        if (filter.limit() > 0) {
            sql.append(" LIMIT ?");
            args.add(filter.limit());
        }
        return query(c, sql.toString(), args);
    }

    /** Appends {@code filter}'s conditions (all but the limit) on {@code runs r} to a WHERE clause. */
    static void where(RunFilter filter, StringBuilder sql, List<Object> args) {
        for (String tag : filter.tags()) {
            sql.append(" AND EXISTS (SELECT 1 FROM run_tags t WHERE t.run_key = r.run_key AND t.tag = ?)");
            args.add(tag);
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND r.status IN (").append("?, ".repeat(filter.statuses().size() - 1)).append("?)");
            filter.statuses().forEach(s -> args.add(s.name()));
        }
        if (filter.nameContains() != null) {
            sql.append(" AND instr(lower(r.name), lower(?)) > 0");
            args.add(filter.nameContains());
        }
        equalTo(sql, args, "rig", filter.rig());
        equalTo(sql, args, "vcs_branch", filter.branch());
        equalTo(sql, args, "firmware", filter.firmware());
        equalTo(sql, args, "effect_name", filter.effectName());
    }

    private static void equalTo(StringBuilder sql, List<Object> args, String column, String valueOrNull) {
        // column is one of list()'s constants, never input.
        if (valueOrNull != null) {
            sql.append(" AND r.").append(column).append(" = ?");
            args.add(valueOrNull);
        }
    }

    /** Runs named exactly {@code name}, newest first. */
    static List<Run> byName(Connection c, String name) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM runs WHERE name = ?" + NEWEST_FIRST, List.of(name));
    }

    /** Runs whose id text starts with {@code lowerCasePrefix}, newest first. */
    static List<Run> byIdPrefix(Connection c, String lowerCasePrefix) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM runs WHERE substr(id, 1, ?) = ?" + NEWEST_FIRST,
                List.of(lowerCasePrefix.length(), lowerCasePrefix));
    }

    /** The lookups of run reference resolution, on {@code c}. */
    static RunReferences.Lookup lookup(Connection c) {
        return new RunReferences.Lookup() {
            @Override
            public Optional<Run> find(UUID id) throws SQLException {
                return RunRows.find(c, id);
            }

            @Override
            public List<Run> byName(String name) throws SQLException {
                return RunRows.byName(c, name);
            }

            @Override
            public List<Run> byIdPrefix(String lowerCasePrefix) throws SQLException {
                return RunRows.byIdPrefix(c, lowerCasePrefix);
            }

            @Override
            public List<Run> newest(int limit) throws SQLException {
                return RunRows.newest(c, limit);
            }
        };
    }

    /** Runs with status RUNNING, oldest first. */
    static List<Run> running(Connection c) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM runs WHERE status = ? ORDER BY started_at_us, run_key",
                List.of(RunStatus.RUNNING.name()));
    }

    /** Ids of finished runs that have samples but no cached statistics. */
    static List<UUID> finishedWithoutStats(Connection c) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs r WHERE status <> ? AND sample_count > 0"
                + " AND NOT EXISTS (SELECT 1 FROM run_stats s WHERE s.run_key = r.run_key) ORDER BY run_key")) {
            ps.setString(1, RunStatus.RUNNING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(UUID.fromString(rs.getString(1)));
                }
            }
        }
        return out;
    }

    /** The newest {@code limit} runs. */
    static List<Run> newest(Connection c, int limit) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM runs" + NEWEST_FIRST + " LIMIT ?", List.of(limit));
    }

    /** Replaces the run's counters. */
    static void updateCounters(Connection c, long key, RunCounters counters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET frames_foreign = ?, gaps = ?,"
                + " frames_lost_estimate = ?, reconnects = ?, reboots = ? WHERE run_key = ?")) {
            ps.setLong(1, counters.framesForeign());
            ps.setLong(2, counters.gaps());
            ps.setLong(3, counters.framesLostEstimate());
            ps.setLong(4, counters.reconnects());
            ps.setLong(5, counters.reboots());
            ps.setLong(6, key);
            ps.executeUpdate();
        }
        refreshQuality(c, key);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_malformed (run_key, reason, count) VALUES (?, ?, ?)"
                + " ON CONFLICT (run_key, reason) DO UPDATE SET count = excluded.count")) {
            for (Map.Entry<RejectReason, Long> e : counters.framesMalformed().entrySet()) {
                ps.setLong(1, key);
                ps.setString(2, e.getKey().name());
                ps.setLong(3, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    /** Replaces the run's cached statistics (metric id → statistic → value, null allowed). */
    static void replaceStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException {
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
                    setNullableDouble(ps, 5, stat.getValue());
                    ps.executeUpdate();
                }
            }
        }
        refreshQuality(c, key);
    }

    /** Replaces the run's device results. */
    static void replaceDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException {
        deleteChildren(c, "run_device_results", key);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO run_device_results (run_key, name, position, value) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Map.Entry<String, Double> e : results.entrySet()) {
                ps.setLong(1, key);
                ps.setString(2, e.getKey());
                ps.setInt(3, position++);
                setNullableDouble(ps, 4, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    /**
     * Sets status and end time if the run is still RUNNING.
     *
     * @return whether the run was RUNNING (and is now finished)
     */
    static boolean finish(Connection c, long key, RunStatus status, long endedAtUs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET status = ?, ended_at_us = ? WHERE run_key = ? AND status = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, endedAtUs);
            ps.setLong(3, key);
            ps.setString(4, RunStatus.RUNNING.name());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        refreshQuality(c, key);
        return true;
    }

    /** Appends an event after the run's last one. */
    static void appendEvent(Connection c, long key, RunEvent event) throws SQLException {
        EventRows.insert(c, key, event);
        if (EventRows.affectsQuality(event)) {
            refreshQuality(c, key);
        }
    }

    /** The run's events in the order they were appended. */
    static List<RunEvent> events(Connection c, long key) throws SQLException {
        return EventRows.list(c, key);
    }

    /** Deletes the run and, by cascade, everything it owns; returns whether it existed. */
    static boolean delete(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE run_key = ?")) {
            ps.setLong(1, key);
            return ps.executeUpdate() == 1;
        }
    }

    private static void deleteChildren(Connection c, String table, long key) throws SQLException {
        // table is one of this class's constants, never input.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE run_key = ?")) {
            ps.setLong(1, key);
            ps.executeUpdate();
        }
    }

    private static void setNullableDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN()) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static List<Run> query(Connection c, String sql, List<?> args) throws SQLException {
        List<RunRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(RunRow.read(rs));
                }
            }
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

    /** The columns of one {@code runs} row, before its child rows are read. */
    private record RunRow(long key, UUID id, String name, String description, String source, long startedUs,
            Long endedUs, RunStatus status, long sampleCount, long foreign, long gaps, long lost, long reconnects,
            long reboots, RunContext context, RunQuality quality) {

        static RunRow read(ResultSet rs) throws SQLException {
            long endedUs = rs.getLong("ended_at_us");
            Long ended = rs.wasNull() ? null : endedUs;
            RunContext context = ContextJson.read(new ContextJson.Columns(rs.getString("rig"),
                    rs.getString("vcs_branch"), rs.getString("vcs_commit"), rs.getString("firmware"),
                    rs.getString("effect_name")), rs.getString("context_json"));
            return new RunRow(rs.getLong("run_key"), UUID.fromString(rs.getString("id")), rs.getString("name"),
                    rs.getString("description"), rs.getString("source"), rs.getLong("started_at_us"), ended,
                    RunStatus.valueOf(rs.getString("status")), rs.getLong("sample_count"), rs.getLong("frames_foreign"),
                    rs.getLong("gaps"), rs.getLong("frames_lost_estimate"), rs.getLong("reconnects"),
                    rs.getLong("reboots"), context, RunQuality.parse(rs.getString("quality")));
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
                            .put(rs.getString(2), nullableDouble(rs, 3)));
            forEachChild(c, "SELECT run_key, metric, stat, value FROM run_stats"
                    + " WHERE run_key IN (SELECT value FROM json_each(?)) ORDER BY run_key, position", keyArray,
                    rs -> stats.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>())
                            .put(rs.getString(3), nullableDouble(rs, 4)));
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

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
