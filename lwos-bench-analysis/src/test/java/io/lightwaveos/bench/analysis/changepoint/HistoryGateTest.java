package io.lightwaveos.bench.analysis.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.metric.Direction;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HistoryGateTest {

    private static final ChangePointOptions OPTIONS = ChangePointOptions.defaults().withWindow(30);

    private static double[] noisy(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 160 * (1 + 0.01 * random.nextGaussian());
        }
        return x;
    }

    @Test
    void predictionIntervalMatchesScipy() {
        for (JsonNode c : ChangePointReference.CASES.get("prediction")) {
            double[] x = ChangePointReference.doubles(c.get("x"));
            HistoryGateResult r = HistoryGate.evaluate(x, x[0], Direction.LOWER_IS_BETTER, OPTIONS);
            double low = c.get("low").asDouble();
            double high = c.get("high").asDouble();
            assertThat(r.predictionLow()).isCloseTo(low, within(1e-9 * Math.abs(low)));
            assertThat(r.predictionHigh()).isCloseTo(high, within(1e-9 * Math.abs(high)));
            assertThat(r.historySize()).isEqualTo(x.length);
            assertThat(r.predictionScale()).isEqualTo(c.get("scale").asText());
        }
    }

    @Test
    void predictionIntervalOfPositiveValuesNeverReachesBelowZero() {
        // As noisy as the peak_total_us history whose normal interval was [-428.70, 903.22] µs.
        double[] history = {237, 250, 180, 320, 140};
        HistoryGateResult r = HistoryGate.evaluate(history, 250, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.predictionScale()).isEqualTo("log");
        assertThat(r.predictionLow()).isPositive();
        assertThat(r.predictionHigh()).isGreaterThan(320);
    }

    @Test
    void valueInsideTheHistoryPasses() {
        double[] history = noisy(1, 30);
        HistoryGateResult r = HistoryGate.evaluate(history, 160.5, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.reason()).isNull();
        assertThat(r.changePoint()).isNull();
    }

    @Test
    void valueOutsideThePredictionIntervalWarns() {
        double[] history = noisy(2, 30);
        HistoryGateResult r = HistoryGate.evaluate(history, r99High(history) + 0.3, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.WARN);
        assertThat(r.reason()).isEqualTo("beyond_prediction_interval");
    }

    @Test
    void changePointAtTheNewRunInTheBadDirectionFails() {
        double[] history = noisy(3, 30);
        HistoryGateResult r = HistoryGate.evaluate(history, 160 * 1.15, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.reason()).isEqualTo("change_point");
        assertThat(r.changePoint().index()).isEqualTo(30);
    }

    @Test
    void theSameJumpIsAnImprovementWhenHigherIsBetter() {
        double[] history = noisy(3, 30);
        HistoryGateResult r = HistoryGate.evaluate(history, 160 * 1.15, Direction.HIGHER_IS_BETTER, OPTIONS);
        assertThat(r.status()).as("an improvement is no alarm").isEqualTo(GateStatus.PASS);
        assertThat(r.reason()).isEqualTo("better_than_prediction_interval");
        assertThat(r.changePoint()).isNotNull();
        HistoryGateResult asked = HistoryGate.evaluate(history, 160 * 1.15, Direction.HIGHER_IS_BETTER, OPTIONS, true);
        assertThat(asked.status()).isEqualTo(GateStatus.WARN);
        assertThat(asked.reason()).isEqualTo("better_than_prediction_interval");
    }

    @Test
    void predictionIntervalUsesTheRunsSinceTheHistorysLastChangePoint() {
        double[] history = noisy(4, 30);
        for (int i = 15; i < history.length; i++) {
            history[i] *= 1.2;
        }
        HistoryGateResult r = HistoryGate.evaluate(history, 160 * 1.2, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.historySize()).isEqualTo(15);
        assertThat(r.historyMean()).isCloseTo(192, within(2.0));
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        HistoryGateResult back = HistoryGate.evaluate(history, 160, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(back.status()).isEqualTo(GateStatus.PASS);
        assertThat(back.reason()).isEqualTo("better_than_prediction_interval");
        assertThat(HistoryGate.evaluate(history, 160, Direction.LOWER_IS_BETTER, OPTIONS, true).status())
                .isEqualTo(GateStatus.WARN);
    }

    @Test
    void aValueEqualToAConstantHistoryPasses() {
        // exp(log(70)) is 70.00000000000001: the value must be compared on the interval's own scale.
        double[] history = {70, 70, 70, 70, 70, 70};
        HistoryGateResult r = HistoryGate.evaluate(history, 70, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.reason()).isNull();
    }

    @Test
    void historyShorterThanTheRuleNeedsPassesUngatedWithANote() {
        // Two earlier runs and a run 7.7 % slower: nothing can be said, and the result must say so.
        double[] history = {160, 161};
        HistoryGateResult r = HistoryGate.evaluate(history, 160 * 1.077, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.reason()).isEqualTo("not_enough_history");
        assertThat(r.enoughHistory()).isFalse();
        assertThat(r.note()).isEqualTo("not enough history (2 runs, the rule needs 5)");
        assertThat(r.historySize()).isEqualTo(2);
        assertThat(r.historyMean()).isEqualTo(160.5);
        assertThat(r.predictionLow()).isNaN();
        assertThat(r.predictionHigh()).isNaN();
        assertThat(r.predictionScale()).isNull();
        assertThat(r.changePoint()).isNull();
    }

    @Test
    void noHistoryAtAllPassesUngated() {
        HistoryGateResult r = HistoryGate.evaluate(new double[0], 160, Direction.LOWER_IS_BETTER, OPTIONS);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.note()).isEqualTo("not enough history (0 runs, the rule needs 5)");
        assertThat(r.historyMean()).isNaN();
    }

    @Test
    void fiveRunsAreEnough() {
        HistoryGateResult r = HistoryGate.evaluate(noisy(5, HistoryGate.MIN_HISTORY), 160, Direction.LOWER_IS_BETTER,
                OPTIONS);
        assertThat(r.enoughHistory()).isTrue();
        assertThat(r.note()).isNull();
        assertThat(r.predictionLow()).isLessThan(160).isPositive();
    }

    @Test
    void nonFiniteValueIsRefused() {
        assertThatThrownBy(() -> HistoryGate.evaluate(new double[] {1}, Double.NaN, Direction.LOWER_IS_BETTER, OPTIONS))
                .hasMessage("value must be finite, got NaN");
    }

    private static double r99High(double[] history) {
        return HistoryGate.evaluate(history, history[0], Direction.LOWER_IS_BETTER, OPTIONS).predictionHigh();
    }
}
