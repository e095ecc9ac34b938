package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.schema.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a team store's PostgreSQL schema to the newest version, one migration per transaction,
 * under an advisory lock so that two tools starting at once do not both migrate. Before it writes
 * anything it reads the version: a schema written by a newer lwos-bench is refused with
 * {@link Reason#SCHEMA_TOO_NEW} and left exactly as it was, as is a schema of that name that holds
 * tables but is not a store.
 */
final class PostgresSchema {

    /** Key of the advisory lock held while migrating (the ASCII bytes "LWBS"). */
    private static final long LOCK_KEY = 0x4C57_4253L;

    private PostgresSchema() {
    }

    /** The version of the store in {@code schema}: 0 when there is none yet. */
    static int version(Connection c, String schema) throws SQLException {
        if (!tableExists(c, schema, "store_schema")) {
            if (hasTables(c, schema)) {
                throw new StoreException(Reason.NOT_A_STORE, "schema \"" + schema + "\" holds tables that are not an"
                        + " lwos-bench store; name another one with ?schema=NAME (it was not changed)");
            }
            return 0;
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM " + schema + ".store_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Checks the version and applies the missing migrations.
     *
     * @throws StoreException {@link Reason#SCHEMA_TOO_NEW} if the schema is newer than
     *                        {@code migrations} know (nothing is changed)
     */
    static void migrate(PostgresDatabase db, String schema, List<Migration> migrations) {
        int latest = migrations.get(migrations.size() - 1).version();
        int current = db.read("read the schema version", c -> version(c, schema));
        checkNotNewer(db, schema, current, latest);
        if (current == latest) {
            return;
        }
        db.write("migrate the store's schema", c -> {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("SET LOCAL search_path TO " + schema + ", pg_catalog");
                int version = version(c, schema); // again, under the lock: another tool may have migrated
                checkNotNewer(db, schema, version, latest);
                if (version == 0) {
                    st.execute("CREATE TABLE store_schema (version integer NOT NULL)");
                    st.execute("INSERT INTO store_schema VALUES (0)");
                }
                for (Migration m : migrations) {
                    if (m.version() > version) {
                        for (String sql : m.statements()) {
                            st.execute(sql);
                        }
                        st.executeUpdate("UPDATE store_schema SET version = " + m.version());
                    }
                }
            }
            return null;
        });
    }

    private static void checkNotNewer(PostgresDatabase db, String schema, int version, int latest) {
        if (version > latest) {
            throw new StoreException(Reason.SCHEMA_TOO_NEW, "the store at " + db.url().display() + " (schema "
                    + schema + ") has schema version " + version + ", this lwos-bench knows versions up to " + latest
                    + "; use a newer lwos-bench (nothing was changed)");
        }
    }

    private static boolean tableExists(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean hasTables(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? LIMIT 1")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
