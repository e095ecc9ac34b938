package io.lightwaveos.bench.analysis.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangePointDetectorTest {

    private static final ChangePointOptions DEFAULTS = ChangePointOptions.defaults();

    /** 160 µs with 1 % noise, multiplied by {@code factor} from {@code at} on. */
    private static double[] history(long seed, int n, int at, double factor) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 160 * (i >= at ? factor : 1) * (1 + 0.01 * random.nextGaussian());
        }
        return x;
    }

    private static int[] indices(List<ChangePoint> points) {
        return points.stream().mapToInt(ChangePoint::index).toArray();
    }

    @Test
    void stepUpIsFoundAtTheFirstRunOfTheNewLevel() {
        List<ChangePoint> points = ChangePointDetector.detect(history(1, 120, 70, 1.10), DEFAULTS);
        assertThat(indices(points)).containsExactly(70);
        ChangePoint p = points.get(0);
        assertThat(p.increase()).isTrue();
        assertThat(p.relativeChange()).isCloseTo(0.10, within(0.01));
        assertThat(p.pValue()).isLessThan(1e-20);
    }

    @Test
    void stepDownIsFoundAndIsNoIncrease() {
        List<ChangePoint> points = ChangePointDetector.detect(history(2, 150, 40, 0.95), DEFAULTS);
        assertThat(indices(points)).containsExactly(40);
        assertThat(points.get(0).increase()).isFalse();
        assertThat(points.get(0).relativeChange()).isCloseTo(-0.05, within(0.01));
    }

    @Test
    void twoStepsAreBothFound() {
        double[] x = history(3, 200, 60, 1.08);
        for (int i = 140; i < x.length; i++) {
            x[i] *= 0.9;
        }
        assertThat(indices(ChangePointDetector.detect(x, DEFAULTS))).containsExactly(60, 140);
    }

    @Test
    void meansAndAdjustedPValuesMatchScipy() {
        for (JsonNode h : ChangePointReference.CASES.get("histories")) {
            double[] x = ChangePointReference.doubles(h.get("x"));
            List<ChangePoint> points = ChangePointDetector.detect(x, DEFAULTS);
            JsonNode expected = h.get("change_points");
            assertThat(points).hasSize(expected.size());
            for (int i = 0; i < points.size(); i++) {
                ChangePoint p = points.get(i);
                JsonNode e = expected.get(i);
                assertThat(p.index()).isEqualTo(e.get("index").asInt());
                assertThat(p.before()).isCloseTo(e.get("before").asDouble(), within(1e-12 * p.before()));
                assertThat(p.after()).isCloseTo(e.get("after").asDouble(), within(1e-12 * p.after()));
                assertThat(p.pValue()).isCloseTo(e.get("p").asDouble(), within(1e-9 * e.get("p").asDouble()));
            }
        }
    }

    @Test
    void singleOutlierRunIsNoChangePoint() {
        for (long seed = 10; seed < 30; seed++) {
            double[] x = history(seed, 150, 150, 1);
            x[77] *= 1.25;
            assertThat(ChangePointDetector.detect(x, DEFAULTS)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void twoAdjacentOutlierRunsAreNoChangePoint() {
        double[] x = history(5, 150, 150, 1);
        x[90] *= 0.8;
        x[91] *= 0.8;
        assertThat(ChangePointDetector.detect(x, DEFAULTS)).isEmpty();
    }

    @Test
    void outlierAsTheNewestRunIsAChangeAtThatRun() {
        double[] x = history(6, 40, 40, 1);
        x[39] *= 1.3;
        assertThat(indices(ChangePointDetector.detect(x, DEFAULTS))).containsExactly(39);
    }

    @Test
    void constantSeriesHasNone() {
        double[] x = new double[300];
        Arrays.fill(x, 161.25);
        assertThat(ChangePointDetector.detect(x, DEFAULTS)).isEmpty();
    }

    @Test
    void noiseWithoutChangeHasNone() {
        for (long seed = 100; seed < 110; seed++) {
            assertThat(ChangePointDetector.detect(history(seed, 200, 200, 1), DEFAULTS)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void fewerRunsThanTheWindowStillShowAStep() {
        assertThat(indices(ChangePointDetector.detect(history(7, 20, 12, 1.2), DEFAULTS))).containsExactly(12);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void tinySeriesHaveNone(int n) {
        assertThat(ChangePointDetector.detect(history(8, n, n, 1), DEFAULTS)).isEmpty();
    }

    @Test
    void sameInputGivesTheSameAnswer() {
        double[] x = history(9, 500, 250, 1.03);
        List<ChangePoint> first = ChangePointDetector.detect(x, DEFAULTS);
        List<ChangePoint> second = ChangePointDetector.detect(x.clone(), DEFAULTS);
        assertThat(second).isEqualTo(first).isNotEmpty();
    }

    @Test
    void appendingOneRunAtATimeEqualsRecomputation() {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[260];
        double level = 100;
        for (int i = 0; i < x.length; i++) {
            if (random.nextInt(40) == 0) {
                level *= 1 + (random.nextBoolean() ? 1 : -1) * 0.02 * (1 + random.nextInt(5));
            }
            x[i] = level * (1 + 0.02 * random.nextGaussian());
        }
        ChangePointDetector incremental = new ChangePointDetector(DEFAULTS.withWindow(30));
        for (int n = 1; n <= x.length; n++) {
            incremental.append(x[n - 1]);
            List<ChangePoint> expected = ChangePointDetector.detect(Arrays.copyOf(x, n), DEFAULTS.withWindow(30));
            assertThat(incremental.changePoints()).as("after %d runs", n).isEqualTo(expected);
        }
        assertThat(incremental.changePoints()).hasSizeGreaterThan(1);
    }

    @Test
    void appendingRunsDoesNotMoveChangePointsBeforeTheLastWindow() {
        double[] x = history(13, 300, 100, 1.06);
        for (int i = 200; i < x.length; i++) {
            x[i] *= 0.93;
        }
        ChangePointDetector detector = new ChangePointDetector(DEFAULTS);
        detector.appendAll(Arrays.copyOf(x, 150));
        List<ChangePoint> early = detector.changePoints();
        assertThat(indices(early)).containsExactly(100);
        for (int n = 151; n <= x.length; n++) {
            detector.append(x[n - 1]);
            assertThat(indices(detector.changePoints())).as("after %d runs", n).startsWith(100);
        }
        assertThat(indices(detector.changePoints())).containsExactly(100, 200);
    }

    @Test
    void minimumMagnitudeDropsSmallChanges() {
        double[] x = history(14, 200, 100, 1.04);
        assertThat(ChangePointDetector.detect(x, DEFAULTS)).hasSize(1);
        assertThat(ChangePointDetector.detect(x, DEFAULTS.withMinMagnitude(0.05))).isEmpty();
    }

    @Test
    void nonFiniteValuesAreRefusedWithTheirIndex() {
        ChangePointDetector detector = new ChangePointDetector(DEFAULTS);
        assertThatThrownBy(() -> detector.appendAll(new double[] {1, 2, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values must be finite, got NaN at index 2");
        assertThat(detector.size()).isZero();
    }

    @Test
    void optionsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> DEFAULTS.withWindow(1)).hasMessage("window must be at least 2, got 1");
        assertThatThrownBy(() -> DEFAULTS.withMaxPValue(0)).hasMessageContaining("maxPValue must be between 0 and 1");
        assertThatThrownBy(() -> DEFAULTS.withMinMagnitude(-0.1)).hasMessageContaining("minMagnitude must be");
        assertThatThrownBy(() -> new ChangePointOptions(50, 0.001, 0, 0)).hasMessage("minSegment must be at least 1, got 0");
    }
}
