package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.store.StoredText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a run's context into the {@code runs} row, the same columns in both stores: the fields runs
 * are selected by as columns of their own, the whole context as JSON text ({@link ContextJson}).
 */
public final class ContextColumns {

    private ContextColumns() {
    }

    /**
     * Replaces the context of the run with {@code run_key} {@code key}.
     *
     * @throws io.lightwaveos.bench.store.StoreException INVALID if a text holds a NUL ({@link StoredText})
     */
    public static void update(Connection c, long key, RunContext context) throws SQLException {
        StoredText.check(context);
        ContextJson.Columns columns = ContextJson.Columns.of(context);
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET rig = ?, vcs_branch = ?, vcs_commit = ?,"
                + " firmware = ?, effect_name = ?, context_json = ? WHERE run_key = ?")) {
            ps.setString(1, columns.rig());
            ps.setString(2, columns.branch());
            ps.setString(3, columns.commit());
            ps.setString(4, columns.firmware());
            ps.setString(5, columns.effectName());
            ps.setString(6, ContextJson.write(context));
            ps.setLong(7, key);
            ps.executeUpdate();
        }
    }
}
