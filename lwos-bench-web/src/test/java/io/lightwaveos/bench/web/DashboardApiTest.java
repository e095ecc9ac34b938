package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.web.fixture.FixtureData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the JSON API: status, content type and document shape. The tests only read: one
 * dashboard serves them all.
 */
class DashboardApiTest {

    private static ApiTestSupport.Served served;

    @BeforeAll
    static void serve() {
        served = ApiTestSupport.serve(new FixtureData(100));
    }

    @AfterAll
    static void close() {
        if (served != null) {
            served.close();
        }
    }

    private static final List<String> RUN_FIELDS = List.of("schema", "id", "name", "description", "tags", "source",
            "status", "started_at", "ended_at", "sample_count", "counters", "context", "quality", "stats");
    private static final List<String> COUNTER_FIELDS = List.of("frames_foreign", "frames_malformed", "gaps",
            "frames_lost_estimate", "reconnects", "reboots");
    private static final List<String> COMPARED_FIELDS = List.of("metric", "unit", "direction", "derived_from", "a", "b",
            "mean_diff", "relative_change", "welch", "student", "mann_whitney", "cohens_d", "hedges_g", "effect_size",
            "adjusted", "ci95_relative", "ci90_relative", "significant", "verdict", "samples_needed");
    private static final List<String> ADJUSTED_FIELDS = List.of("n_eff_a", "n_eff_b", "t", "df", "p", "ci95", "ci90",
            "p_holm");
    private static final List<String> SUMMARY_FIELDS = List.of("n", "mean", "std", "min", "max", "median", "mad",
            "p50", "p90", "p95", "p99", "p99_9", "lag1_autocorrelation", "n_eff");

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String header(Response r, String name) {
        List<String> values = r.headers().get(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static void assertJson(Response r, int status) {
        assertThat(r.code()).as(r.body().string()).isEqualTo(status);
        assertThat(header(r, "Content-Type")).startsWith("application/json");
    }

    private static HttpClient client() {
        return served.client();
    }

    /** The document at {@code path}, whatever its status. */
    private static JsonNode get(String path) {
        return json(client().get(path));
    }

    /** The document at {@code path}, which must answer 200 with JSON. */
    private static JsonNode ok(String path) {
        Response r = client().get(path);
        assertJson(r, 200);
        return json(r);
    }

    @Test
    void runsListsRunDocumentsMostRecentFirst() {
        JsonNode runs = ok("/api/runs");
        assertThat(runs.isArray()).isTrue();
        assertThat(runs).hasSize(5);
        List<String> started = new ArrayList<>();
        for (JsonNode run : runs) {
            assertThat(fieldNames(run)).containsExactlyElementsOf(RUN_FIELDS);
            assertThat(run.get("schema").asText()).isEqualTo("lwos-bench/run/v2");
            assertThat(fieldNames(run.get("counters"))).containsExactlyElementsOf(COUNTER_FIELDS);
            assertThat(run.has("events")).as("list elements carry no events").isFalse();
            started.add(run.get("started_at").asText());
        }
        assertThat(started).isSortedAccordingTo((a, b) -> java.time.Instant.parse(b).compareTo(java.time.Instant.parse(a)));
    }

    @Test
    void runsFilterByTagNameStatusAndLimit() {
        assertThat(get("/api/runs?tag=esp32s3")).hasSize(3);
        assertThat(get("/api/runs?tag=esp32s3,baseline")).hasSize(1);
        assertThat(get("/api/runs?name=V1.")).extracting(n -> n.get("name").asText())
                .containsExactly("candidate-v1.5", "baseline-v1.4");
        assertThat(get("/api/runs?status=complete")).hasSize(2);
        assertThat(get("/api/runs?status=RUNNING").get(0).get("name").asText()).isEqualTo("live-capture");
        assertThat(get("/api/runs?limit=2")).hasSize(2);
        assertThat(get("/api/runs?limit=5000")).as("clamped, not refused").hasSize(5);
        assertThat(get("/api/runs?tag=nope")).isEmpty();
    }

    @Test
    void runsFilterByRigBranchFirmwareAndWorkloadAsListRunsDoes() {
        JsonNode bench1 = get("/api/runs?rig=bench-1");
        assertThat(bench1).extracting(n -> n.get("name").asText()).containsExactly("baseline-v1.4");
        assertThat(bench1.get(0).at("/context/rig").asText()).isEqualTo("bench-1");
        assertThat(bench1.get(0).at("/context/device/firmware").asText()).isEqualTo("1.4.0");
        assertThat(bench1.get(0).at("/context/vcs/commit").asText()).isEqualTo("1a2b3c4d");
        assertThat(bench1.get(0).get("quality").isArray()).isTrue();
        assertThat(get("/api/runs?branch=feature/chroma")).extracting(n -> n.get("name").asText())
                .containsExactly("candidate-v1.5");
        assertThat(get("/api/runs?firmware=1.5.0-rc1")).extracting(n -> n.get("name").asText())
                .containsExactly("candidate-v1.5");
        assertThat(get("/api/runs?workload=Ripple")).extracting(n -> n.get("name").asText())
                .containsExactly("candidate-v1.5", "baseline-v1.4");
        assertThat(get("/api/runs?rig=bench-1&branch=feature/chroma")).as("every filter must match").isEmpty();
        assertThat(get("/api/runs?rig=bench")).as("exact, not a substring").isEmpty();
        Response tooLong = client().get("/api/runs?rig=" + "x".repeat(201));
        assertJson(tooLong, 400);
    }

    @Test
    void runByIdPrefixOrNameCarriesEvents() {
        for (String ref : List.of(FixtureData.BASELINE.toString(), "abcd1234", "ABCD1234-0000", "baseline-v1.4")) {
            JsonNode run = ok("/api/runs/" + ref);
            assertThat(run.get("id").asText()).isEqualTo(FixtureData.BASELINE.toString());
            assertThat(run.get("events").isArray()).isTrue();
            JsonNode gap = null;
            for (JsonNode e : run.get("events")) {
                assertThat(fieldNames(e)).containsExactly("at", "type", "detail");
                if (e.get("type").asText().equals("gap")) {
                    gap = e;
                }
            }
            assertThat(gap).isNotNull();
            assertThat(fieldNames(run.get("stats").get("avg_total_us"))).containsExactlyElementsOf(SUMMARY_FIELDS);
        }
    }

    @Test
    void runDocumentCarriesTheFirstEventsAndTheEventsApiPagesThroughAll() {
        int total = 4 + FixtureData.BASELINE_FLAPS; // connected, subscribed, gap, flaps, stopped
        JsonNode run = get("/api/runs/baseline-v1.4");
        assertThat(run.get("events")).as("bounded").hasSize(DashboardData.RUN_EVENTS);
        assertThat(run.get("events_total").asInt()).isEqualTo(total);
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; offset <= total; offset += 30) {
            JsonNode page = ok("/api/runs/abcd1234/events?offset=" + offset + "&limit=30");
            assertThat(fieldNames(page)).containsExactly("run", "total", "offset", "limit", "events");
            assertThat(page.get("run").get("name").asText()).isEqualTo("baseline-v1.4");
            assertThat(page.get("total").asInt()).isEqualTo(total);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get("events").size()).isEqualTo(Math.max(0, Math.min(30, total - offset)));
            page.get("events").forEach(all::add);
        }
        assertThat(all).hasSize(total);
        assertThat(all.subList(0, DashboardData.RUN_EVENTS)).containsExactlyElementsOf(run.get("events"));
        assertThat(all).extracting(e -> java.time.Instant.parse(e.get("at").asText())).isSorted();
        assertThat(all.get(total - 1).get("type").asText()).isEqualTo("stopped");
        assertThat(get("/api/runs/baseline-v1.4/events").get("events")).as("default page").hasSize(100);
        assertThat(get("/api/runs/baseline-v1.4/events?limit=5000").get("limit").asInt())
                .as("clamped to 1000").isEqualTo(1000);
        assertThat(get("/api/runs/baseline-v1.4/events?offset=100000").get("events")).isEmpty();
    }

    @Test
    void statsHasASummaryPerMetric() {
        JsonNode doc = ok("/api/runs/baseline-v1.4/stats");
        assertThat(fieldNames(doc.get("run"))).containsExactly("id", "name", "status", "sample_count");
        assertThat(fieldNames(doc.get("stats"))).containsExactlyInAnyOrder(Metric.ids());
        doc.get("stats").forEach(s -> assertThat(fieldNames(s)).containsExactlyElementsOf(SUMMARY_FIELDS));

        JsonNode empty = get("/api/runs/unreachable-device/stats").get("stats").get("avg_total_us");
        assertThat(empty.get("n").asInt()).isZero();
        assertThat(empty.get("mean").isNull()).as("not computable is null, never NaN").isTrue();
    }

    @Test
    void theRunDocumentAndTheMeasuresApiCarryTheRunsMeasures() {
        FixtureData data = new FixtureData(10);
        data.addMeasureRun("native-42", MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .report("sample_rate_hz", 44100, "Hz")
                .add(Measure.of("jmh", "decode_ns", "ns/op", Direction.LOWER_IS_BETTER, 4.1, 4.3, 4.2))
                .build());
        data.saveMeasures(FixtureData.BASELINE, MeasureSet.builder("device")
                .record("device_fps", new double[] {119, 120, 121}, "fps", Direction.HIGHER_IS_BETTER).build());
        ApiTestSupport.withServer(data, (server, client) -> {
            Response r = client.get("/api/runs/native-42");
            assertJson(r, 200);
            JsonNode run = json(r);
            assertThat(run.get("sample_count").asInt()).isZero();
            JsonNode measures = run.get("measures");
            assertThat(measures).hasSize(3);
            assertThat(fieldNames(measures.get(0))).containsExactly("name", "suite", "unit", "direction", "values", "summary");
            assertThat(measures.get(0).get("name").asText()).isEqualTo("latency_ms");
            assertThat(measures.get(0).get("suite").asText()).isEqualTo("native");
            assertThat(measures.get(0).get("direction").asText()).isEqualTo("lower_is_better");
            assertThat(measures.get(0).get("values").get(0).asDouble()).isEqualTo(8.4);
            assertThat(measures.get(1).get("direction").isNull()).as("reported, never gated").isTrue();
            JsonNode decode = measures.get(2);
            assertThat(decode.get("values")).hasSize(3);
            assertThat(fieldNames(decode.get("summary"))).containsExactlyElementsOf(SUMMARY_FIELDS);
            assertThat(decode.get("summary").get("n").asInt()).isEqualTo(3);
            assertThat(decode.get("summary").get("median").asDouble()).isEqualTo(4.2);

            Response m = client.get("/api/runs/native-42/measures");
            assertJson(m, 200);
            JsonNode doc = json(m);
            assertThat(fieldNames(doc)).containsExactly("run", "measures");
            assertThat(doc.get("run").get("name").asText()).isEqualTo("native-42");
            assertThat(doc.get("measures")).isEqualTo(measures);

            JsonNode both = json(client.get("/api/runs/baseline-v1.4"));
            assertThat(both.get("sample_count").asInt()).isEqualTo(3000);
            assertThat(both.get("measures")).singleElement().satisfies(f -> assertThat(f.get("name").asText())
                    .isEqualTo("device_fps"));
            assertThat(json(client.get("/api/runs/candidate-v1.5/measures")).get("measures")).isEmpty();
            assertThat(json(client.get("/api/runs/candidate-v1.5")).get("measures")).isEmpty();
            assertThat(client.get("/api/runs/no-such-run/measures").code()).isEqualTo(404);
        });
    }

    @Test
    void seriesAreDownsampledToMaxPointsAndAscending() {
        JsonNode doc = ok("/api/runs/baseline-v1.4/series?metrics=avg_total_us,cpu_load_percent&max_points=300");
        assertThat(fieldNames(doc)).containsExactly("run", "x_axis", "x_unit", "max_points", "last_seq", "series");
        assertThat(doc.get("x_axis").asText()).isEqualTo("time");
        assertThat(doc.get("max_points").asInt()).isEqualTo(300);
        assertThat(doc.get("last_seq").asLong()).isEqualTo(2999);
        assertThat(doc.get("series")).extracting(s -> s.get("metric").asText())
                .containsExactly("avg_total_us", "cpu_load_percent");
        for (JsonNode s : doc.get("series")) {
            assertThat(fieldNames(s)).containsExactly("metric", "unit", "label", "points_in", "points", "x", "y");
            assertThat(s.get("points_in").asLong()).isEqualTo(3000);
            assertThat(s.get("x").size()).isEqualTo(s.get("points").asInt()).isLessThanOrEqualTo(300).isEqualTo(s.get("y").size());
            double previous = Double.NEGATIVE_INFINITY;
            for (JsonNode x : s.get("x")) {
                assertThat(x.asDouble()).isGreaterThan(previous);
                previous = x.asDouble();
            }
        }
        assertThat(doc.get("series").get(1).get("unit").asText()).isEqualTo("%");
    }

    @Test
    void seriesDefaultsToEveryMetricAndCanUseSeqAsX() {
        JsonNode all = get("/api/runs/abcd1234/series");
        assertThat(all.get("max_points").asInt()).isEqualTo(2000);
        assertThat(all.get("series")).hasSize(Metric.all().size());
        JsonNode extended = all.get("series").get(Metric.all().indexOf(Metric.AVG_DC_AGC_US));
        assertThat(extended.get("points_in").asLong()).isEqualTo(300);

        JsonNode bySeq = get("/api/runs/abcd1234/series?metrics=avg_total_us&x=seq&max_points=10");
        assertThat(bySeq.get("x_axis").asText()).isEqualTo("seq");
        JsonNode x = bySeq.get("series").get(0).get("x");
        assertThat(x.get(0).asDouble()).isZero();
        assertThat(x.get(x.size() - 1).asDouble()).isEqualTo(2999);
    }

    @Test
    void histogramBinsEveryValueWithPercentileMarkers() {
        JsonNode h = ok("/api/runs/baseline-v1.4/histogram?metric=avg_total_us&bins=25");
        assertThat(fieldNames(h)).containsExactly("run", "metric", "unit", "label", "n", "bins", "edges", "counts",
                "below", "above", "p50", "p95", "p99");
        assertThat(h.get("bins").asInt()).isEqualTo(25);
        assertThat(h.get("edges")).hasSize(26);
        long sum = 0;
        for (JsonNode c : h.get("counts")) {
            sum += c.asLong();
        }
        assertThat(sum).isEqualTo(h.get("n").asLong()).isEqualTo(3000);
        assertThat(h.get("p50").asDouble()).isLessThan(h.get("p95").asDouble()).isLessThan(h.get("p99").asDouble());

        JsonNode ranged = get("/api/runs/baseline-v1.4/histogram?metric=avg_total_us&bins=10&lo=150&hi=160");
        assertThat(ranged.get("edges").get(0).asDouble()).isEqualTo(150);
        assertThat(ranged.get("edges").get(10).asDouble()).isEqualTo(160);
        assertThat(ranged.get("below").asLong() + ranged.get("above").asLong()).isPositive();

        JsonNode none = get("/api/runs/wifi-soak/histogram?metric=avg_chroma_us");
        assertThat(none.get("n").asLong()).isZero();
        assertThat(none.get("p50").isNull()).isTrue();
    }

    @Test
    void deviceHistogramIsAvailableOnlyWithExtendedFrames() {
        JsonNode with = get("/api/runs/baseline-v1.4/device-histogram");
        assertThat(with.get("available").asBoolean()).isTrue();
        assertThat(with.get("counts")).hasSize(8);
        assertThat(with.get("labels")).hasSize(8);
        assertThat(with.get("upper_edges_us")).hasSize(7);
        assertThat(with.get("extended_frames").asLong()).isEqualTo(300);

        JsonNode without = get("/api/runs/wifi-soak/device-histogram");
        assertThat(without.get("available").asBoolean()).isFalse();
        assertThat(without.get("counts").isNull()).isTrue();
    }

    @Test
    void compareReturnsTheCompareDocument() {
        JsonNode doc = ok("/api/compare?a=baseline-v1.4&b=abcd5678&alpha=0.01&min_effect=0.02");
        assertThat(fieldNames(doc)).containsExactly("schema", "run_a", "run_b", "alpha", "min_effect", "metrics",
                "measures", "regressions", "improvements", "equivalent", "inconclusive", "headline", "notes");
        assertThat(doc.get("measures")).as("the fixture's runs hold no measures").isEmpty();
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/compare/v2");
        assertThat(doc.get("run_a").get("id").asText()).isEqualTo(FixtureData.BASELINE.toString());
        assertThat(doc.get("run_b").get("id").asText()).isEqualTo(FixtureData.CANDIDATE.toString());
        assertThat(doc.get("alpha").asDouble()).isEqualTo(0.01);
        assertThat(doc.get("min_effect").asDouble()).isEqualTo(0.02);
        JsonNode m = doc.get("metrics").get(0);
        assertThat(fieldNames(m)).containsExactlyElementsOf(COMPARED_FIELDS);
        assertThat(fieldNames(m.get("adjusted"))).containsExactlyElementsOf(ADJUSTED_FIELDS);
        assertThat(doc.get("headline").asText()).startsWith("B is ").contains("slower on avg_total_us");

        JsonNode chosen = get("/api/compare?a=baseline-v1.4&b=candidate-v1.5&metrics=cpu_load_percent");
        assertThat(chosen.get("metrics")).hasSize(1);
        assertThat(chosen.get("alpha").asDouble()).isEqualTo(0.05);

        Response nothing = client().get("/api/compare?a=baseline-v1.4&b=unreachable-device");
        assertJson(nothing, 400);
        assertThat(json(nothing).get("error").asText()).isEqualTo("cannot compare baseline-v1.4 with"
                + " unreachable-device: nothing to compare: no metric of avg_total_us, avg_goertzel_us,"
                + " cpu_load_percent, peak_total_us, peak_goertzel_us has values in both runs (A has avg_total_us,"
                + " avg_goertzel_us, cpu_load_percent, peak_total_us, peak_goertzel_us, B has none)");
    }

    @Test
    void exportStreamsCsvAndJsonDownloads() {
        Response csv = client().get("/api/runs/wifi-soak/export?format=csv");
        assertThat(csv.code()).isEqualTo(200);
        assertThat(header(csv, "Content-Type")).startsWith("text/csv");
        assertThat(header(csv, "Content-Disposition"))
                .isEqualTo("attachment; filename=\"lwos-bench-wifi-soak-5a0c0000.csv\"");
        String[] lines = csv.body().string().split("\n");
        assertThat(lines).hasSize(801);
        assertThat(lines[0]).startsWith("timestamp_utc,timestamp_ms,avg_total_us");

        JsonNode exported = ok("/api/runs/wifi-soak/export?format=json");
        assertThat(exported.get("schema").asText()).isEqualTo("lwos-bench/export/v3");
        assertThat(exported.get("run").get("name").asText()).isEqualTo("wifi-soak");
        assertThat(exported.get("samples")).hasSize(800);

        assertThat(header(client().get("/api/runs/wifi-soak/export"), "Content-Type")).as("csv by default")
                .startsWith("text/csv");
    }

    @Test
    void metricsListsTheRegistry() {
        JsonNode metrics = get("/api/metrics");
        assertThat(metrics).extracting(m -> m.get("metric").asText()).containsExactly(Metric.ids());
        assertThat(metrics.get(0).get("direction").asText()).isEqualTo("lower_is_better");
    }

    @Test
    void pagesAndAssetsAreServedFromTheJar() {
        for (String[] page : new String[][] {{"/", "<title>Runs"}, {"/runs/baseline-v1.4", "<title>Run"},
                {"/runs/live-capture/live", "<title>Live"}, {"/compare?a=x&b=y", "<title>Compare"}}) {
            Response r = client().get(page[0]);
            assertThat(r.code()).isEqualTo(200);
            assertThat(header(r, "Content-Type")).startsWith("text/html");
            String html = r.body().string();
            assertThat(html).contains(page[1]).contains("/vendor/uPlot.iife.min.js");
            assertThat(html).as("nothing from the internet").doesNotContain("http://", "https://");
        }
        Response uplot = client().get("/vendor/uPlot.iife.min.js");
        assertThat(uplot.code()).isEqualTo(200);
        assertThat(header(uplot, "Content-Type")).startsWith("text/javascript");
        assertThat(uplot.body().string()).contains("uPlot");
        assertThat(client().get("/vendor/uPlot.min.css").body().string()).contains(".uplot");
        for (String asset : List.of("/static/app.css", "/static/js/common.js", "/static/js/charts.js",
                "/static/js/runs.js", "/static/js/run.js", "/static/js/compare.js", "/static/js/live.js")) {
            Response r = client().get(asset);
            assertThat(r.code()).as(asset).isEqualTo(200);
            assertThat(r.body().string()).as(asset).doesNotContain("http://", "https://", "innerHTML");
        }
    }

    @Test
    void responsesCarryBrowserHardeningHeaders() {
        for (String path : List.of("/", "/api/runs", "/api/runs/nope")) {
            Response r = client().get(path);
            assertThat(header(r, "Content-Security-Policy")).contains("default-src 'self'");
            assertThat(header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(header(r, "X-Frame-Options")).isEqualTo("DENY");
        }
    }
}
