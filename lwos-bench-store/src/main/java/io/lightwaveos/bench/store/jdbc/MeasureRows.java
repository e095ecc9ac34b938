package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunMeasure;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.internal.MeasureValues;
import io.lightwaveos.bench.store.internal.Micros;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SQL of the {@code run_measures} rows, one per measure of a run: the same statements on both
 * engines (the values are bytes, {@link MeasureValues}, which an SQLite BLOB and a PostgreSQL
 * {@code bytea} bind alike), with the {@link Dialect} supplying only what {@link RunRows} already
 * asks of it (ids, the status readers see, run filters). Every method works inside the caller's
 * transaction; reading any number of runs takes a fixed number of statements.
 */
final class MeasureRows {

    private final RunRows rows;
    private final Dialect dialect;

    /** Rows in {@code rows}' engine. */
    MeasureRows(RunRows rows) {
        this.rows = rows;
        this.dialect = rows.dialect();
    }

    /**
     * Adds {@code measures} after the run's own, refusing the whole set if the run holds one of
     * its {@code suite:name}s already; then refreshes the run's quality (a run without samples
     * that holds measures is never short).
     *
     * @param runName how messages name the run
     */
    void add(Connection c, long key, String runName, MeasureSet measures) throws SQLException {
        if (measures.isEmpty()) {
            return;
        }
        // Locks the run's row first (a no-op write): two processes adding measures to one run at once
        // then take turns on PostgreSQL too, the second seeing the first's rows and positions.
        // SQLite's write transactions take turns anyway.
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET quality = quality WHERE run_key = ?")) {
            ps.setLong(1, key);
            ps.executeUpdate();
        }
        Set<MeasureRef> held = new HashSet<>();
        int next = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT position, suite, name FROM run_measures WHERE run_key = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    next = Math.max(next, rs.getInt(1) + 1);
                    held.add(new MeasureRef(rs.getString(2), rs.getString(3)));
                }
            }
        }
        for (Measure m : measures) {
            if (held.contains(m.ref())) {
                throw new StoreException(Reason.CONFLICT, "run " + runName + " holds the measure " + m.ref()
                        + " already; each measure once per run (nothing was added)");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_measures (run_key, position, suite, name,"
                + " unit, direction, value_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Measure m : measures) {
                ps.setLong(1, key);
                ps.setInt(2, next++);
                ps.setString(3, m.suite());
                ps.setString(4, m.name());
                ps.setString(5, m.unit());
                ps.setString(6, m.direction().map(Direction::jsonName).orElse(null));
                ps.setBytes(7, MeasureValues.encode(m.values()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        rows.refreshQuality(c, key);
    }

    /** The run's measures in saved order. */
    MeasureSet list(Connection c, long key) throws SQLException {
        List<Measure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT suite, name, unit, direction, value_bytes"
                + " FROM run_measures WHERE run_key = ? ORDER BY position")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(measure(rs, 1));
                }
            }
        }
        return MeasureSet.of(out);
    }

    /**
     * The runs {@code filter} selects that hold the measure, newest first, each with its values:
     * one statement when {@code ref} names its suite, two when the suite must be found first.
     */
    List<RunMeasure> history(Connection c, RunFilter filter, MeasureRef ref) throws SQLException {
        String suite = ref.suite() != null ? ref.suite() : onlySuite(c, filter, ref.name());
        if (suite == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT r.id, r.name AS run_name, r.started_at_us, "
                + dialect.shownStatus() + " AS shown_status, r.rig, r.vcs_branch, r.vcs_commit, r.firmware,"
                + " r.effect_name, r.quality, m.suite, m.name, m.unit, m.direction, m.value_bytes"
                + " FROM runs r JOIN run_measures m ON m.run_key = r.run_key AND m.name = ? AND m.suite = ?"
                + " WHERE 1 = 1");
        List<Object> args = new ArrayList<>(List.of(ref.name(), suite));
        rows.where(c, filter, sql, args);
        RunRows.newestFirst(filter, sql, args);
        List<RunMeasure> out = new ArrayList<>();
        try (PreparedStatement ps = RunRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RunMeasure(dialect.readId(rs, 1), rs.getString(2), Micros.toInstant(rs.getLong(3)),
                        RunStatus.valueOf(rs.getString(4)), RunRows.columnContext(rs), RunQuality.parse(rs.getString(10)),
                        measure(rs, 11)));
            }
        }
        return out;
    }

    /** Run id → number of measures, for the runs {@code filter} selects that hold any. */
    Map<UUID, Integer> counts(Connection c, RunFilter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT r.id, (SELECT count(*) FROM run_measures m"
                + " WHERE m.run_key = r.run_key) FROM runs r WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        rows.where(c, filter, sql, args);
        RunRows.newestFirst(filter, sql, args);
        Map<UUID, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = RunRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int n = rs.getInt(2);
                if (n > 0) {
                    out.put(dialect.readId(rs, 1), n);
                }
            }
        }
        return out;
    }

    /** The one suite holding {@code name} in the selected runs; null when none does. */
    private String onlySuite(Connection c, RunFilter filter, String name) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT m.suite FROM runs r JOIN run_measures m"
                + " ON m.run_key = r.run_key AND m.name = ? WHERE 1 = 1");
        List<Object> args = new ArrayList<>(List.of(name));
        rows.where(c, filter, sql, args);
        sql.append(" ORDER BY m.suite");
        List<String> suites = new ArrayList<>();
        try (PreparedStatement ps = RunRows.prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                suites.add(rs.getString(1));
            }
        }
        if (suites.size() > 1) {
            throw new StoreException(Reason.AMBIGUOUS, "\"" + new MeasureRef(null, name) + "\" is a measure of "
                    + suites.size() + " suites; name one of "
                    + suites.stream().map(s -> new MeasureRef(s, name).toString()).toList());
        }
        return suites.isEmpty() ? null : suites.get(0);
    }

    /** The measure in the five columns from {@code first}: suite, name, unit, direction, value_bytes. */
    private static Measure measure(ResultSet rs, int first) throws SQLException {
        String direction = rs.getString(first + 3);
        return Measure.of(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                direction == null ? null : Direction.fromJsonName(direction),
                MeasureValues.decode(rs.getBytes(first + 4)));
    }
}
