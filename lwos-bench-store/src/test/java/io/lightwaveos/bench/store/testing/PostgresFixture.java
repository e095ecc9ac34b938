package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.postgres.PostgresOptions;
import io.lightwaveos.bench.store.postgres.PostgresRunStore;
import io.lightwaveos.bench.store.postgres.PostgresUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A test's PostgreSQL store: a schema of its own (random name) in the database that
 * {@value #ENV_VAR} names, dropped when the test ends. Leases are short (2 s) so that tests of
 * dead writers do not wait long.
 *
 * <p>Without {@value #ENV_VAR} the test is skipped with a message saying how to run it, except
 * under CI ({@code CI=true}), where a missing server fails the build.
 */
public final class PostgresFixture implements StoreFixture {

    /** The environment variable with the test server's URL. */
    public static final String ENV_VAR = "LWOS_BENCH_TEST_PG_URL";
    /** The lease of the test stores. */
    public static final Duration LEASE = Duration.ofSeconds(2);
    /** Options of the test stores: short leases, a short retry window. */
    public static final PostgresOptions OPTIONS = PostgresOptions.DEFAULT.withLease(LEASE, Duration.ofMillis(400))
            .withRetryFor(Duration.ofSeconds(20));

    private final String baseUrl;
    private final String schema;
    private final List<String> schemas = new ArrayList<>();

    private PostgresFixture(String baseUrl) {
        this.baseUrl = baseUrl;
        this.schema = newSchema();
    }

    /**
     * A fixture on the test server; skips the calling test when there is none (fails it under CI).
     */
    public static PostgresFixture create() {
        return new PostgresFixture(serverUrl());
    }

    /** The test server's URL, or the test is skipped (failed under CI) with how to provide one. */
    public static String serverUrl() {
        String url = System.getenv(ENV_VAR);
        if (url == null || url.isBlank()) {
            String how = ENV_VAR + " is not set: these tests need a PostgreSQL server. Start one and run e.g. "
                    + ENV_VAR + "=postgresql://USER:PASSWORD@127.0.0.1:5432/DB mvn -B verify (scripts/test does this;"
                    + " see README, \"Team store\")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but " + how);
            }
            Assumptions.abort(how);
        }
        return url.strip();
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public RunStore open() {
        return PostgresRunStore.open(PostgresUrl.parse(location()), OPTIONS);
    }

    @Override
    public RunStore openOther(String name) {
        return PostgresRunStore.open(PostgresUrl.parse(withSchema(newSchema())), OPTIONS);
    }

    /** The test server's URL with the test's schema and the test lease, as {@code --db} takes it. */
    @Override
    public String location() {
        return withSchema(schema) + "&lease=" + LEASE.toSeconds();
    }

    @Override
    public void execute(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema);
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long queryLong(String sql) {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("SET search_path TO " + schema);
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> runTables() {
        return List.of("runs", "run_events", "sample_blocks", "run_measures");
    }

    @Override
    public RunStatus orphanStatusBeforeRecovery() {
        return RunStatus.INTERRUPTED;
    }

    @Override
    public void close() {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : schemas) {
                st.execute("DROP SCHEMA IF EXISTS " + s + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the test schemas " + schemas + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        PostgresUrl url = PostgresUrl.parse(baseUrl);
        Properties props = new Properties();
        props.setProperty("user", url.user());
        url.password().ifPresent(p -> props.setProperty("password", p));
        return DriverManager.getConnection("jdbc:postgresql://" + url.host() + ":" + url.port() + "/" + url.database(),
                props);
    }

    private String newSchema() {
        String s = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        schemas.add(s);
        return s;
    }

    private String withSchema(String s) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "schema=" + s;
    }
}
