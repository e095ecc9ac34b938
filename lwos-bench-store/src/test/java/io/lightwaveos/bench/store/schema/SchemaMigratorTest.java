package io.lightwaveos.bench.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {

    @TempDir
    Path dir;

    /** A later schema step as a future version might add it. */
    private static final Migration ADD_NOTES = new Migration(Migrations.currentVersion() + 1, "run notes", List.of(
            "ALTER TABLE runs ADD COLUMN notes TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX runs_by_notes ON runs (notes)"));

    @Test
    void olderFileIsUpgradedStepByStepAndKeepsItsRows() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = connect(file)) {
            SchemaMigrator.checkOpenable(c, Migrations.ALL, file.toString());
            assertThat(SchemaMigrator.migrate(c, Migrations.ALL)).isEqualTo(Migrations.currentVersion());
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO runs (id, name, started_at_us, status) VALUES ('x', 'old run', 1, 'COMPLETE')");
            }
        }
        List<Migration> newer = new ArrayList<>(Migrations.ALL);
        newer.add(ADD_NOTES);
        try (Connection c = connect(file)) {
            SchemaMigrator.checkOpenable(c, newer, file.toString());
            assertThat(SchemaMigrator.migrate(c, newer)).isEqualTo(ADD_NOTES.version());
            assertThat(SchemaMigrator.userVersion(c)).isEqualTo(ADD_NOTES.version());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, notes FROM runs")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("old run");
                assertThat(rs.getString(2)).isEmpty();
            }
            // Applying again is a no-op.
            assertThat(SchemaMigrator.migrate(c, newer)).isEqualTo(ADD_NOTES.version());
        }
    }

    @Test
    void emptyFileIsBuiltFromVersionZero() throws Exception {
        Path file = dir.resolve("empty.db");
        try (Connection c = connect(file)) {
            assertThat(SchemaMigrator.userVersion(c)).isZero();
            SchemaMigrator.checkOpenable(c, Migrations.ALL, file.toString());
            SchemaMigrator.migrate(c, Migrations.ALL);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'sample_blocks'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void failingStepIsRolledBackWholeAndTheVersionStays() throws Exception {
        Path file = dir.resolve("fail.db");
        Migration broken = new Migration(Migrations.currentVersion() + 1, "broken step", List.of(
                "CREATE TABLE half_done (x INTEGER)",
                "ALTER TABLE no_such_table ADD COLUMN y INTEGER"));
        List<Migration> withBroken = new ArrayList<>(Migrations.ALL);
        withBroken.add(broken);
        try (Connection c = connect(file)) {
            SchemaMigrator.migrate(c, Migrations.ALL);
            assertThatThrownBy(() -> SchemaMigrator.migrate(c, withBroken))
                    .isInstanceOf(StoreException.class)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.IO)
                    .hasMessageContaining("broken step")
                    .hasMessageContaining("stays at version " + Migrations.currentVersion());
            assertThat(SchemaMigrator.userVersion(c)).isEqualTo(Migrations.currentVersion());
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void migrationsMustBeNumberedFromOne() throws Exception {
        try (Connection c = connect(dir.resolve("n.db"))) {
            assertThatThrownBy(() -> SchemaMigrator.migrate(c, List.of(ADD_NOTES)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numbered");
        }
        assertThatThrownBy(() -> new Migration(0, "zero", List.of("SELECT 1"))).hasMessageContaining(">= 1");
        assertThatThrownBy(() -> new Migration(1, "none", List.of())).hasMessageContaining("no statements");
    }

    private static Connection connect(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
