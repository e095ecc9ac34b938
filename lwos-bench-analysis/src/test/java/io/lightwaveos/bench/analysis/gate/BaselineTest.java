package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.testing.SpecExamples;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BaselineTest {

    static Baseline parse(String json) {
        try {
            return Baseline.fromDocument(new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() { }));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void readsTheSpecExample() {
        Baseline b = parse(SpecExamples.BASELINE);
        assertThat(b.values()).containsExactly(Map.entry("avg_total_us", 160.0), Map.entry("cpu_load_percent", 35.0));
        Threshold total = b.thresholdFor("avg_total_us");
        assertThat(total.stat()).isEqualTo(Statistic.parse("p95"));
        assertThat(total.warning()).isEqualTo(new Allowance(5, true));
        assertThat(total.failure()).isEqualTo(new Allowance(10, true));
        assertThat(total.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(b.thresholdFor("cpu_load_percent").direction()).isNull();
        assertThat(b.thresholdFor("cpu_load_percent").directionFor(Metric.CPU_LOAD_PERCENT)).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(b.metadata()).containsEntry("description", "any object, ignored");
    }

    @Test
    void keysWithoutThresholdGetTheDocumentedDefaults() {
        Baseline b = parse("{\"peak_total_us\": 400, \"_thresholds\": {}}");
        assertThat(b.thresholdFor("peak_total_us")).isEqualTo(Threshold.DEFAULT);
        assertThat(Threshold.DEFAULT.stat()).isEqualTo(Statistic.MEAN);
        assertThat(Threshold.DEFAULT.warning().text()).isEqualTo("+5%");
        assertThat(Threshold.DEFAULT.failure().text()).isEqualTo("+10%");
        Threshold partial = parse("{\"a\": 1, \"_thresholds\": {\"a\": {\"failure\": 3}}}").thresholdFor("a");
        assertThat(partial.warning()).isEqualTo(Allowance.DEFAULT_WARNING);
        assertThat(partial.failure()).isEqualTo(new Allowance(3, false));
    }

    @Test
    void unknownKeysAndUnderscoreSectionsAreKeptOrIgnored() {
        Baseline b = parse("{\"avg_total_us\": 160, \"frames_per_second\": 10, \"_generator\": [1, 2], \"_metadata\": {}}");
        assertThat(b.values()).containsOnlyKeys("avg_total_us", "frames_per_second");
        assertThat(b.metadata()).isEmpty();
    }

    private static void assertRefused(String json, String key, Reason reason, String messagePart) {
        ThrowingCallable parse = () -> parse(json);
        assertThatThrownBy(parse).isInstanceOfSatisfying(BaselineFormatException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith(key.isEmpty() ? "baseline: " : "baseline key \"" + key + "\": ")
                    .contains(messagePart);
        });
    }

    @Test
    void malformedFilesAreRefusedNamingTheKey() {
        assertRefused("{\"avg_total_us\": \"fast\"}", "avg_total_us", Reason.WRONG_TYPE,
                "expected a number, found a string (\"fast\")");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": []}", "_thresholds", Reason.WRONG_TYPE,
                "expected an object, found an array");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": 5}}", "_thresholds.avg_total_us",
                Reason.WRONG_TYPE, "expected an object, found a number (5)");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"stat\": \"average\"}}}",
                "_thresholds.avg_total_us.stat", Reason.BAD_STATISTIC, "got \"average\"");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"warning\": \"5 percent\"}}}",
                "_thresholds.avg_total_us.warning", Reason.BAD_ALLOWANCE, "found \"5 percent\"");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"failure\": true}}}",
                "_thresholds.avg_total_us.failure", Reason.WRONG_TYPE, "found a boolean (true)");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"direction\": \"up\"}}}",
                "_thresholds.avg_total_us.direction", Reason.BAD_DIRECTION, "got \"up\"");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"stat\": 95}}}",
                "_thresholds.avg_total_us.stat", Reason.WRONG_TYPE, "expected a string, found a number (95)");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"avg_total_us\": {\"warn\": \"+5%\"}}}",
                "_thresholds.avg_total_us.warn", Reason.UNKNOWN_FIELD, "expected one of the fields stat, warning");
        assertRefused("{\"avg_total_us\": 1, \"_thresholds\": {\"cpu_load_percent\": {}}}",
                "_thresholds.cpu_load_percent", Reason.THRESHOLD_WITHOUT_BASELINE, "found none");
        assertRefused("{\"_metadata\": {}}", "", Reason.EMPTY, "expected at least one baseline value");
        assertRefused("{\"avg_total_us\": 1, \"_metadata\": \"x\"}", "_metadata", Reason.WRONG_TYPE, "expected an object");
    }

    @Test
    void writesWhatItReadsAndReadsWhatItWrites() {
        Baseline b = parse(SpecExamples.BASELINE);
        Baseline again = Baseline.fromDocument(b.toDocument());
        assertThat(again).isEqualTo(b);
        assertThat(b.toDocument().keySet()).containsExactly("avg_total_us", "cpu_load_percent", "_metadata", "_thresholds");
    }

    @Test
    void baselineFromARunTakesTheStatisticOfEachMetricWithValues() {
        Map<Metric, Summary> run = new EnumMap<>(Metric.class);
        run.put(Metric.AVG_TOTAL_US, Summary.of(new double[] {150, 152, 154}));
        run.put(Metric.CPU_LOAD_PERCENT, Summary.of(new double[] {30, 40}));
        run.put(Metric.AVG_CHROMA_US, Summary.of(new double[0]));
        Baseline b = Baseline.fromRun(run);
        assertThat(b.values()).containsExactly(Map.entry("avg_total_us", 152.0), Map.entry("cpu_load_percent", 35.0));
        assertThat(b.thresholdFor("avg_total_us"))
                .isEqualTo(new Threshold(Statistic.MEAN, Allowance.DEFAULT_WARNING, Allowance.DEFAULT_FAILURE,
                        Direction.LOWER_IS_BETTER));
        Baseline p95 = Baseline.fromRun(run, Statistic.parse("max"), new Allowance(1, false), new Allowance(2, false),
                Map.of("run", "abc"));
        assertThat(p95.values()).containsEntry("avg_total_us", 154.0);
        assertThat(p95.metadata()).containsEntry("run", "abc")
                .containsEntry("n", Map.of("avg_total_us", 3L, "cpu_load_percent", 2L))
                .containsEntry("n_eff", Map.of("avg_total_us", 3.0, "cpu_load_percent", 2.0));
        assertThat(p95.metadata().keySet()).containsExactly("run", "n", "n_eff");
        assertThatThrownBy(() -> Baseline.fromRun(Map.of())).isInstanceOf(BaselineFormatException.class)
                .hasMessageContaining("expected at least one baseline value");
    }

    @Test
    void baselineValuesAreRoundedToFourSignificantDigits() {
        assertThat(Baseline.roundToSignificant(162.95438)).isEqualTo(163.0);
        assertThat(Baseline.roundToSignificant(151.8642)).isEqualTo(151.9);
        assertThat(Baseline.roundToSignificant(0.81473)).isEqualTo(0.8147);
        assertThat(Baseline.roundToSignificant(12345.6)).isEqualTo(12350.0);
        assertThat(Baseline.roundToSignificant(-1.23456)).isEqualTo(-1.235);
        assertThat(Baseline.roundToSignificant(0)).isEqualTo(0.0);
        Map<Metric, Summary> run = Map.of(Metric.AVG_TOTAL_US, Summary.of(new double[] {150.123, 152.456, 154.789}));
        assertThat(Baseline.fromRun(run).values()).containsEntry("avg_total_us", 152.5);
    }

    @Test
    void aNoisyRunIsReportedWhenItsIntervalIsWiderThanTheWarningAllowance() {
        Map<Metric, Summary> run = new EnumMap<>(Metric.class);
        run.put(Metric.AVG_TOTAL_US, Summary.of(new double[] {140, 160, 150, 170, 130}));
        run.put(Metric.AVG_GOERTZEL_US, Summary.of(new double[] {70, 70.1, 70, 70.1, 70, 70.1}));
        List<BaselineNoise> noisy = BaselineNoise.of(run, Statistic.MEAN, Allowance.DEFAULT_WARNING);
        assertThat(noisy).extracting(BaselineNoise::metric).containsExactly(Metric.AVG_TOTAL_US);
        BaselineNoise total = noisy.get(0);
        assertThat(total.value()).isEqualTo(150.0);
        assertThat(total.allowance()).isEqualTo(7.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(total.ci95().halfWidth()).isGreaterThan(7.5);
        assertThat(BaselineNoise.of(run, Statistic.parse("std"), Allowance.DEFAULT_WARNING)).as("no interval").isEmpty();
    }
}
