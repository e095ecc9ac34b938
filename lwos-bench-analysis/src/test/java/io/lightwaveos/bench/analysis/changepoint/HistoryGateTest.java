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
        }
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
        assertThat(r.status()).isEqualTo(GateStatus.WARN);
        assertThat(r.reason()).isEqualTo("better_than_prediction_interval");
        assertThat(r.changePoint()).isNotNull();
    }

    @Test
    void historyOfOneRunIsRefused() {
        assertThatThrownBy(() -> HistoryGate.evaluate(new double[] {1}, 1, Direction.LOWER_IS_BETTER, OPTIONS))
                .hasMessage("the history needs at least 2 runs, got 1");
    }

    private static double r99High(double[] history) {
        return HistoryGate.evaluate(history, history[0], Direction.LOWER_IS_BETTER, OPTIONS).predictionHigh();
    }
}
