package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** {@link CrashRecoveryContract} on the SQLite store. */
class SqliteCrashRecoveryTest extends CrashRecoveryContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }

    @Override
    void checkIntegrity() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ((SqliteFixture) stores).file());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }
}
