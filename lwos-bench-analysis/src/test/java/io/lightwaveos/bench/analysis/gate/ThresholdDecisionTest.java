package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdDecisionTest {

    private static final Threshold LOWER = new Threshold(3, 5, Direction.LOWER_IS_BETTER);
    private static final Threshold HIGHER = new Threshold(-5, -10, Direction.HIGHER_IS_BETTER);

    @ParameterizedTest(name = "{0} {1} real={2} -> {3}")
    @CsvSource({
        // direction, relative change, real, decision, reason
        "lower,  0.06,  true,  FAIL, beyond fail +5% and regressed",
        "lower,  0.05,  true,  FAIL, beyond fail +5% and regressed",
        "lower,  0.06,  false, WARN, 'beyond fail +5%, not statistically real'",
        "lower,  0.04,  true,  WARN, 'regressed, within fail +5%'",
        "lower,  0.03,  false, WARN, beyond warn +3%",
        "lower,  0.029, false, PASS, ",
        "lower,  -0.5,  false, PASS, ",
        "higher, -0.10, true,  FAIL, beyond fail -10% and regressed",
        "higher, -0.05, false, WARN, beyond warn -5%",
        "higher, 0.20,  false, PASS, ",
    })
    void declaredThresholdsAndTheStatisticsDecideTogether(String direction, double relative, boolean real,
            GateStatus decision, String reason) {
        Threshold t = direction.equals("lower") ? LOWER : HIGHER;
        ThresholdDecision d = ThresholdDecision.withThreshold(relative, t, real, "regressed");
        assertThat(d.decision()).isEqualTo(decision);
        assertThat(d.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "unknown change, real={0} -> {1}")
    @CsvSource({"true, WARN", "false, PASS"})
    void anUnknownChangeWarnsOnlyWhenReal(boolean real, GateStatus decision) {
        assertThat(ThresholdDecision.withThreshold(null, LOWER, real, "regressed").decision()).isEqualTo(decision);
        assertThat(ThresholdDecision.withThreshold(Double.NaN, LOWER, real, "regressed").decision()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} {1} improvementWarns={2} -> {3}")
    @CsvSource({
        "REGRESSED,    0.01, false, FAIL",
        "INCONCLUSIVE, 0.05, false, WARN",
        "INCONCLUSIVE, 0.04, false, PASS",
        "INCONCLUSIVE, -0.2, false, PASS",
        "IMPROVED,     -0.1, false, PASS",
        "IMPROVED,     -0.1, true,  WARN",
        "EQUIVALENT,   0.0,  true,  PASS",
    })
    void withoutThresholdsTheVerdictDecides(Verdict verdict, double relative, boolean warnOnImprovement,
            GateStatus decision) {
        assertThat(ThresholdDecision.ofVerdict(verdict, relative, Direction.LOWER_IS_BETTER, warnOnImprovement).decision())
                .isEqualTo(decision);
    }
}
