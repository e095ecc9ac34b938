package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.jdbc.Dialect;
import io.lightwaveos.bench.store.jdbc.RunRows;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * PostgreSQL's run rows: ids as {@code uuid}; a run is one row, with arrays for its tags, malformed
 * counts, statistics and device results, so reading any number of runs is one statement.
 *
 * <p>The row also records who writes the run, as a lease (this store's owner id and an expiry,
 * server time; see {@link LeaseOwnership}). Finishing, deleting, taking a writer and committing
 * samples are conditional on the lease in the same statement, and commits set the count rather
 * than add to it, so a commit repeated after a lost answer changes nothing. Every read shows a
 * RUNNING run whose lease has expired as INTERRUPTED, ended at its last committed sample: its
 * writer died, and readers on any machine agree on that without waiting for someone to recover it.
 */
final class PostgresDialect implements Dialect {

    /** The status readers see. */
    private static final String STATUS = "CASE WHEN r.status = 'RUNNING' AND r.lease_expires_at < now()"
            + " THEN 'INTERRUPTED' ELSE r.status END";
    private static final String ENDED = "CASE WHEN r.status = 'RUNNING' AND r.lease_expires_at < now()"
            + " THEN coalesce(r.last_received_us, r.started_at_us) ELSE r.ended_at_us END";
    private static final String COLUMNS = "r.run_key, r.id, r.name, r.description, r.source, r.started_at_us, "
            + ENDED + " AS ended_us, " + STATUS + " AS shown_status, r.sample_count, r.tags, r.frames_foreign,"
            + " r.malformed_reasons, r.malformed_counts, r.gaps, r.frames_lost_estimate, r.reconnects, r.reboots,"
            + " r.device_result_names, r.device_result_values, r.stat_metrics, r.stat_names, r.stat_values, r.rig,"
            + " r.vcs_branch, r.vcs_commit, r.firmware, r.effect_name, r.context_json, r.quality";
    /** A lease of {@code ?} seconds from now, server time. */
    static final String LEASE_FROM_NOW = "now() + make_interval(secs => ?)";

    private final UUID owner;
    private final double leaseSeconds;

    /**
     * @param owner        this store's owner id, written into the leases it takes
     * @param leaseSeconds how long a lease lasts without renewal
     */
    PostgresDialect(UUID owner, double leaseSeconds) {
        this.owner = owner;
        this.leaseSeconds = leaseSeconds;
    }

    @Override
    public Object idValue(UUID id) {
        return id;
    }

    @Override
    public UUID readId(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    @Override
    public String runColumns() {
        return COLUMNS;
    }

    @Override
    public String shownStatus() {
        return STATUS;
    }

    @Override
    public String idPrefixEquals() {
        return "left(r.id::text, ?) = ?";
    }

    @Override
    public String nameContains() {
        return "strpos(lower(r.name), lower(?)) > 0";
    }

    @Override
    public String hasNoStats() {
        return "coalesce(cardinality(r.stat_metrics), 0) = 0";
    }

    @Override
    public void whereTags(Connection c, Set<String> tags, StringBuilder sql, List<Object> args) throws SQLException {
        sql.append(" AND r.tags @> ?");
        args.add(c.createArrayOf("text", tags.toArray()));
    }

    /** A created run gets this store's lease; an imported one none. */
    @Override
    public long insertRun(Connection c, Run run, boolean written) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO runs (id, name, description, source, started_at_us,"
                + " ended_at_us, status, tags, lease_owner, lease_expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + (written ? LEASE_FROM_NOW : "NULL") + ") RETURNING run_key")) {
            RunRows.bindRun(ps, run, run.id());
            ps.setArray(8, c.createArrayOf("text", run.tags().toArray()));
            ps.setObject(9, written ? owner : null);
            if (written) {
                ps.setDouble(10, leaseSeconds);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public List<Run> readRuns(Connection c, ResultSet rs) throws SQLException {
        List<Run> runs = new ArrayList<>();
        while (rs.next()) {
            runs.add(toRun(rs));
        }
        return runs;
    }

    @Override
    public void writeMalformed(Connection c, long key, Map<RejectReason, Long> malformed) throws SQLException {
        List<String> reasons = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        malformed.forEach((reason, count) -> {
            reasons.add(reason.name());
            counts.add(count);
        });
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET malformed_reasons = ?, malformed_counts = ? WHERE run_key = ?")) {
            ps.setArray(1, c.createArrayOf("text", reasons.toArray()));
            ps.setArray(2, c.createArrayOf("int8", counts.toArray()));
            ps.setLong(3, key);
            ps.executeUpdate();
        }
    }

    @Override
    public void writeStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException {
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
    }

    @Override
    public void writeDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException {
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

    @Override
    public Map<String, Map<String, Double>> qualityStats(Connection c, long key) throws SQLException {
        Map<String, Map<String, Double>> stats = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT stat_metrics, stat_names, stat_values FROM runs WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return stats;
                }
                String[] metrics = strings(rs.getArray(1));
                String[] names = strings(rs.getArray(2));
                Double[] values = doubles(rs.getArray(3));
                for (int i = 0; i < metrics.length; i++) {
                    if (metrics[i].equals(Metric.AVG_TOTAL_US.id()) && names[i].equals(RunQuality.N_EFF_STAT)) {
                        Map<String, Double> nEff = new HashMap<>();
                        nEff.put(RunQuality.N_EFF_STAT, values[i]);
                        stats.put(metrics[i], nEff);
                    }
                }
            }
        }
        return stats;
    }

    /**
     * One query that sends only the columns a history needs and only that metric's part of the
     * statistics arrays (unnested on the server, in their stored order).
     */
    @Override
    public Map<String, List<RunStats>> metricStats(Connection c, RunRows rows, RunFilter filter,
            List<String> metricIds, Set<String> statNames) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.id, r.name, r.started_at_us, " + STATUS + " AS shown_status,"
                + " r.rig, r.vcs_branch, r.vcs_commit, r.firmware, r.effect_name, r.quality,"
                + " r.stat_metrics, r.stat_names, r.stat_values FROM runs r WHERE true");
        List<Object> args = new ArrayList<>();
        rows.where(c, filter, sql, args);
        RunRows.newestFirst(filter, sql, args);
        Map<String, List<RunStats>> out = new LinkedHashMap<>();
        metricIds.forEach(m -> out.put(m, new ArrayList<>()));
        try (PreparedStatement ps = RunRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] metrics = strings(rs.getArray("stat_metrics"));
                String[] names = strings(rs.getArray("stat_names"));
                Double[] values = doubles(rs.getArray("stat_values"));
                Map<String, Map<String, Double>> byMetric = new HashMap<>();
                for (int i = 0; i < metrics.length; i++) {
                    if (out.containsKey(metrics[i]) && (statNames.isEmpty() || statNames.contains(names[i]))) {
                        byMetric.computeIfAbsent(metrics[i], k -> new LinkedHashMap<>()).put(names[i], values[i]);
                    }
                }
                RunStats run = rows.runStats(rs, Map.of());
                for (Map.Entry<String, List<RunStats>> e : out.entrySet()) {
                    Map<String, Double> stats = byMetric.getOrDefault(e.getKey(), Map.of());
                    e.getValue().add(run.withStats(Collections.unmodifiableMap(stats)));
                }
            }
        }
        return out;
    }

    /** Ends the lease with the run; a run whose lease ran out may be finished by anyone. */
    @Override
    public boolean finish(Connection c, long key, RunStatus status, long endedUs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, ended_at_us = ?,"
                + " lease_owner = NULL, lease_expires_at = NULL WHERE run_key = ? AND status = 'RUNNING'"
                + " AND (lease_owner = ? OR lease_expires_at < now())")) {
            ps.setString(1, status.name());
            ps.setLong(2, endedUs);
            ps.setLong(3, key);
            ps.setObject(4, owner);
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?"
                + " AND NOT (status = 'RUNNING' AND lease_expires_at >= now())")) {
            ps.setObject(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Takes (or renews) the lease: the run is this store's own, or its writer's lease ran out. */
    @Override
    public OptionalLong takeWriter(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_owner = ?, lease_expires_at = "
                + LEASE_FROM_NOW + " WHERE run_key = ? AND status = 'RUNNING'"
                + " AND (lease_owner = ? OR lease_expires_at < now()) RETURNING sample_count")) {
            ps.setObject(1, owner);
            ps.setDouble(2, leaseSeconds);
            ps.setLong(3, key);
            ps.setObject(4, owner);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    @Override
    public void samplesImported(Connection c, long key, long count, Long lastReceivedUs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE runs SET sample_count = ?, last_received_us = ? WHERE run_key = ?")) {
            ps.setLong(1, count);
            if (lastReceivedUs == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, lastReceivedUs);
            }
            ps.setLong(3, key);
            ps.executeUpdate();
        }
    }

    /** Sets the count and renews the lease, as long as this store still holds it. */
    @Override
    public boolean samplesCommitted(Connection c, long key, long added, long newCount, long lastReceivedUs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET sample_count = ?, last_received_us = ?,"
                + " lease_expires_at = " + LEASE_FROM_NOW + " WHERE run_key = ? AND status = 'RUNNING'"
                + " AND lease_owner = ?")) {
            ps.setLong(1, newCount);
            ps.setLong(2, lastReceivedUs);
            ps.setDouble(3, leaseSeconds);
            ps.setLong(4, key);
            ps.setObject(5, owner);
            return ps.executeUpdate() == 1;
        }
    }

    @Override
    public boolean isUniqueViolation(StoreException e) {
        return PostgresErrors.isUniqueViolation(e);
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
        return new Run(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"), tags,
                rs.getString("source"), Micros.toInstant(rs.getLong("started_at_us")),
                ended ? Micros.toInstant(endedUs) : null, RunStatus.valueOf(rs.getString("shown_status")),
                rs.getLong("sample_count"), counters, results, stats, RunRows.context(rs),
                RunQuality.parse(rs.getString("quality")));
    }

    private static String[] strings(Array a) throws SQLException {
        return (String[]) a.getArray();
    }

    private static Double[] doubles(Array a) throws SQLException {
        return (Double[]) a.getArray();
    }
}
