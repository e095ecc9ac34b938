package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/dev");

    @Test
    void explicitWinsOverEnvironmentWhichWinsOverTheDefaultFile() {
        assertThat(DatabaseLocation.resolve("/tmp/x.db", "/env/y.db", HOME)).isEqualTo("/tmp/x.db");
        assertThat(DatabaseLocation.resolve(null, "/env/y.db", HOME)).isEqualTo("/env/y.db");
        assertThat(DatabaseLocation.resolve(null, "  ", HOME)).isEqualTo("/home/dev/.lwos-bench/lwos-bench.db");
        assertThat(DatabaseLocation.resolve(null, null, HOME)).isEqualTo("/home/dev/.lwos-bench/lwos-bench.db");
        assertThat(DatabaseLocation.resolve(null)).isNotBlank();
    }

    @Test
    void tildeMeansHomeInPaths() {
        assertThat(DatabaseLocation.resolve("~/bench/my.db", null, HOME)).isEqualTo("/home/dev/bench/my.db");
        assertThat(DatabaseLocation.resolve(null, "~/e.db", HOME)).isEqualTo("/home/dev/e.db");
        assertThat(DatabaseLocation.resolve("~", null, HOME)).isEqualTo("/home/dev");
    }

    @Test
    void urlsAreKeptAsGiven() {
        assertThat(DatabaseLocation.resolve("postgresql://bench@db.lab:5432/bench", "/env/y.db", HOME))
                .isEqualTo("postgresql://bench@db.lab:5432/bench");
        assertThat(DatabaseLocation.resolve(null, " postgresql://ci@pg/bench ", HOME)).isEqualTo("postgresql://ci@pg/bench");
    }

    @Test
    void anEmptyOrBlankDbIsAUsageErrorNotTheDefault() {
        for (String blank : new String[] {"", " "}) {
            assertThatThrownBy(() -> DatabaseLocation.resolve(blank, "/env/y.db", HOME))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected a database path or URL, got an empty one");
        }
    }

    @Test
    void homeIsTheHomeVariableWhenSet() {
        assertThat(DatabaseLocation.home("/from/env")).isEqualTo(Path.of("/from/env"));
        assertThat(DatabaseLocation.home(null)).isEqualTo(Path.of(System.getProperty("user.home")));
        assertThat(DatabaseLocation.home(" ")).isEqualTo(Path.of(System.getProperty("user.home")));
    }
}
