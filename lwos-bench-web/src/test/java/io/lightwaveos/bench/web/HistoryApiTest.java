package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.ApiTestSupport.json;
import static io.lightwaveos.bench.web.DashboardApiTest.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.json.HistoryJson;
import io.lightwaveos.bench.web.fixture.HistoryFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/history} and {@code /api/statistics} over a stored nightly history with a step at run 20. */
class HistoryApiTest {

    private static HistoryFixture fixture;

    private static ApiTestSupport.Served served;

    /** The tests only read: one store and one dashboard serve them all. */
    @BeforeAll
    static void store() {
        fixture = new HistoryFixture(200);
        served = ApiTestSupport.serve(fixture.data(), fixture);
    }

    @AfterAll
    static void close() {
        if (served != null) {
            served.close();
        }
    }

    private interface Check {
        void run(io.javalin.testtools.HttpClient client) throws Exception;
    }

    private static void withServer(Check check) {
        served.run((server, client) -> check.run(client));
    }

    private static JsonNode ok(io.javalin.testtools.HttpClient client, String path) {
        Response r = client.get(path);
        assertThat(r.code()).as(path + " → " + r.body().string()).isEqualTo(200);
        assertThat(header(r, "Content-Type")).startsWith("application/json");
        return json(r);
    }

    private static List<String> names(JsonNode doc) {
        List<String> names = new ArrayList<>();
        doc.get("points").forEach(p -> names.add(p.get("run").get("name").asText()));
        return names;
    }

    @Test
    void historyIsTheDocumentOfTheCliWithTheStepFound() {
        withServer(client -> {
            JsonNode doc = ok(client, "/api/history?metric=avg_total_us");
            JsonNode expected = ApiTestSupport.JSON.readTree(HistoryJson.toJson(
                    fixture.service().histories().history(HistoryQuery.of(Metric.AVG_TOTAL_US))).toString());
            assertThat(doc).isEqualTo(expected);
            assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/history/v1");
            assertThat(doc.get("filters").get("rig").asText()).as("the newest run's rig").isEqualTo("bench-1");
            assertThat(doc.get("points")).hasSize(HistoryFixture.RUNS);
            assertThat(names(doc).get(0)).isEqualTo("nightly-00");
            assertThat(doc.get("change_points")).hasSize(1);
            JsonNode change = doc.get("change_points").get(0);
            assertThat(change.get("index").asInt()).isEqualTo(HistoryFixture.STEP);
            assertThat(change.get("run").get("name").asText()).isEqualTo("nightly-20");
            assertThat(change.get("commit").asText()).isEqualTo("c0000020");
            assertThat(change.get("verdict").asText()).isEqualTo("regressed");
            assertThat(change.get("relative_change").asDouble()).isBetween(0.07, 0.13);
            assertThat(change.at("/acknowledged/reason").asText()).isEqualTo(HistoryFixture.ACK_REASON);
            assertThat(doc.get("acknowledged")).singleElement().satisfies(a -> {
                assertThat(a.get("index").asInt()).isEqualTo(HistoryFixture.STEP);
                assertThat(a.at("/run/name").asText()).isEqualTo("nightly-20");
                assertThat(a.get("metric").asText()).isEqualTo("avg_total_us");
                assertThat(a.get("reason").asText()).isEqualTo(HistoryFixture.ACK_REASON);
            });
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rig=bench-2|5|other-4",
        "last=10|10|nightly-20",
        "name=nightly-0*|10|nightly-00",
        "since=2026-10-21|10|nightly-20",
        "since=2026-10-21T02:00:01Z|9|nightly-21",
        "all_rigs=true|35|other-4",
        "branch=main&tag=nightly&workload=Ripple|30|nightly-00",
        "branch=feature|0|",
        "tag=nightly,other|0|",
    })
    void filtersSelectTheRuns(String query, int points, String oldest) {
        withServer(client -> {
            JsonNode doc = ok(client, "/api/history?metric=avg_total_us&" + query);
            assertThat(doc.get("points")).as(query).hasSize(points);
            if (points > 0) {
                assertThat(names(doc).get(0)).isEqualTo(oldest);
            }
        });
    }

    @Test
    void statisticAndChangePointSettingsAreApplied() {
        withServer(client -> {
            JsonNode p95 = ok(client, "/api/history?metric=peak_total_us&stat=p95&window=20&max_pvalue=0.01&min_magnitude=0.5");
            assertThat(p95.get("metric").asText()).isEqualTo("peak_total_us");
            assertThat(p95.get("stat").asText()).isEqualTo("p95");
            assertThat(p95.get("filters").get("window").asInt()).isEqualTo(20);
            assertThat(p95.get("filters").get("max_pvalue").asDouble()).isEqualTo(0.01);
            assertThat(p95.get("change_points")).as("no change is 50 %").isEmpty();
            assertThat(p95.get("points").get(0).get("ci95").isArray()).as("percentiles have an interval").isTrue();
            JsonNode std = ok(client, "/api/history?metric=avg_total_us&stat=std");
            assertThat(std.get("points").get(0).get("ci95").isNull()).as("std has none").isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/history", "/api/history?metric=bogus", "/api/history?metric=avg_total_us&stat=p42",
        "/api/history?metric=avg_total_us&last=0", "/api/history?metric=avg_total_us&last=abc",
        "/api/history?metric=avg_total_us&last=-3", "/api/history?metric=avg_total_us&last=99999999",
        "/api/history?metric=avg_total_us&last=1&last=2", "/api/history?metric=avg_total_us&window=1",
        "/api/history?metric=avg_total_us&max_pvalue=0", "/api/history?metric=avg_total_us&max_pvalue=1",
        "/api/history?metric=avg_total_us&max_pvalue=NaN", "/api/history?metric=avg_total_us&min_magnitude=-1",
        "/api/history?metric=avg_total_us&min_magnitude=1e9", "/api/history?metric=avg_total_us&since=yesterday",
        "/api/history?metric=avg_total_us&since=2026-13-01", "/api/history?metric=avg_total_us&all_rigs=maybe",
        "/api/history?metric=avg_total_us&rig=a%1Bb", "/api/history?metric=avg_total_us&tag=a%00",
    })
    void badParametersAre400(String path) {
        withServer(client -> {
            Response r = client.get(path);
            String body = r.body().string();
            assertThat(r.code()).as(path + " → " + body).isEqualTo(400);
            JsonNode error = ApiTestSupport.JSON.readTree(body);
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.size()).isEqualTo(2);
            assertThat(error.get("error").asText()).doesNotContain("maxPValue", "minMagnitude", "Exception");
        });
    }

    @Test
    void errorMessagesNameTheParameterAndTheRule() {
        withServer(client -> {
            assertThat(json(client.get("/api/history?metric=avg_total_us&last=0")).get("error").asText())
                    .isEqualTo("last must be an integer from 1 to 5000, got \"0\"");
            assertThat(json(client.get("/api/history?metric=avg_total_us&stat=p42")).get("error").asText())
                    .startsWith("stat: unknown statistic \"p42\"; known statistics: n, mean,");
            assertThat(json(client.get("/api/history")).get("error").asText()).startsWith("missing parameter metric");
        });
    }

    @Test
    void statisticsListsTheRegistry() {
        withServer(client -> {
            JsonNode stats = ok(client, "/api/statistics");
            List<String> ids = new ArrayList<>();
            stats.forEach(s -> ids.add(s.get("stat").asText()));
            assertThat(ids).containsExactlyElementsOf(SummaryStat.ids());
            stats.forEach(s -> assertThat(s.get("interval").asBoolean())
                    .isEqualTo(SummaryStat.byId(s.get("stat").asText()).orElseThrow().hasInterval()));
        });
    }
}
