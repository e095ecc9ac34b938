package io.lightwaveos.bench.service.json;

import static io.lightwaveos.bench.service.json.JsonAssertions.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.metric.Metric;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompareJsonTest {

    private static final RunRef A = new RunRef(UUID.fromString("00000000-0000-4000-8000-00000000000a"), "before", 6);
    private static final RunRef B = new RunRef(UUID.fromString("00000000-0000-4000-8000-00000000000b"), "after", 6);

    private static Comparison comparison() {
        Map<Metric, double[]> a = Map.of(Metric.AVG_TOTAL_US, new double[] {150, 151, 149, 150.5, 149.5, 150},
                Metric.CPU_LOAD_PERCENT, new double[] {0.5, 0.5, 0.5});
        Map<Metric, double[]> b = Map.of(Metric.AVG_TOTAL_US, new double[] {160, 161, 159, 160.5, 159.5, 160},
                Metric.CPU_LOAD_PERCENT, new double[] {0.5, 0.5, 0.5});
        return Comparison.compare(a, b, CompareOptions.defaults()
                .withMetrics(List.of(Metric.AVG_TOTAL_US, Metric.CPU_LOAD_PERCENT, Metric.AVG_CHROMA_US)));
    }

    @Test
    void aMeasureHasTheKeysOfAMetricWithItsSuiteNameAndNote() {
        io.lightwaveos.bench.measure.MeasureSet a = io.lightwaveos.bench.measure.MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", io.lightwaveos.bench.metric.Direction.LOWER_IS_BETTER).build();
        io.lightwaveos.bench.measure.MeasureSet b = io.lightwaveos.bench.measure.MeasureSet.builder("native")
                .record("latency_ms", 9.0, "ms", io.lightwaveos.bench.metric.Direction.LOWER_IS_BETTER).build();
        ObjectNode doc = CompareJson.toJson(A, B, Comparison.compare(Map.of(), Map.of(), a, b, CompareOptions.defaults()));
        JsonNode m = doc.get("measures").get(0);
        assertThat(keys(m)).containsExactly("measure", "suite", "name", "unit", "direction", "note", "a", "b",
                "mean_diff", "relative_change", "welch", "student", "mann_whitney", "cohens_d", "hedges_g",
                "effect_size", "adjusted", "ci95_relative", "ci90_relative", "significant", "verdict", "samples_needed");
        assertThat(m.get("measure").asText()).isEqualTo("native:latency_ms");
        assertThat(m.get("note").asText()).isEqualTo("single value: relative change only");
        assertThat(m.get("verdict").asText()).isEqualTo("inconclusive");
        assertThat(doc.get("metrics")).isEmpty();
        assertThat(doc.get("headline").asText()).contains("native:latency_ms");
    }

    @Test
    void documentHasTheSpecKeysInOrder() throws Exception {
        ObjectNode doc = CompareJson.toJson(A, B, comparison());
        assertThat(keys(doc)).containsExactly("schema", "run_a", "run_b", "alpha", "min_effect", "metrics",
                "measures", "regressions", "improvements", "equivalent", "inconclusive", "headline", "notes");
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/compare/v2");
        assertThat(doc.get("measures")).as("no measure compared").isEmpty();
        assertThat(keys(doc.get("run_a"))).containsExactly("id", "name", "sample_count");
        assertThat(doc.get("run_a").get("id").asText()).isEqualTo("00000000-0000-4000-8000-00000000000a");
        assertThat(doc.get("run_b").get("name").asText()).isEqualTo("after");
        assertThat(doc.get("alpha").asDouble()).isEqualTo(0.05);
        assertThat(doc.get("min_effect").asDouble()).isEqualTo(0.01);
        JsonNode total = doc.get("metrics").get(0);
        assertThat(keys(total)).containsExactly("metric", "unit", "direction", "derived_from", "a", "b", "mean_diff",
                "relative_change", "welch", "student", "mann_whitney", "cohens_d", "hedges_g", "effect_size",
                "adjusted", "ci95_relative", "ci90_relative", "significant", "verdict", "samples_needed");
        assertThat(keys(total.get("welch"))).containsExactly("t", "df", "p");
        assertThat(keys(total.get("student"))).containsExactly("t", "df", "p");
        assertThat(keys(total.get("mann_whitney"))).containsExactly("u", "p");
        assertThat(keys(total.get("adjusted"))).containsExactly("n_eff_a", "n_eff_b", "t", "df", "p", "ci95", "ci90", "p_holm");
        assertThat(keys(total.get("a"))).hasSize(14).startsWith("n", "mean");
        JsonAssertions.assertStrictJson(doc);
    }

    @Test
    void prettyTextIndentsTwoSpacesWithOneArrayElementPerLine() {
        String text = Json.pretty(CompareJson.toJson(A, B, comparison()));
        assertThat(text).startsWith("{\n  \"schema\": \"lwos-bench/compare/v2\",\n  \"run_a\": {\n    \"id\": ")
                .contains("\"ci95\": [\n").contains("\"ci95\": null,").endsWith("\n}\n");
    }

    @Test
    void valuesComeFromTheComparison() {
        Comparison c = comparison();
        MetricComparison m = c.metrics().get(0);
        JsonNode total = CompareJson.toJson(A, B, c).get("metrics").get(0);
        assertThat(total.get("metric").asText()).isEqualTo("avg_total_us");
        assertThat(total.get("unit").asText()).isEqualTo("µs");
        assertThat(total.get("direction").asText()).isEqualTo("lower_is_better");
        assertThat(total.get("mean_diff").asDouble()).isEqualTo(m.meanDiff());
        assertThat(total.get("welch").get("p").asDouble()).isEqualTo(m.welch().p());
        assertThat(total.get("mann_whitney").get("u").asDouble()).isEqualTo(0.0);
        assertThat(total.get("effect_size").asText()).isEqualTo("large");
        assertThat(total.get("derived_from").isNull()).isTrue();
        assertThat(total.get("adjusted").get("ci95").get(0).asDouble()).isEqualTo(m.adjusted().ci95().lo());
        assertThat(total.get("adjusted").get("ci95").get(1).asDouble()).isEqualTo(m.adjusted().ci95().hi());
        assertThat(total.get("adjusted").get("ci90").get(0).asDouble()).isEqualTo(m.adjusted().ci90().lo());
        assertThat(total.get("ci95_relative").get(1).asDouble()).isEqualTo(m.ci95Relative().hi());
        assertThat(total.get("ci90_relative").get(0).asDouble()).isEqualTo(m.ci90Relative().lo());
        assertThat(total.get("adjusted").get("p_holm").asDouble()).isEqualTo(m.adjusted().pHolm());
        assertThat(total.get("significant").asBoolean()).isEqualTo(m.significant());
        assertThat(total.get("verdict").asText()).isEqualTo(m.verdict().jsonName());
    }

    @Test
    void uncomputableValuesAreNullNeverNaN() throws Exception {
        ObjectNode doc = CompareJson.toJson(A, B, comparison());
        JsonNode constant = doc.get("metrics").get(1);
        assertThat(constant.get("welch").get("t").isNull()).isTrue();
        assertThat(constant.get("cohens_d").isNull()).isTrue();
        assertThat(constant.get("effect_size").isNull()).isTrue();
        assertThat(constant.get("mann_whitney").get("p").isNull()).isTrue();
        assertThat(constant.get("adjusted").get("ci95").isNull()).isTrue();
        assertThat(constant.get("verdict").asText()).isEqualTo("inconclusive");
        assertThat(constant.get("derived_from").asText()).isEqualTo("avg_total_us");
        assertThat(constant.get("samples_needed").isNull()).as("no interval, nothing to scale").isTrue();
        JsonNode missing = doc.get("metrics").get(2);
        assertThat(missing.get("a").get("n").asLong()).isZero();
        assertThat(missing.get("a").get("mean").isNull()).isTrue();
        assertThat(missing.get("mean_diff").isNull()).isTrue();
        assertThat(missing.get("adjusted").get("n_eff_a").isNull()).isTrue();
        assertThat(doc.get("regressions").asInt()).isEqualTo(1);
        assertThat(doc.get("improvements").asInt()).isZero();
        assertThat(doc.get("equivalent").asInt()).isZero();
        assertThat(doc.get("inconclusive").asInt()).as("avg_chroma_us; cpu_load_percent is derived").isEqualTo(1);
        assertThat(doc.get("headline").asText()).startsWith("B is 6.7 % slower on avg_total_us (95 % CI +")
                .endsWith("%), 1 regression, 1 inconclusive");
        assertThat(doc.get("notes").get(0).asText()).startsWith("avg_total_us regressed: B - A = +10.00 µs");
        JsonAssertions.assertStrictJson(doc);
    }
}
