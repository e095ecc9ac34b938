package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.internal.ContextJson;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.run.RunStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of {@link io.lightwaveos.bench.store.RunCatalog#metricStats} on SQLite: two queries, the runs and then one metric's cached
 * statistics of all of them (sorting the wide run rows once per statistic would cost ten times
 * more).
 */
final class RunStatsRows {

    private RunStatsRows() {
    }

    static List<RunStats> list(Connection c, RunFilter filter, String metric) throws SQLException {
        StringBuilder runsSql = new StringBuilder("SELECT r.run_key, r.id, r.name, r.started_at_us, r.status, r.rig,"
                + " r.vcs_branch, r.vcs_commit, r.firmware, r.effect_name, r.context_json, r.quality FROM runs r WHERE 1 = 1");
        List<Object> runArgs = new ArrayList<>();
        RunRows.where(filter, runsSql, runArgs);
        runsSql.append(" ORDER BY r.started_at_us DESC, r.run_key DESC");
        if (filter.limit() > 0) {
            runsSql.append(" LIMIT ?");
            runArgs.add(filter.limit());
        }
        List<RunStats> out = new ArrayList<>();
        Map<Long, Map<String, Double>> statsByKey = new HashMap<>();
        try (PreparedStatement ps = prepare(c, runsSql.toString(), runArgs); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Double> stats = new LinkedHashMap<>();
                statsByKey.put(rs.getLong(1), stats);
                out.add(new RunStats(UUID.fromString(rs.getString(2)), rs.getString(3), Micros.toInstant(rs.getLong(4)),
                        RunStatus.valueOf(rs.getString(5)),
                        ContextJson.read(new ContextJson.Columns(rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getString(9), rs.getString(10)), rs.getString(11)),
                        RunQuality.parse(rs.getString(12)), stats));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        StringBuilder statsSql = new StringBuilder("SELECT s.run_key, s.stat, s.value FROM runs r JOIN run_stats s"
                + " ON s.run_key = r.run_key AND s.metric = ? WHERE 1 = 1");
        List<Object> statArgs = new ArrayList<>();
        statArgs.add(metric);
        RunRows.where(filter, statsSql, statArgs);
        statsSql.append(" ORDER BY s.run_key, s.position");
        try (PreparedStatement ps = prepare(c, statsSql.toString(), statArgs); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Map<String, Double> stats = statsByKey.get(rs.getLong(1));
                if (stats != null) {
                    stats.put(rs.getString(2), RunRows.nullableDouble(rs, 3));
                }
            }
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }
}
