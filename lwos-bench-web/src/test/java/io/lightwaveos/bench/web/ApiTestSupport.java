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

/** Runs a dashboard over the fixture data on a free loopback port for one test. */
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

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
