package io.lightwaveos.bench.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresUrlTest {

    @TempDir
    Path home;

    @Test
    void fullUrlGivesEveryPartAndItsDisplayHidesThePassword() {
        PostgresUrl url = PostgresUrl.parse("postgresql://bench:s3cr%40t@db.lab:6543/team?schema=rig_a&lease=30",
                Map.of(), home);
        assertThat(url.user()).isEqualTo("bench");
        assertThat(url.password()).contains("s3cr@t");
        assertThat(url.host()).isEqualTo("db.lab");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.database()).isEqualTo("team");
        assertThat(url.schema()).isEqualTo("rig_a");
        assertThat(url.options(PostgresOptions.DEFAULT).lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(url.display()).isEqualTo("postgresql://bench@db.lab:6543/team?schema=rig_a");
        assertThat(url.toString()).doesNotContain("s3cr");
    }

    @Test
    void defaultsArePort5432SchemaLwosBenchAndTheDefaultLease() {
        PostgresUrl url = PostgresUrl.parse("postgres://ci@pg/bench", Map.of(), home);
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.schema()).isEqualTo("lwos_bench");
        assertThat(url.password()).isEmpty();
        assertThat(url.options(PostgresOptions.DEFAULT)).isEqualTo(PostgresOptions.DEFAULT);
    }

    @Test
    void passwordComesFromPgpasswordElseFromThePgpassFile() throws Exception {
        assertThat(PostgresUrl.parse("postgresql://ci@pg/bench", Map.of("PGPASSWORD", "from-env"), home).password())
                .contains("from-env");
        Files.writeString(home.resolve(".pgpass"), """
                # comment
                other:5432:bench:ci:wrong-host
                pg:5432:bench:ci:pa\\:ss
                *:*:*:*:fallback
                """);
        assertThat(PostgresUrl.parse("postgresql://ci@pg/bench", Map.of(), home).password()).contains("pa:ss");
        assertThat(PostgresUrl.parse("postgresql://ci@elsewhere/x", Map.of(), home).password()).contains("fallback");
        assertThat(PostgresUrl.parse("postgresql://ci:given@pg/bench", Map.of("PGPASSWORD", "env"), home).password())
                .contains("given");
    }

    @Test
    void thePgpassFileIsPgpassfileElseHomeElseJavasUserHome() throws Exception {
        Path envHome = Files.createDirectories(home.resolve("env-home"));
        Path javaHome = Files.createDirectories(home.resolve("java-home"));
        Files.writeString(javaHome.resolve(".pgpass"), "*:*:*:*:from-user-home\n");
        assertThat(PostgresUrl.parse("postgresql://ci@pg/bench", Map.of("HOME", envHome.toString()), javaHome)
                .password()).as("no $HOME/.pgpass: Java's user.home").contains("from-user-home");

        Files.writeString(envHome.resolve(".pgpass"), "*:*:*:*:from-home\n");
        assertThat(PostgresUrl.parse("postgresql://ci@pg/bench", Map.of("HOME", envHome.toString()), javaHome)
                .password()).as("$HOME wins over user.home (CI containers differ)").contains("from-home");

        Path named = Files.writeString(home.resolve("named.pgpass"), "*:*:*:*:from-pgpassfile\n");
        assertThat(PostgresUrl.parse("postgresql://ci@pg/bench", Map.of("HOME", envHome.toString(),
                "PGPASSFILE", named.toString()), javaHome).password()).contains("from-pgpassfile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://u:hunter2@/db", "postgresql://u:hunter2@host", "mysql://u:hunter2@h/db",
        "postgresql://u:hunter2@h/db?schema=Bad-Name", "postgresql://u:hunter2@h/db?sslmode=x",
        "postgresql://u:hunter2@h/db?lease=0", "postgresql://u@h/db?password=hunter2",
        "postgresql://u@h/db?schema=x&sslpassword=hunter2"})
    void malformedUrlsAreInvalidAndTheMessageNeverShowsThePassword(String bad) {
        assertThatThrownBy(() -> PostgresUrl.parse(bad, Map.of(), home))
                .isInstanceOf(StoreException.class)
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                .hasMessageContaining("postgresql://USER")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void onlyPostgresSchemesAreUrls() {
        assertThat(PostgresUrl.isPostgresUrl("postgresql://a@b/c")).isTrue();
        assertThat(PostgresUrl.isPostgresUrl(" POSTGRES://a@b/c")).isTrue();
        assertThat(PostgresUrl.isPostgresUrl("/tmp/bench.db")).isFalse();
        assertThat(PostgresUrl.isPostgresUrl("postgresql.db")).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://ci:hunter2@db.lab/bench                         | postgresql://ci:***@db.lab/bench",
        "postgresql://ci:hunter2@db.lab:5433/bench?schema=team        | postgresql://ci:***@db.lab:5433/bench?schema=team",
        "postgresql://ci:hun@ter2@db.lab/bench                        | postgresql://ci:***@db.lab/bench",
        "postgresql://ci@db.lab/bench?password=hunter2&lease=30       | postgresql://ci@db.lab/bench?password=***&lease=30",
        "postgresql:/ci:hunter2@db.lab/bench                          | postgresql:/ci:***@db.lab/bench",
        "postgres:ci:hunter2@db.lab/bench                             | postgres:ci:***@db.lab/bench",
        "jdbc:postgresql://db.lab/bench?user=ci&password=hunter2      | jdbc:postgresql://db.lab/bench?user=***&password=***",
        "jdbc:postgresql://ci:hunter2@db.lab/bench                    | jdbc:postgresql://ci:***@db.lab/bench",
        "/var/lib/lwos-bench/bench.db                                 | /var/lib/lwos-bench/bench.db",
    })
    void maskHidesPasswordsInWellAndBadlyFormedUrlsAndLeavesPathsAlone(String url, String masked) {
        assertThat(PostgresUrl.mask(url)).isEqualTo(masked);
    }
}
