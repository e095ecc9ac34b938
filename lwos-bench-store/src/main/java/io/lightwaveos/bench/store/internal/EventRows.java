package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.store.StoredText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code run_events} table, the same SQL in both stores. */
public final class EventRows {

    private EventRows() {
    }

    /**
     * Appends an event after the run's last one.
     *
     * @throws io.lightwaveos.bench.store.StoreException INVALID if its detail holds a NUL ({@link StoredText})
     */
    public static void insert(Connection c, long key, RunEvent event) throws SQLException {
        StoredText.check("events.detail", event.detail());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_events (run_key, ord, at_us, type, detail)"
                + " VALUES (?, (SELECT coalesce(max(ord), -1) + 1 FROM run_events WHERE run_key = ?), ?, ?, ?)")) {
            ps.setLong(1, key);
            ps.setLong(2, key);
            ps.setLong(3, Micros.of(event.at()));
            ps.setString(4, event.type().jsonName());
            ps.setString(5, event.detail());
            ps.executeUpdate();
        }
    }

    /** Whether an event of this kind changes the run's quality (the store reassesses it). */
    public static boolean affectsQuality(RunEvent event) {
        return event.type() == EventType.STATS_RESET || event.type() == EventType.WORKLOAD_CHANGED;
    }

    /** The run's events in the order they were appended. */
    public static List<RunEvent> list(Connection c, long key) throws SQLException {
        List<RunEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT at_us, type, detail FROM run_events WHERE run_key = ? ORDER BY ord")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new RunEvent(Micros.toInstant(rs.getLong(1)), EventType.fromJsonName(rs.getString(2)),
                            rs.getString(3)));
                }
            }
        }
        return events;
    }
}
