package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A test's SQLite store: a file in the test's temporary folder (JUnit deletes it). */
public final class SqliteFixture implements StoreFixture {

    private final Path dir;

    /** @param dir the test's temporary folder */
    public SqliteFixture(Path dir) {
        this.dir = dir;
    }

    /** The database file. */
    public Path file() {
        return dir.resolve("store.db");
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    public RunStore open() {
        return SqliteRunStore.open(file());
    }

    @Override
    public RunStore openOther(String name) {
        return SqliteRunStore.open(dir.resolve(name + ".db"));
    }

    @Override
    public String location() {
        return file().toString();
    }

    @Override
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long queryLong(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> runTables() {
        return List.of("runs", "run_tags", "run_events", "run_stats", "run_device_results", "run_malformed",
                "sample_blocks", "run_measures");
    }

    @Override
    public RunStatus orphanStatusBeforeRecovery() {
        return RunStatus.RUNNING;
    }

    @Override
    public void close() {
        // The folder is JUnit's.
    }
}
