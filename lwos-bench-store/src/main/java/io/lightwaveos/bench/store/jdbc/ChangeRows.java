package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.store.Acknowledgement;
import io.lightwaveos.bench.store.ReportedChange;
import io.lightwaveos.bench.store.internal.Micros;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The SQL of change records ({@link io.lightwaveos.bench.store.ChangeRecords}) for both engines:
 * the same statements serve SQLite and PostgreSQL ({@code ON CONFLICT} and {@code excluded} are
 * both engines' upsert), with the {@link Dialect} binding and reading run ids. Every method works
 * inside the caller's transaction.
 */
final class ChangeRows {

    private static final String ACK_COLUMNS = "SELECT r.id, r.name, r.started_at_us, a.metric, a.reason,"
            + " a.acknowledged_at_us FROM acknowledged_changes a JOIN runs r ON r.run_key = a.run_key";
    private static final String CHANGE_COLUMNS = "SELECT r.id, c.metric, c.stat, rb.id, c.verdict, c.before_value,"
            + " c.after_value, c.p_value, c.reported_at_us FROM reported_changes c JOIN runs r ON r.run_key = c.run_key"
            + " LEFT JOIN runs rb ON rb.run_key = c.revealed_by_run_key";

    private final Dialect dialect;

    ChangeRows(Dialect dialect) {
        this.dialect = dialect;
    }

    void acknowledge(Connection c, long key, String metric, String reason, long atUs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO acknowledged_changes (run_key, metric, reason,"
                + " acknowledged_at_us) VALUES (?, ?, ?, ?) ON CONFLICT (run_key, metric) DO UPDATE"
                + " SET reason = excluded.reason, acknowledged_at_us = excluded.acknowledged_at_us")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            ps.setString(3, reason);
            ps.setLong(4, atUs);
            ps.executeUpdate();
        }
    }

    boolean removeAcknowledgement(Connection c, long key, String metric) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM acknowledged_changes WHERE run_key = ? AND metric = ?")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            return ps.executeUpdate() > 0;
        }
    }

    List<Acknowledgement> acknowledgements(Connection c, String metric) throws SQLException {
        String sql = ACK_COLUMNS + (metric == null ? "" : " WHERE a.metric = ?")
                + " ORDER BY r.started_at_us, r.run_key, a.metric";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (metric != null) {
                ps.setString(1, metric);
            }
            return readAcknowledgements(ps);
        }
    }

    List<Acknowledgement> acknowledgementsOf(Connection c, UUID runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ACK_COLUMNS + " WHERE r.id = ? ORDER BY a.metric")) {
            ps.setObject(1, dialect.idValue(runId));
            return readAcknowledgements(ps);
        }
    }

    private List<Acknowledgement> readAcknowledgements(PreparedStatement ps) throws SQLException {
        List<Acknowledgement> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Acknowledgement(dialect.readId(rs, 1), rs.getString(2), Micros.toInstant(rs.getLong(3)),
                        rs.getString(4), rs.getString(5), Micros.toInstant(rs.getLong(6))));
            }
        }
        return out;
    }

    /** Inserts the change unless its key is there; true if inserted. */
    boolean recordChange(Connection c, long firstRunKey, OptionalLong revealedByKey, ReportedChange change)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reported_changes (run_key, metric, stat,"
                + " revealed_by_run_key, verdict, before_value, after_value, p_value, reported_at_us)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_key, metric, stat) DO NOTHING")) {
            ps.setLong(1, firstRunKey);
            ps.setString(2, change.metric());
            ps.setString(3, change.stat());
            if (revealedByKey.isPresent()) {
                ps.setLong(4, revealedByKey.getAsLong());
            } else {
                ps.setNull(4, Types.BIGINT);
            }
            ps.setString(5, change.verdict());
            ps.setDouble(6, change.before());
            ps.setDouble(7, change.after());
            ps.setDouble(8, change.pValue());
            ps.setLong(9, Micros.of(change.reportedAt()));
            return ps.executeUpdate() == 1;
        }
    }

    List<ReportedChange> recordedChanges(Connection c, String metric, String stat) throws SQLException {
        List<ReportedChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CHANGE_COLUMNS
                + " WHERE c.metric = ? AND c.stat = ? ORDER BY r.started_at_us, r.run_key")) {
            ps.setString(1, metric);
            ps.setString(2, stat);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID revealedBy = rs.getObject(4) == null ? null : dialect.readId(rs, 4);
                    out.add(new ReportedChange(dialect.readId(rs, 1), rs.getString(2), rs.getString(3), revealedBy,
                            rs.getString(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8),
                            Micros.toInstant(rs.getLong(9))));
                }
            }
        }
        return out;
    }

    boolean changeExists(Connection c, long key, String metric, String stat) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM reported_changes WHERE run_key = ? AND metric = ? AND stat = ?")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            ps.setString(3, stat);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    boolean claimNotification(Connection c, long key, String metric, String stat, String channel, long atUs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_notifications (run_key, metric, stat,"
                + " channel, sent_at_us) VALUES (?, ?, ?, ?, ?) ON CONFLICT (run_key, metric, stat, channel) DO NOTHING")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            ps.setString(3, stat);
            ps.setString(4, channel);
            ps.setLong(5, atUs);
            return ps.executeUpdate() == 1;
        }
    }

    void releaseNotification(Connection c, long key, String metric, String stat, String channel) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_notifications WHERE run_key = ?"
                + " AND metric = ? AND stat = ? AND channel = ?")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            ps.setString(3, stat);
            ps.setString(4, channel);
            ps.executeUpdate();
        }
    }

    List<String> notifiedChannels(Connection c, long key, String metric, String stat) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT channel FROM change_notifications WHERE run_key = ?"
                + " AND metric = ? AND stat = ? ORDER BY channel")) {
            ps.setLong(1, key);
            ps.setString(2, metric);
            ps.setString(3, stat);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
