package io.lightwaveos.bench.store.schema;

import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema version, one migration per transaction.
 *
 * <p>Before it writes anything it checks that the file is this tool's: a file written by a newer
 * schema, a file of another application ({@code application_id}), or an SQLite file with tables
 * but no schema version is refused with a {@link StoreException} and left exactly as it was.
 */
public final class SchemaMigrator {

    /** {@code PRAGMA application_id} of a run store: the ASCII bytes "LWBS". */
    public static final int APPLICATION_ID = 0x4C57_4253;

    private SchemaMigrator() {
    }

    /**
     * Checks that {@code connection}'s database can be opened by this code, without writing to it.
     *
     * @param connection   an open connection, in auto-commit mode
     * @param migrations   the known migrations, in version order
     * @param fileForHumans how to name the file in messages (its path)
     * @throws StoreException {@link Reason#SCHEMA_TOO_NEW} if its version is above the last
     *                        migration's; {@link Reason#NOT_A_STORE} if it is not SQLite, belongs to
     *                        another application, or has tables but no version
     */
    public static void checkOpenable(Connection connection, List<Migration> migrations, String fileForHumans) {
        int latest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        int version;
        int applicationId;
        List<String> tables;
        try {
            // Tables first: each read is its own snapshot, and another process may be creating the
            // schema right now. Tables seen were committed with their version bump, so a version read
            // after them is never 0; read the other way round, the check could see version 0 and
            // then that process's tables, and refuse a fresh store.
            tables = tableNames(connection);
            version = intPragma(connection, "user_version");
            applicationId = intPragma(connection, "application_id");
        } catch (SQLException e) {
            throw new StoreException(Reason.NOT_A_STORE,
                    "expected an SQLite database at " + fileForHumans + ", but SQLite could not read it: "
                            + e.getMessage(), e);
        }
        if (applicationId != 0 && applicationId != APPLICATION_ID) {
            throw new StoreException(Reason.NOT_A_STORE, String.format(
                    "%s belongs to another application (application_id 0x%08X, expected 0x%08X); it was not changed",
                    fileForHumans, applicationId, APPLICATION_ID));
        }
        if (version > latest) {
            throw new StoreException(Reason.SCHEMA_TOO_NEW, "database " + fileForHumans
                    + " has schema version " + version + ", this lwos-bench knows versions up to " + latest
                    + "; use a newer lwos-bench (the file was not changed)");
        }
        if (version == 0 && !tables.isEmpty()) {
            String hint = tables.contains("benchmark_runs")
                    ? " It looks like the older Python tool's database: import it with `lwos-bench import --seed-db "
                            + fileForHumans + "`."
                    : "";
            throw new StoreException(Reason.NOT_A_STORE, "expected an lwos-bench database at " + fileForHumans
                    + ", found an SQLite file with other tables " + tables + " and no lwos-bench schema version;"
                    + " it was not changed." + hint);
        }
    }

    /**
     * Applies every migration whose version is above the database's {@code user_version}, in order,
     * each with its version bump in one {@code BEGIN IMMEDIATE} transaction. Safe against another
     * process migrating the same file at the same time: the version is read again inside each
     * transaction. Call {@link #checkOpenable} first.
     *
     * @param connection a connection in auto-commit mode (no transaction open)
     * @param migrations the migrations in strictly increasing version order, starting at 1
     * @return the schema version after migrating
     * @throws IllegalArgumentException if the migrations are not numbered 1, 2, 3, ...
     * @throws StoreException           {@link Reason#IO} if a migration fails; that migration is
     *                                  rolled back and the database stays at the version before it
     */
    public static int migrate(Connection connection, List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3, ...; position " + i
                        + " holds version " + migrations.get(i).version());
            }
        }
        int version;
        try {
            version = intPragma(connection, "user_version");
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not read the schema version: " + e.getMessage(), e);
        }
        for (Migration m : migrations) {
            if (m.version() <= version) {
                continue; // an up-to-date database is opened without taking the write lock
            }
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                try {
                    version = intPragma(connection, "user_version");
                    if (version < m.version()) {
                        for (String sql : m.statements()) {
                            st.execute(sql);
                        }
                        // The version bump commits with the step, so a step is applied once or not at all.
                        st.execute("PRAGMA user_version = " + m.version());
                        version = m.version();
                    }
                    st.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(st, e);
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException(Reason.IO, "schema migration " + m.version() + " (" + m.description()
                        + ") failed, the database stays at version " + (m.version() - 1) + ": " + e.getMessage(), e);
            }
        }
        return version;
    }

    /** The database's {@code PRAGMA user_version}. */
    public static int userVersion(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'"
                                + " ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void rollbackQuietly(Statement st, Exception failure) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
