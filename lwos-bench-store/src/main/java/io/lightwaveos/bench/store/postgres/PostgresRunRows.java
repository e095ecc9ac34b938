package io.lightwaveos.bench.store.postgres;

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
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.internal.ContextColumns;
import io.lightwaveos.bench.store.internal.ContextJson;
import io.lightwaveos.bench.store.internal.EventRows;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.internal.RunReferences;
import java.sql.Array;
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
 * The SQL for a run's own row and its events in a team store. A run is one row, so reading any
 * number of runs is one statement. All statements are parameterised.
 *
 * <p>Every read shows a RUNNING run whose lease has expired as INTERRUPTED, ended at its last
 * committed sample: its writer died, and readers on any machine agree on that without waiting for
 * someone to {@link #recoverExpired recover} it.
 */
final class PostgresRunRows {

    /** The status readers see. */
    static final String STATUS = "CASE WHEN status = 'RUNNING' AND lease_expires_at < now() THEN 'INTERRUPTED'"
            + " ELSE status END";
    private static final String ENDED = "CASE WHEN status = 'RUNNING' AND lease_expires_at < now()"
            + " THEN coalesce(last_received_us, started_at_us) ELSE ended_at_us END";
    private static final String COLUMNS = "run_key, id, name, description, source, started_at_us, " + ENDED
            + " AS ended_us, " + STATUS + " AS shown_status, sample_count, tags, frames_foreign, malformed_reasons,"
            + " malformed_counts, gaps, frames_lost_estimate, reconnects, reboots, device_result_names,"
            + " device_result_values, stat_metrics, stat_names, stat_values, rig, vcs_branch, vcs_commit, firmware,"
            + " effect_name, context_json, quality";
    private static final String NEWEST_FIRST = " ORDER BY started_at_us DESC, run_key DESC";
    /** A lease of {@code ?} seconds from now, server time. */
    static final String LEASE_FROM_NOW = "now() + make_interval(secs => ?)";

    private PostgresRunRows() {
    }

    /**
     * Inserts a run; returns its run_key.
     *
     * @param leaseOwner the store that writes it (a RUNNING run), or null
     * @param leaseSeconds the lease length for a RUNNING run
     */
    static long insert(Connection c, Run run, UUID leaseOwner, double leaseSeconds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, name, description, source, started_at_us,"
                + " ended_at_us, status, tags, lease_owner, lease_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + (leaseOwner == null ? "NULL" : LEASE_FROM_NOW) + ") RETURNING run_key")) {
            ps.setObject(1, run.id());
            ps.setString(2, run.name());
            ps.setString(3, run.description());
            ps.setString(4, run.source());
            ps.setLong(5, Micros.of(run.startedAt()));
            if (run.endedAt() == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, Micros.of(run.endedAt()));
            }
            ps.setString(7, run.status().name());
            ps.setArray(8, c.createArrayOf("text", run.tags().toArray()));
            ps.setObject(9, leaseOwner);
            if (leaseOwner != null) {
                ps.setDouble(10, leaseSeconds);
            }
            long key;
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                key = rs.getLong(1);
            }
            updateContext(c, key, run.context());
            updateCounters(c, key, run.counters());
            replaceStats(c, key, run.cachedStats());
            replaceDeviceResults(c, key, run.deviceResults());
            return key;
        }
    }

    /** Replaces the run's context: its queryable columns and the JSON of the rest. */
    static void updateContext(Connection c, long key, RunContext context) throws SQLException {
        ContextColumns.update(c, key, context);
    }

    /**
     * Sets the run's quality from what it recorded ({@link RunQuality#assess}), as the SQLite store
     * does; called by every write that changes counters, events, statistics or status.
     */
    static void refreshQuality(Connection c, long key) throws SQLException {
        RunStatus status;
        RunCounters counters;
        Map<String, Map<String, Double>> stats = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT status, gaps, reconnects, reboots, stat_metrics,"
                + " stat_names, stat_values FROM runs WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                status = RunStatus.valueOf(rs.getString(1));
                counters = new RunCounters(0, Map.of(), rs.getLong(2), 0, rs.getLong(3), rs.getLong(4));
                String[] metrics = strings(rs.getArray(5));
                String[] names = strings(rs.getArray(6));
                Double[] values = doubles(rs.getArray(7));
                for (int i = 0; i < metrics.length; i++) {
                    if (metrics[i].equals(Metric.AVG_TOTAL_US.id()) && names[i].equals(RunQuality.N_EFF_STAT)) {
                        Map<String, Double> nEff = new HashMap<>();
                        nEff.put(RunQuality.N_EFF_STAT, values[i]);
                        stats.put(metrics[i], nEff);
                    }
                }
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
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET quality = ? WHERE run_key = ?")) {
            ps.setString(1, RunQuality.assess(status, counters, types, stats).toString());
            ps.setLong(2, key);
            ps.executeUpdate();
        }
    }

    /** The run_key of the run with {@code id}, if there is one. */
    static OptionalLong key(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT run_key FROM runs WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** The run with {@code id}, if there is one. */
    static Optional<Run> find(Connection c, UUID id) throws SQLException {
        List<Run> runs = query(c, "SELECT " + COLUMNS + " FROM runs WHERE id = ?", List.of(id));
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /** Runs matching {@code filter}, newest first. */
    static List<Run> list(Connection c, RunFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM runs WHERE true");
        List<Object> args = new ArrayList<>();
        where(c, filter, sql, args);
        sql.append(NEWEST_FIRST);
        if (filter.limit() > 0) {
            sql.append(" LIMIT ?");
            args.add(filter.limit());
        }
        return query(c, sql.toString(), args);
    }

    /**
     * Runs matching {@code filter}, newest first, with one metric's cached statistics: one query
     * that sends only the columns a history needs and only that metric's part of the statistics
     * arrays (unnested on the server, in their stored order).
     */
    static List<RunStats> metricStats(Connection c, RunFilter filter, String metricId) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, name, started_at_us, " + STATUS + " AS shown_status, rig,"
                + " vcs_branch, vcs_commit, firmware, effect_name, context_json, quality,"
                + " ARRAY(SELECT u.n FROM unnest(stat_metrics, stat_names) WITH ORDINALITY AS u(m, n, o)"
                + " WHERE u.m = ? ORDER BY u.o) AS names,"
                + " ARRAY(SELECT u.v FROM unnest(stat_metrics, stat_values) WITH ORDINALITY AS u(m, v, o)"
                + " WHERE u.m = ? ORDER BY u.o) AS vals FROM runs WHERE true");
        List<Object> args = new ArrayList<>(List.of(metricId, metricId));
        where(c, filter, sql, args);
        sql.append(NEWEST_FIRST);
        if (filter.limit() > 0) {
            sql.append(" LIMIT ?");
            args.add(filter.limit());
        }
        List<RunStats> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] names = strings(rs.getArray("names"));
                    Double[] values = doubles(rs.getArray("vals"));
                    Map<String, Double> stats = new LinkedHashMap<>();
                    for (int i = 0; i < names.length; i++) {
                        stats.put(names[i], values[i]);
                    }
                    out.add(new RunStats(rs.getObject("id", UUID.class), rs.getString("name"),
                            Micros.toInstant(rs.getLong("started_at_us")), RunStatus.valueOf(rs.getString("shown_status")),
                            ContextJson.read(new ContextJson.Columns(rs.getString("rig"), rs.getString("vcs_branch"),
                                    rs.getString("vcs_commit"), rs.getString("firmware"), rs.getString("effect_name")),
                                    rs.getString("context_json")),
                            RunQuality.parse(rs.getString("quality")), Collections.unmodifiableMap(stats)));
                }
            }
        }
        return out;
    }

    /** Appends {@code filter}'s conditions (all but the limit) to a WHERE clause on {@code runs}. */
    private static void where(Connection c, RunFilter filter, StringBuilder sql, List<Object> args) throws SQLException {
        if (!filter.tags().isEmpty()) {
            sql.append(" AND tags @> ?");
            args.add(c.createArrayOf("text", filter.tags().toArray()));
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND (").append(STATUS).append(") = ANY (?)");
            args.add(c.createArrayOf("text", filter.statuses().stream().map(RunStatus::name).toArray()));
        }
        if (filter.nameContains() != null) {
            sql.append(" AND strpos(lower(name), lower(?)) > 0");
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
            sql.append(" AND ").append(column).append(" = ?");
            args.add(valueOrNull);
        }
    }

    /** The lookups of run reference resolution, on {@code c}. */
    static RunReferences.Lookup lookup(Connection c) {
        return new RunReferences.Lookup() {
            @Override
            public Optional<Run> find(UUID id) throws SQLException {
                return PostgresRunRows.find(c, id);
            }

            @Override
            public List<Run> byName(String name) throws SQLException {
                return query(c, "SELECT " + COLUMNS + " FROM runs WHERE name = ?" + NEWEST_FIRST, List.of(name));
            }

            @Override
            public List<Run> byIdPrefix(String lowerCasePrefix) throws SQLException {
                return query(c, "SELECT " + COLUMNS + " FROM runs WHERE left(id::text, ?) = ?" + NEWEST_FIRST,
                        List.of(lowerCasePrefix.length(), lowerCasePrefix));
            }

            @Override
            public List<Run> newest(int limit) throws SQLException {
                return query(c, "SELECT " + COLUMNS + " FROM runs" + NEWEST_FIRST + " LIMIT ?", List.of(limit));
            }
        };
    }

    /** Replaces the run's counters. */
    static void updateCounters(Connection c, long key, RunCounters counters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET frames_foreign = ?, malformed_reasons = ?,"
                + " malformed_counts = ?, gaps = ?, frames_lost_estimate = ?, reconnects = ?, reboots = ?"
                + " WHERE run_key = ?")) {
            List<String> reasons = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            counters.framesMalformed().forEach((reason, count) -> {
                reasons.add(reason.name());
                counts.add(count);
            });
            ps.setLong(1, counters.framesForeign());
            ps.setArray(2, c.createArrayOf("text", reasons.toArray()));
            ps.setArray(3, c.createArrayOf("int8", counts.toArray()));
            ps.setLong(4, counters.gaps());
            ps.setLong(5, counters.framesLostEstimate());
            ps.setLong(6, counters.reconnects());
            ps.setLong(7, counters.reboots());
            ps.setLong(8, key);
            ps.executeUpdate();
        }
        refreshQuality(c, key);
    }

    /** Replaces the run's cached statistics (metric id → statistic → value, null allowed). */
    static void replaceStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException {
        List<String> metrics = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        stats.forEach((metric, byStat) -> byStat.forEach((stat, value) -> {
            metrics.add(metric);
            names.add(stat);
            values.add(value == null || value.isNaN() ? null : value);
        }));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET stat_metrics = ?, stat_names = ?, stat_values = ? WHERE run_key = ?")) {
            ps.setArray(1, c.createArrayOf("text", metrics.toArray()));
            ps.setArray(2, c.createArrayOf("text", names.toArray()));
            ps.setArray(3, c.createArrayOf("float8", values.toArray()));
            ps.setLong(4, key);
            ps.executeUpdate();
        }
        refreshQuality(c, key);
    }

    /** Replaces the run's device results. */
    static void replaceDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        results.forEach((name, value) -> {
            names.add(name);
            values.add(value == null || value.isNaN() ? null : value);
        });
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET device_result_names = ?, device_result_values = ? WHERE run_key = ?")) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            ps.setArray(2, c.createArrayOf("float8", values.toArray()));
            ps.setLong(3, key);
            ps.executeUpdate();
        }
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

    /**
     * Marks every RUNNING run whose lease expired INTERRUPTED, ended at its last sample.
     *
     * @return the ids of the runs marked
     */
    static List<UUID> recoverExpired(Connection c) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = 'INTERRUPTED',"
                + " ended_at_us = coalesce(last_received_us, (extract(epoch FROM now()) * 1000000)::bigint),"
                + " lease_owner = NULL, lease_expires_at = NULL"
                + " WHERE status = 'RUNNING' AND lease_expires_at < now() RETURNING id")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Ids of finished runs that have samples but no cached statistics, oldest first. */
    static List<UUID> finishedWithoutStats(Connection c) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM runs WHERE (" + STATUS + ") <> 'RUNNING'"
                + " AND sample_count > 0 AND coalesce(cardinality(stat_metrics), 0) = 0 ORDER BY run_key");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    static List<Run> query(Connection c, String sql, List<?> args) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(toRun(rs));
                }
            }
        }
        return runs;
    }

    private static Run toRun(ResultSet rs) throws SQLException {
        long endedUs = rs.getLong("ended_us");
        boolean ended = !rs.wasNull();
        String[] reasons = strings(rs.getArray("malformed_reasons"));
        Long[] counts = (Long[]) rs.getArray("malformed_counts").getArray();
        Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);
        for (int i = 0; i < reasons.length; i++) {
            malformed.put(RejectReason.valueOf(reasons[i]), counts[i]);
        }
        RunCounters counters = new RunCounters(rs.getLong("frames_foreign"), malformed, rs.getLong("gaps"),
                rs.getLong("frames_lost_estimate"), rs.getLong("reconnects"), rs.getLong("reboots"));
        Set<String> tags = new LinkedHashSet<>(List.of(strings(rs.getArray("tags"))));
        String[] resultNames = strings(rs.getArray("device_result_names"));
        Double[] resultValues = doubles(rs.getArray("device_result_values"));
        Map<String, Double> results = new LinkedHashMap<>();
        for (int i = 0; i < resultNames.length; i++) {
            results.put(resultNames[i], resultValues[i]);
        }
        String[] statMetrics = strings(rs.getArray("stat_metrics"));
        String[] statNames = strings(rs.getArray("stat_names"));
        Double[] statValues = doubles(rs.getArray("stat_values"));
        Map<String, Map<String, Double>> stats = new LinkedHashMap<>();
        for (int i = 0; i < statMetrics.length; i++) {
            stats.computeIfAbsent(statMetrics[i], k -> new LinkedHashMap<>()).put(statNames[i], statValues[i]);
        }
        stats.replaceAll((metric, values) -> Collections.unmodifiableMap(values));
        RunContext context = ContextJson.read(new ContextJson.Columns(rs.getString("rig"), rs.getString("vcs_branch"),
                rs.getString("vcs_commit"), rs.getString("firmware"), rs.getString("effect_name")),
                rs.getString("context_json"));
        return new Run(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"), tags,
                rs.getString("source"), Micros.toInstant(rs.getLong("started_at_us")),
                ended ? Micros.toInstant(endedUs) : null, RunStatus.valueOf(rs.getString("shown_status")),
                rs.getLong("sample_count"), counters, results, stats, context, RunQuality.parse(rs.getString("quality")));
    }

    private static String[] strings(Array a) throws SQLException {
        return (String[]) a.getArray();
    }

    private static Double[] doubles(Array a) throws SQLException {
        return (Double[]) a.getArray();
    }
}
