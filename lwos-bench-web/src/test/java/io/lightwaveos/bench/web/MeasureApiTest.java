package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.ApiTestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.json.HistoryJson;
import io.lightwaveos.bench.web.fixture.HistoryFixture;
import io.lightwaveos.bench.web.fixture.MeasureResults;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures in the history and compare APIs ({@code /api/history/subjects}, {@code /api/history},
 * {@code /api/compare}) over runs of measures only beside a nightly history of frames.
 */
class MeasureApiTest {

    private static HistoryFixture fixture;
    private static ApiTestSupport.Served served;

    /** The tests only read: one store and one dashboard serve them all. */
    @BeforeAll
    static void store() {
        fixture = new HistoryFixture(20);
        MeasureResults.addTo(fixture.service());
        served = ApiTestSupport.serve(fixture.data(), fixture);
    }

    @AfterAll
    static void close() {
        if (served != null) {
            served.close();
        }
    }

    private static HttpClient client() {
        return served.client();
    }

    private static JsonNode get(String path, int status) {
        Response r = client().get(path);
        String body = r.body().string();
        assertThat(r.code()).as(path + " → " + body).isEqualTo(status);
        assertThat(r.headers().get("Content-Type")).as(path).allMatch(t -> t.startsWith("application/json"));
        try {
            return ApiTestSupport.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void subjectsAreTheFrameMetricsThenTheMeasuresEachWithTheNameHistoryTakes() {
        JsonNode subjects = get("/api/history/subjects", 200);
        assertThat(subjects).allSatisfy(s -> assertThat(fieldNames(s))
                .containsExactly("address", "id", "kind", "suite", "name", "unit", "direction"));
        List<String> addresses = new ArrayList<>();
        subjects.forEach(s -> addresses.add(s.get("address").asText()));
        List<String> frames = new ArrayList<>(java.util.Arrays.asList(Metric.ids()));
        frames.set(Metric.all().indexOf(Metric.CPU_LOAD_PERCENT), "frame:cpu_load_percent");
        assertThat(addresses.subList(0, frames.size())).containsExactlyElementsOf(frames);
        assertThat(addresses.subList(frames.size(), addresses.size())).as("by suite:name; bare where unambiguous")
                .containsExactly("decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        JsonNode decode = subjects.get(frames.size());
        assertThat(decode.get("kind").asText()).isEqualTo("measure");
        assertThat(decode.get("id").asText()).isEqualTo("jmh:decode_ns");
        assertThat(decode.get("suite").asText()).isEqualTo("jmh");
        assertThat(decode.get("unit").asText()).isEqualTo("ns/op");
        assertThat(decode.get("direction").asText()).isEqualTo("lower_is_better");
        assertThat(subjects.get(0).get("kind").asText()).isEqualTo("frame");
        assertThat(subjects.get(0).get("suite").isNull()).isTrue();
    }

    @Test
    void subjectsOfferOnlyTheMeasuresOfTheFilteredRuns() {
        JsonNode jmh = get("/api/history/subjects?tag=jmh", 200);
        assertThat(jmh).hasSize(Metric.all().size() + 1);
        assertThat(jmh.get(Metric.all().size()).get("address").asText())
                .as("still ambiguous in the store, so history needs the suite").isEqualTo("jmh:latency_ms");
        assertThat(get("/api/history/subjects?name=nightly-*", 200)).as("frame runs hold no measures")
                .hasSize(Metric.all().size());
        assertThat(get("/api/history/subjects?last=0", 400).get("error").asText())
                .isEqualTo("last must be an integer from 1 to 5000, got \"0\"");
    }

    @Test
    void aMeasuresHistoryIsTheDocumentOfTheCliWithItsStep() throws Exception {
        JsonNode doc = get("/api/history?metric=native:latency_ms", 200);
        JsonNode expected = ApiTestSupport.JSON.readTree(HistoryJson.toJson(fixture.service().histories()
                .history(HistoryQuery.of(Metric.AVG_TOTAL_US).withMeasure(MeasureRef.parse("native:latency_ms"))))
                .toString());
        assertThat(doc).isEqualTo(expected);
        assertThat(doc.get("metric").asText()).isEqualTo("native:latency_ms");
        assertThat(doc.get("unit").asText()).isEqualTo("ms");
        assertThat(doc.get("direction").asText()).isEqualTo("lower_is_better");
        assertThat(doc.get("points")).hasSize(MeasureResults.RUNS);
        assertThat(doc.get("points").get(0).at("/run/name").asText()).isEqualTo(MeasureResults.name(0));
        assertThat(doc.get("points").get(0).get("value").asDouble()).isEqualTo(8.4);
        assertThat(doc.get("points").get(0).get("ci95").isNull()).as("one value: no spread").isTrue();
        assertThat(doc.get("change_points")).singleElement().satisfies(c -> {
            assertThat(c.get("index").asInt()).isEqualTo(MeasureResults.STEP);
            assertThat(c.get("verdict").asText()).isEqualTo("regressed");
            assertThat(c.get("relative_change").asDouble()).isBetween(0.10, 0.14);
        });
        assertThat(doc.get("acknowledged")).isEmpty();
    }

    @Test
    void repeatsGiveTheMeanWithItsInterval() {
        JsonNode doc = get("/api/history?metric=decode_ns", 200);
        assertThat(doc.get("metric").asText()).isEqualTo("jmh:decode_ns");
        JsonNode first = doc.get("points").get(0);
        assertThat(first.get("value").asDouble()).isCloseTo(4.2, org.assertj.core.data.Offset.offset(0.05));
        assertThat(first.get("ci95")).hasSize(2);
        assertThat(first.get("ci95").get(0).asDouble()).isLessThan(first.get("value").asDouble())
                .isLessThan(first.get("ci95").get(1).asDouble());
        assertThat(doc.get("change_points")).extracting(c -> c.get("index").asInt()).containsExactly(MeasureResults.STEP);
        assertThat(get("/api/history?metric=frame:cpu_load_percent", 200).get("points"))
                .as("frame:NAME is the frame metric").hasSize(HistoryFixture.RUNS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "latency_ms|metric: \"latency_ms\" is a measure of 2 suites; name one of [jmh:latency_ms, native:latency_ms]",
        "cpu_load_percent|metric: \"cpu_load_percent\" is ambiguous: it names a frame metric and a measure of suite"
                + " native; name one of frame:cpu_load_percent (frame metric), native:cpu_load_percent",
        "native:nope|metric: unknown metric \"native:nope\"",
        "frame:nope|metric: unknown frame metric \"nope\"; known metrics: avg_total_us,",
        "decode_nss|metric: unknown metric \"decode_nss\"; known metrics: avg_total_us,",
    })
    void ambiguousAndUnknownNamesAreRefusedSayingWhatToName(String name, String message) {
        JsonNode error = get("/api/history?metric=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8), 400);
        assertThat(fieldNames(error)).containsExactly("error", "status");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("error").asText()).startsWith(message);
    }

    @Test
    void comparingRunsOfMeasuresOnlyComparesTheirMeasures() {
        JsonNode doc = get("/api/compare?a=" + MeasureResults.name(MeasureResults.STEP - 1) + "&b="
                + MeasureResults.name(MeasureResults.STEP), 200);
        assertThat(doc.get("metrics")).isEmpty();
        assertThat(doc.get("measures")).extracting(m -> m.get("measure").asText())
                .containsExactly("native:latency_ms", "native:cpu_load_percent", "jmh:decode_ns");
        JsonNode latency = doc.get("measures").get(0);
        assertThat(fieldNames(latency)).startsWith("measure", "suite", "name", "unit", "direction", "note", "a", "b");
        assertThat(latency.get("verdict").asText()).as("one value a side").isEqualTo("inconclusive");
        assertThat(latency.get("note").asText()).isEqualTo("single value: relative change only");
        assertThat(latency.get("relative_change").asDouble()).isBetween(0.10, 0.14);
        JsonNode decode = doc.get("measures").get(2);
        assertThat(decode.get("note").isNull()).isTrue();
        assertThat(decode.at("/a/n").asInt()).isEqualTo(5);
        assertThat(decode.get("verdict").asText()).as("repeats are tested").isEqualTo("regressed");
    }
}
