package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.ApiTestSupport.json;
import static io.lightwaveos.bench.web.DashboardApiTest.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import io.lightwaveos.bench.web.fixture.FixtureData;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a JSON 4xx with a useful message; clamping; nothing but GET is served. The tests
 * only read: one dashboard serves them all.
 */
class DashboardApiErrorsTest {

    private static ApiTestSupport.Served served;

    @BeforeAll
    static void serve() {
        served = ApiTestSupport.serve(new FixtureData(10));
    }

    @AfterAll
    static void close() {
        if (served != null) {
            served.close();
        }
    }

    private static JsonNode error(HttpClient client, String path, int status) {
        Response r = client.get(path);
        assertThat(r.code()).as(path + " → " + r.body().string()).isEqualTo(status);
        assertThat(header(r, "Content-Type")).startsWith("application/json");
        JsonNode body = json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.size()).as("exactly {error, status}").isEqualTo(2);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/runs?limit=0", "/api/runs?limit=-5", "/api/runs?limit=abc", "/api/runs?limit=99999999999999",
        "/api/runs?limit=1&limit=2", "/api/runs?status=DONE", "/api/runs?status=RUNNING%27%20OR%201=1--",
        "/api/runs/baseline-v1.4/series?max_points=0", "/api/runs/baseline-v1.4/series?max_points=-1",
        "/api/runs/baseline-v1.4/series?max_points=1e3", "/api/runs/baseline-v1.4/series?max_points=2000000",
        "/api/runs/baseline-v1.4/series?max_points=NaN", "/api/runs/baseline-v1.4/series?x=hours",
        "/api/runs/baseline-v1.4/series?metrics=avg_total_us;DROP%20TABLE%20samples",
        "/api/runs/baseline-v1.4/histogram", "/api/runs/baseline-v1.4/histogram?metric=avg_total_us&bins=0",
        "/api/runs/baseline-v1.4/histogram?metric=avg_total_us&lo=5",
        "/api/runs/baseline-v1.4/histogram?metric=avg_total_us&lo=5&hi=5",
        "/api/runs/baseline-v1.4/histogram?metric=avg_total_us&lo=NaN&hi=5",
        "/api/runs/baseline-v1.4/histogram?metric=avg_total_us&lo=0x10&hi=50",
        "/api/runs/baseline-v1.4/export?format=xml", "/api/runs/baseline-v1.4/live?after=abc",
        "/api/compare?a=baseline-v1.4", "/api/compare?b=baseline-v1.4",
        "/api/compare?a=baseline-v1.4&b=candidate-v1.5&alpha=1", "/api/compare?a=baseline-v1.4&b=candidate-v1.5&alpha=0",
        "/api/compare?a=baseline-v1.4&b=candidate-v1.5&alpha=-0.1", "/api/compare?a=baseline-v1.4&b=candidate-v1.5&alpha=abc",
        "/api/compare?a=baseline-v1.4&b=candidate-v1.5&min_effect=-1",
        "/api/compare?a=baseline-v1.4&b=candidate-v1.5&min_effect=1e9",
        "/api/compare?a=baseline-v1.4&b=candidate-v1.5&metrics=bogus",
        "/api/runs/baseline-v1.4/events?offset=-1", "/api/runs/baseline-v1.4/events?offset=abc",
        "/api/runs/baseline-v1.4/events?limit=0", "/api/runs/baseline-v1.4/events?limit=1e3",
        "/api/runs/baseline-v1.4/events?offset=99999999999",
        "/api/runs/abcd", "/api/runs/%00abc", "/api/compare?a=%0d%0aSet-Cookie:x=1&b=candidate-v1.5",
    })
    void badParametersAre400(String path) {
        served.run((server, client) -> error(client, path, 400));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/runs/no-such-run", "/api/runs/x%27%20OR%20%271%27=%271", "/api/runs/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/api/runs/ffffffff/stats", "/api/runs/..%2F..%2Fetc%2Fpasswd/series", "/api/runs/nope/histogram?metric=avg_total_us",
        "/api/runs/nope/device-histogram", "/api/runs/nope/events", "/api/runs/nope/export", "/api/compare?a=baseline-v1.4&b=nope",
        "/api/nothing", "/api/runs/baseline-v1.4/nothing", "/static/missing.js", "/no-page",
    })
    void unknownRunsAndRoutesAre404(String path) {
        served.run((server, client) -> error(client, path, 404));
    }

    @Test
    void unknownMetricListsTheKnownOnes() {
        served.run((server, client) -> {
            String message = error(client, "/api/runs/baseline-v1.4/series?metrics=avg_total_us,avg_totl_us", 400)
                    .get("error").asText();
            assertThat(message).contains("unknown metric \"avg_totl_us\"", "avg_total_us", "cpu_load_percent", "avg_chroma_us");
            assertThat(error(client, "/api/runs/baseline-v1.4/histogram?metric=", 400).get("error").asText())
                    .contains("known metrics");
        });
    }

    @Test
    void ambiguousAndUnknownReferencesListCandidates() {
        served.run((server, client) -> {
            assertThat(error(client, "/api/runs/abcd", 400).get("error").asText())
                    .contains("ambiguous", "baseline-v1.4", "candidate-v1.5");
            assertThat(error(client, "/api/runs/nope", 404).get("error").asText())
                    .contains("no run matches \"nope\"", "candidates");
        });
    }

    @Test
    void overlongReferencesAreRefusedBeforeAnyLookup() {
        served.run((server, client) ->
                assertThat(error(client, "/api/runs/" + "a".repeat(201), 400).get("error").asText())
                        .contains("1 to 200 characters"));
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 2", "9999, 9999", "10000, 10000", "10001, 10000", "1000000, 10000"})
    void maxPointsIsClampedToTwoToTenThousand(int asked, int used) {
        served.run((server, client) -> {
            JsonNode doc = json(client.get("/api/runs/baseline-v1.4/series?metrics=avg_total_us&max_points=" + asked));
            assertThat(doc.get("max_points").asInt()).isEqualTo(used);
            assertThat(doc.get("series").get(0).get("points").asInt()).isLessThanOrEqualTo(used);
        });
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "500, 500", "501, 500", "1000000, 500"})
    void histogramBinsAreClampedToOneToFiveHundred(int asked, int used) {
        served.run((server, client) ->
                assertThat(json(client.get("/api/runs/baseline-v1.4/histogram?metric=avg_total_us&bins=" + asked))
                        .get("bins").asInt()).isEqualTo(used));
    }

    @Test
    void onlyGetIsServed() {
        served.run((server, client) -> {
            for (Response r : List.of(client.post("/api/runs", "{}"), client.put("/api/runs/baseline-v1.4", "{}"),
                    client.delete("/api/runs/baseline-v1.4"), client.patch("/api/runs/baseline-v1.4", "{}"))) {
                assertThat(r.code()).isIn(404, 405);
                JsonNode body = json(r);
                assertThat(body.get("status").asInt()).isEqualTo(r.code());
            }
            assertThat(json(client.delete("/api/runs/baseline-v1.4")).get("error").asText()).contains("read-only");
            assertThat(json(client.get("/api/runs/baseline-v1.4")).get("sample_count").asInt())
                    .as("still there").isEqualTo(3000);
        });
    }

    @Test
    void requestsAddressedToAnotherHostAreRefusedOnLoopback() throws Exception {
        served.run((server, client) -> {
            assertThat(rawGet(server.port(), "evil.example:" + server.port())).startsWith("HTTP/1.1 403");
            assertThat(rawGet(server.port(), "127.0.0.1:" + server.port())).startsWith("HTTP/1.1 200");
            assertThat(rawGet(server.port(), "localhost")).startsWith("HTTP/1.1 200");
        });
    }

    private static String rawGet(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/metrics HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
