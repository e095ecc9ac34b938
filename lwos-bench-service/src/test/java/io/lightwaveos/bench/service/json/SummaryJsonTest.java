package io.lightwaveos.bench.service.json;

import static io.lightwaveos.bench.service.json.JsonAssertions.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    private static final List<String> SPEC_FIELDS = List.of("n", "mean", "std", "min", "max", "median", "mad",
            "p50", "p90", "p95", "p99", "p99_9", "lag1_autocorrelation", "n_eff");

    @Test
    void fieldsAreTheSpecsInItsOrderWithAnIntegerN() throws Exception {
        ObjectNode json = SummaryJson.toJson(Summary.of(new double[] {1, 2, 3, 4}));
        assertThat(keys(json)).containsExactlyElementsOf(SPEC_FIELDS);
        assertThat(json.get("n").isIntegralNumber()).isTrue();
        assertThat(json.get("n").asLong()).isEqualTo(4);
        assertThat(json.get("mean").asDouble()).isEqualTo(2.5);
        assertThat(json.get("p50").asDouble()).isEqualTo(2.5);
        JsonAssertions.assertStrictJson(json);
    }

    @Test
    void statisticsThatCannotBeComputedAreNull() throws Exception {
        ObjectNode empty = SummaryJson.toJson(Summary.of(new double[0]));
        assertThat(empty.get("n").asLong()).isZero();
        for (String f : SPEC_FIELDS.subList(1, SPEC_FIELDS.size())) {
            assertThat(empty.get(f).isNull()).as(f).isTrue();
        }
        ObjectNode one = SummaryJson.toJson(Summary.of(new double[] {7}));
        assertThat(one.get("std").isNull()).isTrue();
        assertThat(one.get("mean").asDouble()).isEqualTo(7.0);
        JsonAssertions.assertStrictJson(empty);
    }

    @Test
    void cachedStatisticsRenderTheSameAsTheSummary() {
        Summary s = Summary.of(new double[] {5, 1, 4, 2, 3});
        Map<String, Double> cached = new LinkedHashMap<>(s.asMap());
        cached.put("something_else", 1.0);
        cached.put("mad", Double.NaN);
        cached.remove("p99_9");
        ObjectNode json = SummaryJson.toJson(cached);
        assertThat(keys(json)).containsExactlyElementsOf(SPEC_FIELDS);
        assertThat(json.get("mad").isNull()).as("NaN is written as null").isTrue();
        assertThat(json.get("p99_9").isNull()).as("missing is written as null").isTrue();
        assertThat(json.get("mean")).isEqualTo(SummaryJson.toJson(s).get("mean"));
    }
}
