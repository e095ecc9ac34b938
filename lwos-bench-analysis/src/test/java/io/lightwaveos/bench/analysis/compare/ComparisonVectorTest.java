package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.ReferenceChecks;
import io.lightwaveos.bench.analysis.ReferenceData;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.Tolerance;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the shared {@code stats.json} and of our {@code extra_cases.json} (both made with
 * numpy/scipy): every summary field of both runs and every comparison field, Holm-adjusted p
 * included, within 1e-9 relative (1e-12 absolute near 0).
 */
class ComparisonVectorTest {

    /**
     * The shared vectors predate derived metrics: their p_holm adjusts over every metric of a case,
     * cpu_load_percent included. Their Holm values are checked against our Holm over all the
     * metrics' adjusted p; the comparison's own p_holm (derived metrics outside the family) is
     * checked by the extra cases.
     */
    @TestFactory
    Stream<DynamicTest> sharedStatsCasesMatchScipy() {
        return casesOf(ReferenceData.sharedStats(), true);
    }

    @TestFactory
    Stream<DynamicTest> extraCasesMatchScipy() {
        return casesOf(ReferenceData.extraCases(), false);
    }

    private static Stream<DynamicTest> casesOf(JsonNode file, boolean holmOverAll) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : file.get("cases")) {
            String name = c.get("name").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> checkCase(name, c, holmOverAll)));
        }
        assertThat(tests).isNotEmpty();
        return tests.stream();
    }

    private static void checkCase(String name, JsonNode c, boolean holmOverAll) {
        Map<Metric, double[]> a = new EnumMap<>(Metric.class);
        Map<Metric, double[]> b = new EnumMap<>(Metric.class);
        List<Metric> metrics = new ArrayList<>();
        c.get("metrics").fieldNames().forEachRemaining(id -> metrics.add(Metric.requireById(id)));
        for (Metric m : metrics) {
            a.put(m, ReferenceData.doubles(c.get("data").get("a").get(m.id())));
            b.put(m, ReferenceData.doubles(c.get("data").get("b").get(m.id())));
        }
        CompareOptions options = CompareOptions.defaults().withMetrics(metrics);
        if (c.has("alpha")) {
            options = options.withAlpha(c.get("alpha").asDouble());
        }
        if (c.has("min_effect")) {
            options = options.withMinEffect(c.get("min_effect").asDouble());
        }
        Comparison comparison = Comparison.compare(a, b, options);
        assertThat(comparison.metrics()).extracting(MetricComparison::metric).containsExactlyElementsOf(metrics);
        if (holmOverAll) {
            Double[] p = comparison.metrics().stream().map(m -> m.adjusted().p()).toArray(Double[]::new);
            Double[] holm = Holm.adjust(p);
            for (int i = 0; i < holm.length; i++) {
                MetricComparison mc = comparison.metrics().get(i);
                Tolerance.assertClose(name + " / " + mc.metric().id() + " p_holm over all metrics", holm[i],
                        c.get("metrics").get(mc.metric().id()).get("compare").get("adjusted").get("p_holm"));
            }
        }
        for (MetricComparison mc : comparison.metrics()) {
            JsonNode expected = c.get("metrics").get(mc.metric().id());
            String label = name + " / " + mc.metric().id();
            ReferenceChecks.checkSummary(label + " a", expected.get("a"), mc.a());
            ReferenceChecks.checkSummary(label + " b", expected.get("b"), mc.b());
            ReferenceChecks.checkSummary(label + " a (Summary.of)", expected.get("a"), Summary.of(a.get(mc.metric())));
            ReferenceChecks.checkComparison(label, expected.get("compare"), mc, holmOverAll);
        }
    }
}
