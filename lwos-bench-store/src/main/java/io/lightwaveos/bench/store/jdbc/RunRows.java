package io.lightwaveos.bench.store.jdbc;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of a run's own rows (everything but its samples) for both engines, with the
 * {@link Dialect} supplying what differs. All statements are parameterised; reading any number of
 * runs takes a fixed number of statements. Every method works inside the caller's transaction.
 */
public final class RunRows {

    private static final String NEWEST_FIRST = " ORDER BY r.started_at_us DESC, r.run_key DESC";

    private final Dialect dialect;

    /**
     * Rows in {@code dialect}'s engine.
     *
     * @param dialect the engine's dialect
     */
    public RunRows(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The engine's dialect. */
    Dialect dialect() {
        return dialect;
    }

    /**
     * Inserts a run with its tags, counters, context, statistics and device results.
     *
     * @param c       the transaction's connection
     * @param run     the run
     * @param written whether this store writes it from now on (a created run) or not (an import)
     * @return its integer run_key
     * @throws SQLException on a driver failure
     */
    public long insert(Connection c, Run run, boolean written) throws SQLException {
        long key = dialect.insertRun(c, run, written);
        updateContext(c, key, run.context());
        updateCounters(c, key, run.counters());
        replaceStats(c, key, run.cachedStats());
        replaceDeviceResults(c, key, run.deviceResults());
        return key;
    }

    /**
     * Replaces the run's context: its queryable columns and the JSON of the rest.
     *
     * @param c       the transaction's connection
     * @param key     the run_key
     * @param context the context
     * @throws SQLException on a driver failure
     */
    public void updateContext(Connection c, long key, RunContext context) throws SQLException {
        ContextColumns.update(c, key, context);
    }

    /**
     * Sets the run's quality from what it recorded ({@link RunQuality#assess}); called by every
     * write that changes counters, events, statistics, measures or status.
     *
     * @param c   the transaction's connection
     * @param key the run_key
     * @throws SQLException on a driver failure
     */
    public void refreshQuality(Connection c, long key) throws SQLException {
        RunStatus status;
        RunCounters counters;
        boolean measuresOnly;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, gaps, reconnects, reboots, sample_count = 0"
                + " AND EXISTS (SELECT 1 FROM run_measures m WHERE m.run_key = runs.run_key) FROM runs"
                + " WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                status = RunStatus.valueOf(rs.getString(1));
                counters = new RunCounters(0, Map.of(), rs.getLong(2), 0, rs.getLong(3), rs.getLong(4));
                measuresOnly = rs.getBoolean(5);
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
        Map<String, Map<String, Double>> stats = dialect.qualityStats(c, key);
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET quality = ? WHERE run_key = ?")) {
            ps.setString(1, RunQuality.assess(status, counters, types, stats, measuresOnly).toString());
            ps.setLong(2, key);
            ps.executeUpdate();
        }
    }

    /**
     * The run_key of the run with {@code id}.
     *
     * @param c  the transaction's connection
     * @param id the run id
     * @return the key, empty if there is no such run
     * @throws SQLException on a driver failure
     */
    public OptionalLong key(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT run_key FROM runs WHERE id = ?")) {
            ps.setObject(1, dialect.idValue(id));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * The run with {@code id}, as readers see it.
     *
     * @param c  the transaction's connection
     * @param id the run id
     * @return the run, empty if there is none
     * @throws SQLException on a driver failure
     */
    public Optional<Run> find(Connection c, UUID id) throws SQLException {
        List<Run> runs = query(c, " WHERE r.id = ?", List.of(dialect.idValue(id)));
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
    }

    /**
     * Runs matching {@code filter}, newest first.
     *
     * @param c      the transaction's connection
     * @param filter the filter
     * @return the runs
     * @throws SQLException on a driver failure
     */
    public List<Run> list(Connection c, RunFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(c, filter, sql, args);
        sql.append(NEWEST_FIRST);
        limit(filter, sql, args);
        return query(c, sql.toString(), args);
    }

    /**
     * Appends {@code filter}'s conditions (all but the limit) on {@code runs r} to a WHERE clause.
     *
     * @param c      the transaction's connection (to make arrays)
     * @param filter the filter
     * @param sql    the statement so far, ending in a WHERE clause
     * @param args   its arguments so far
     * @throws SQLException on a driver failure
     */
    public void where(Connection c, RunFilter filter, StringBuilder sql, List<Object> args) throws SQLException {
        if (!filter.tags().isEmpty()) {
            dialect.whereTags(c, filter.tags(), sql, args);
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND (").append(dialect.shownStatus()).append(") IN (")
                    .append("?, ".repeat(filter.statuses().size() - 1)).append("?)");
            filter.statuses().forEach(s -> args.add(s.name()));
        }
        if (filter.nameContains() != null) {
            sql.append(" AND ").append(dialect.nameContains());
            args.add(filter.nameContains());
        }
        equalTo(sql, args, "rig", filter.rig());
        equalTo(sql, args, "vcs_branch", filter.branch());
        equalTo(sql, args, "firmware", filter.firmware());
        equalTo(sql, args, "effect_name", filter.effectName());
    }

    /**
     * Appends the newest-first order and {@code filter}'s limit.
     *
     * @param filter the filter
     * @param sql    the statement so far
     * @param args   its arguments so far
     */
    public static void newestFirst(RunFilter filter, StringBuilder sql, List<Object> args) {
        sql.append(NEWEST_FIRST);
        limit(filter, sql, args);
    }

    private static void limit(RunFilter filter, StringBuilder sql, List<Object> args) {
        if (filter.limit() > 0) {
            sql.append(" LIMIT ?");
            args.add(filter.limit());
        }
    }

    private static void equalTo(StringBuilder sql, List<Object> args, String column, String valueOrNull) {
        // column is one of where()'s constants, never input.
        if (valueOrNull != null) {
            sql.append(" AND r.").append(column).append(" = ?");
            args.add(valueOrNull);
        }
    }

    /**
     * The lookups of run reference resolution.
     *
     * @param c the transaction's connection
     * @return lookups on {@code c}
     */
    public RunReferences.Lookup lookup(Connection c) {
        return new RunReferences.Lookup() {
            @Override
            public Optional<Run> find(UUID id) throws SQLException {
                return RunRows.this.find(c, id);
            }

            @Override
            public List<Run> byName(String name) throws SQLException {
                return query(c, " WHERE r.name = ?" + NEWEST_FIRST, List.of(name));
            }

            @Override
            public List<Run> byIdPrefix(String lowerCasePrefix) throws SQLException {
                return query(c, " WHERE " + dialect.idPrefixEquals() + NEWEST_FIRST,
                        List.of(lowerCasePrefix.length(), lowerCasePrefix));
            }

            @Override
            public List<Run> newest(int limit) throws SQLException {
                return query(c, NEWEST_FIRST + " LIMIT ?", List.of(limit));
            }
        };
    }

    /**
     * Runs stored as RUNNING, oldest first.
     *
     * @param c the transaction's connection
     * @return the runs
     * @throws SQLException on a driver failure
     */
    public List<Run> running(Connection c) throws SQLException {
        return query(c, " WHERE r.status = ? ORDER BY r.started_at_us, r.run_key", List.of(RunStatus.RUNNING.name()));
    }

    /**
     * Ids of finished runs that have samples but no cached statistics, oldest first.
     *
     * @param c the transaction's connection
     * @return the ids
     * @throws SQLException on a driver failure
     */
    public List<UUID> finishedWithoutStats(Connection c) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id FROM runs r WHERE (" + dialect.shownStatus()
                + ") <> ? AND r.sample_count > 0 AND " + dialect.hasNoStats() + " ORDER BY r.run_key")) {
            ps.setString(1, RunStatus.RUNNING.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(dialect.readId(rs, 1));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the run's counters and refreshes its quality.
     *
     * @param c        the transaction's connection
     * @param key      the run_key
     * @param counters the counters
     * @throws SQLException on a driver failure
     */
    public void updateCounters(Connection c, long key, RunCounters counters) throws SQLException {
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
        dialect.writeMalformed(c, key, counters.framesMalformed());
        refreshQuality(c, key);
    }

    /**
     * Replaces the run's cached statistics and refreshes its quality.
     *
     * @param c     the transaction's connection
     * @param key   the run_key
     * @param stats metric id → statistic → value (null allowed)
     * @throws SQLException on a driver failure
     */
    public void replaceStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException {
        dialect.writeStats(c, key, stats);
        refreshQuality(c, key);
    }

    /**
     * Replaces the run's device results.
     *
     * @param c       the transaction's connection
     * @param key     the run_key
     * @param results name → value (null allowed)
     * @throws SQLException on a driver failure
     */
    public void replaceDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException {
        dialect.writeDeviceResults(c, key, results);
    }

    /**
     * Sets status and end time if the run is RUNNING and no live writer but this store holds it,
     * then refreshes its quality.
     *
     * @param c       the transaction's connection
     * @param key     the run_key
     * @param status  the final status
     * @param endedUs the end time, µs since the epoch
     * @return whether the run was finished
     * @throws SQLException on a driver failure
     */
    public boolean finish(Connection c, long key, RunStatus status, long endedUs) throws SQLException {
        if (!dialect.finish(c, key, status, endedUs)) {
            return false;
        }
        refreshQuality(c, key);
        return true;
    }

    /**
     * Appends an event after the run's last one, refreshing its quality if the event bears on it.
     *
     * @param c     the transaction's connection
     * @param key   the run_key
     * @param event the event
     * @throws SQLException on a driver failure
     */
    public void appendEvent(Connection c, long key, RunEvent event) throws SQLException {
        EventRows.insert(c, key, event);
        if (EventRows.affectsQuality(event)) {
            refreshQuality(c, key);
        }
    }

    /**
     * The run's events in the order they were appended.
     *
     * @param c   the transaction's connection
     * @param key the run_key
     * @return the events
     * @throws SQLException on a driver failure
     */
    public List<RunEvent> events(Connection c, long key) throws SQLException {
        return EventRows.list(c, key);
    }

    /**
     * One entry of a history: the columns of {@code runs r} named {@code id}, {@code name},
     * {@code started_at_us}, {@code shown_status}, the context columns and {@code quality} (the
     * context's JSON text is not read: see {@link RunStats#context()}).
     *
     * @param rs    a result positioned on a row
     * @param stats the run's statistics of the metric
     * @return the entry
     * @throws SQLException on a driver failure
     */
    public RunStats runStats(ResultSet rs, Map<String, Double> stats) throws SQLException {
        return new RunStats(dialect.readId(rs, rs.findColumn("id")), rs.getString("name"),
                Micros.toInstant(rs.getLong("started_at_us")), RunStatus.valueOf(rs.getString("shown_status")),
                columnContext(rs), RunQuality.parse(rs.getString("quality")), stats);
    }

    /**
     * The queryable fields of the run context of a row holding the {@code runs} context columns,
     * the others unknown: what a history needs (parsing the JSON text of a thousand runs' contexts
     * cost a {@code history} command a third of its time).
     *
     * @param rs a result positioned on a row
     * @return the context
     * @throws SQLException on a driver failure
     */
    public static RunContext columnContext(ResultSet rs) throws SQLException {
        return new ContextJson.Columns(rs.getString("rig"), rs.getString("vcs_branch"), rs.getString("vcs_commit"),
                rs.getString("firmware"), rs.getString("effect_name")).context();
    }

    /**
     * The run context of a row holding the {@code runs} context columns.
     *
     * @param rs a result positioned on a row
     * @return the context
     * @throws SQLException on a driver failure
     */
    public static RunContext context(ResultSet rs) throws SQLException {
        return ContextJson.read(new ContextJson.Columns(rs.getString("rig"), rs.getString("vcs_branch"),
                rs.getString("vcs_commit"), rs.getString("firmware"), rs.getString("effect_name")),
                rs.getString("context_json"));
    }

    /**
     * Binds a run's first seven {@code runs} columns, in this order: id, name, description,
     * source, started_at_us, ended_at_us (null while running), status.
     *
     * @param ps  an INSERT whose first seven parameters are those columns
     * @param run the run
     * @param id  the run id as the engine binds it ({@link Dialect#idValue})
     * @throws SQLException on a driver failure
     */
    public static void bindRun(PreparedStatement ps, Run run, Object id) throws SQLException {
        ps.setObject(1, id);
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
    }

    /**
     * Prepares {@code sql} with {@code args} bound in order; the caller closes it.
     *
     * @param c    the transaction's connection
     * @param sql  the statement
     * @param args its arguments
     * @return the statement
     * @throws SQLException on a driver failure
     */
    public static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
        return ps;
    }

    /**
     * Binds a value that may be missing: null and NaN are stored as SQL NULL.
     *
     * @param ps    the statement
     * @param index the parameter's 1-based index
     * @param value the value, or null
     * @throws SQLException on a driver failure
     */
    public static void setNullableDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null || value.isNaN()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /**
     * A column that may be SQL NULL.
     *
     * @param rs     a result positioned on a row
     * @param column the 1-based column
     * @return its value, null for SQL NULL
     * @throws SQLException on a driver failure
     */
    public static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private List<Run> query(Connection c, String whereAndOrder, List<?> args) throws SQLException {
        try (PreparedStatement ps = prepare(c, "SELECT " + dialect.runColumns() + " FROM runs r" + whereAndOrder, args);
             ResultSet rs = ps.executeQuery()) {
            return dialect.readRuns(c, rs);
        }
    }
}
