package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.metric.Metric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assertions pass and fail as the CLI's verdicts would, and fail with the CLI's tables. */
class LwosBenchAssertionsTest {

    private static final Map<Metric, double[]> FAST = values(150);
    private static final Map<Metric, double[]> FAST_AGAIN = values(150);
    private static final Map<Metric, double[]> SLOW = values(165);

    @Test
    void aComparisonWithARegressionFailsWithTheCompareTable() {
        Comparison regressed = Comparison.compare(FAST, SLOW);
        assertThatThrownBy(() -> assertThat(regressed).hasNoRegressions())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected no regressions, but avg_total_us, avg_goertzel_us, cpu_load_percent"
                        + " regressed:")
                .hasMessageContaining("metric").hasMessageContaining("A mean").hasMessageContaining("verdict")
                .hasMessageContaining("2 regressions");
        assertThat(regressed).metric(Metric.AVG_TOTAL_US).isRegression();
        assertThatThrownBy(() -> assertThat(regressed).metric(Metric.AVG_TOTAL_US).isNotRegression())
                .hasMessageStartingWith("expected avg_total_us to be not regressed, but it is regressed:");
        assertThatThrownBy(() -> assertThat(regressed).metric(Metric.AVG_DC_AGC_US))
                .hasMessageContaining("expected a comparison of avg_dc_agc_us, but it compares only");
    }

    @Test
    void identicalRunsHaveNoRegressionsAndNoImprovements() {
        Comparison same = Comparison.compare(FAST, FAST_AGAIN);
        assertThat(same).hasNoRegressions().hasNoImprovements();
        assertThat(same).metric(Metric.AVG_TOTAL_US).isNotRegression().isEquivalent();
        assertThatThrownBy(() -> assertThat(same).metric(Metric.AVG_TOTAL_US).isInconclusive())
                .hasMessageStartingWith("expected avg_total_us to be inconclusive, but it is equivalent:");
        assertThatThrownBy(() -> assertThat(Comparison.compare(FAST, SLOW)).metric(Metric.AVG_TOTAL_US).isEquivalent())
                .hasMessageStartingWith("expected avg_total_us to be equivalent, but it is regressed:")
                .hasMessageContaining("verdict");
        assertThat(Comparison.compare(SLOW, FAST)).hasNoRegressions().metric(Metric.AVG_TOTAL_US).isImprovement();
    }

    @Test
    void anInconclusiveComparisonFailsHasNoRegressionsWithTheSamplesNeededUnlessAllowed() {
        Comparison unsure = Comparison.compare(Map.of(Metric.AVG_TOTAL_US, wave(150, 0.10, 20)),
                Map.of(Metric.AVG_TOTAL_US, wave(151.5, 0.10, 20)),
                CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US)));
        assertThat(unsure).metric(Metric.AVG_TOTAL_US).isInconclusive();

        assertThatThrownBy(() -> assertThat(unsure).hasNoRegressions())
                .hasMessageStartingWith("expected no regressions, but avg_total_us is inconclusive: the runs cannot"
                        + " tell whether it changed; samples_needed: about ")
                .hasMessageContaining("(allowingInconclusive() accepts this):")
                .hasMessageContaining("A mean").hasMessageContaining("inconclusive");
        assertThat(unsure).allowingInconclusive().hasNoRegressions();
    }

    @Test
    void aPassingComparisonPrintsItsTableWhenAskedAndNothingOtherwise() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Comparison same = Comparison.compare(FAST, FAST_AGAIN);

        assertThat(same).hasNoRegressions();
        assertThat(printed.size()).isZero();
        assertThat(same).printingTo(out).hasNoRegressions();

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualToIgnoringNewLines(Tables.comparison(same));
    }

    @Test
    void aGateFailsWithTheCheckTable() {
        Baseline baseline = Baseline.parse("{\"avg_total_us\": 150, \"cpu_load_percent\": 0.7}");
        GateResult slow = Gate.evaluate(baseline, RunSummary.of(SLOW).metrics());
        assertThatThrownBy(() -> assertThat(slow).passes())
                .hasMessageStartingWith("expected the gate to pass, but it failed:")
                .hasMessageContaining("warn limit").hasMessageContaining("fail limit")
                .hasMessageContaining("avg_total_us").hasMessageContaining("fail");
        assertThat(slow).fails();

        GateResult fast = Gate.evaluate(baseline, RunSummary.of(FAST).metrics());
        assertThat(fast).passes();
        assertThatThrownBy(() -> assertThat(fast).passesStrictly())
                .hasMessageStartingWith("expected the gate to pass strictly (no warnings), but it is warn:");
        assertThatThrownBy(() -> assertThat(fast).fails()).hasMessageStartingWith("expected the gate to fail, but it is warn");
    }

    @Test
    void aSummaryStatisticIsAnOrdinaryDoubleAssertionDescribedByTheSummaryTable() {
        RunSummary summary = RunSummary.of(FAST);
        assertThat(summary).metric(Metric.AVG_TOTAL_US).p95().isLessThan(180.0).isGreaterThan(150.0);
        assertThat(summary).metric(Metric.AVG_TOTAL_US).mean().isCloseTo(150.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(summary).hasAtLeast(1000, Metric.AVG_TOTAL_US);
        assertThatThrownBy(() -> assertThat(summary).metric(Metric.AVG_TOTAL_US).p95().isLessThan(150.0))
                .hasMessageContaining("avg_total_us p95 (µs) of the run")
                .hasMessageContaining("metric").hasMessageContaining("p95").hasMessageContaining("p99")
                .hasMessageContaining("Expecting actual:");
        assertThatThrownBy(() -> assertThat(summary).metric(Metric.AVG_CHROMA_US))
                .hasMessageStartingWith("expected values of avg_chroma_us, but the run has none:");
    }

    /** 1000 values per compact metric: a deterministic ±2 % wave around {@code totalUs} (and half of it). */
    private static Map<Metric, double[]> values(double totalUs) {
        Map<Metric, double[]> out = new EnumMap<>(Metric.class);
        out.put(Metric.AVG_TOTAL_US, wave(totalUs));
        out.put(Metric.AVG_GOERTZEL_US, wave(totalUs / 2));
        out.put(Metric.CPU_LOAD_PERCENT, wave(totalUs / 200));
        out.put(Metric.PEAK_TOTAL_US, wave(230));
        out.put(Metric.PEAK_GOERTZEL_US, wave(120));
        return out;
    }

    private static double[] wave(double mean) {
        return wave(mean, 0.02, 1000);
    }

    /** {@code n} values: a deterministic wave of relative amplitude {@code amplitude} around {@code mean}. */
    private static double[] wave(double mean, double amplitude, int n) {
        double[] v = new double[n];
        for (int i = 0; i < v.length; i++) {
            v[i] = mean * (1 + amplitude * Math.sin(i * 2.1));
        }
        return v;
    }
}
