package io.lightwaveos.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.javalin.testtools.TestConfig;
import io.lightwaveos.bench.web.fixture.FixtureData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Runs a dashboard over the fixture data on a free loopback port: for one test
 * ({@link #withServer}), or for a whole test class whose tests only read ({@link #serve}).
 */
final class ApiTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Live polling fast enough that push tests stay short. */
    static final DashboardOptions OPTIONS = new DashboardOptions("127.0.0.1", 0, Duration.ofMillis(50));

    interface ApiTest {
        void run(DashboardServer server, HttpClient client) throws Exception;
    }

    private ApiTestSupport() {
    }

    static void withServer(FixtureData data, ApiTest test) {
        DashboardServer server = new DashboardServer(data, OPTIONS);
        try {
            JavalinTest.test(server.javalin(), new TestConfig(false, false), (app, client) -> test.run(server, client));
        } finally {
            server.close();
            data.close();
        }
    }

    /**
     * A dashboard over {@code data} listening until {@link Served#close()}, with a client as
     * {@code JavalinTest} gives one; closing it also closes {@code owned} (the fixture), if any.
     * For a test class whose tests only read: one server for the class instead of one per test.
     */
    static Served serve(DashboardData data, AutoCloseable owned) {
        DashboardServer server = new DashboardServer(data, OPTIONS).start();
        return new Served(server, new HttpClient(server.javalin(), new TestConfig(false, false).getHttpClient()),
                owned);
    }

    /** {@link #serve(DashboardData, AutoCloseable)} over the fixture data, closed with the server. */
    static Served serve(FixtureData data) {
        return serve(data, data);
    }

    /** A started dashboard and its client; see {@link #serve}. */
    static final class Served implements AutoCloseable {
        private final DashboardServer server;
        private final HttpClient client;
        private final AutoCloseable owned;

        private Served(DashboardServer server, HttpClient client, AutoCloseable owned) {
            this.server = server;
            this.client = client;
            this.owned = owned;
        }

        DashboardServer server() {
            return server;
        }

        HttpClient client() {
            return client;
        }

        /** Runs {@code test} against this server. */
        void run(ApiTest test) {
            try {
                test.run(server, client);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            try {
                server.close();
            } finally {
                if (owned != null) {
                    try {
                        owned.close();
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
