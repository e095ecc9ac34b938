package io.lightwaveos.bench.junit;

import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThat;
import static io.lightwaveos.bench.junit.LwosBenchAssertions.assertThatThrownBy;
import static io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.SummaryStat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A budget assertion holds the statistic's 95 % interval to the budget, as the check gate does, so
 * noise alone neither passes nor fails it (issue 23, stumble 6).
 */
class StatisticAssertTest {

    /** 200 noisy hop times around 150 µs (sd 15): p95 about 175 µs with a wide interval. */
    private static final RunSummary NOISY = RunSummary.of(Map.of(AVG_TOTAL_US, gaussian(200, 150, 15, 23)));

    @Test
    void aBudgetAboveTheWholeIntervalPassesAndOneBelowItFails() {
        Interval ci = interval();

        assertThat(NOISY).metric(AVG_TOTAL_US).p95().isBelowBudget(ci.hi() + 0.01);
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).p95().isBelowBudget(ci.lo() - 0.01))
                .hasMessageContaining("expected p95 of avg_total_us below the budget")
                .hasMessageContaining("but it is above the budget")
                .hasMessageContaining("95 % CI [")
                .hasMessageContaining("avg_total_us p95 (µs) of the run");
    }

    @Test
    void aBudgetInsideTheIntervalIsInconclusiveWithTheSamplesNeededUnlessAllowed() {
        Interval ci = interval();
        double point = NOISY.metric(AVG_TOTAL_US).orElseThrow().p95();
        // Below the point estimate but inside the interval: the point-estimate assertion fails...
        double budget = (ci.lo() + point) / 2;
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).p95().isLessThan(budget));
        // ... a budget assertion says the data cannot tell, and how many samples would.
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).p95().isBelowBudget(budget))
                .hasMessageContaining("but it is inconclusive")
                .hasMessageContaining("reaches both sides of it; samples_needed: about ")
                .hasMessageContaining("(now 200)")
                .hasMessageContaining("allowingInconclusive() accepts this");
        assertThat(NOISY).metric(AVG_TOTAL_US).p95().allowingInconclusive().isBelowBudget(budget);
        // Above the point estimate, inside the interval: isLessThan passes, the budget still cannot tell.
        double above = (point + ci.hi()) / 2;
        assertThat(NOISY).metric(AVG_TOTAL_US).p95().isLessThan(above);
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).p95().isBelowBudget(above))
                .hasMessageContaining("inconclusive");
    }

    @Test
    void aFloorMirrorsTheBudgetAndAStatisticWithoutIntervalIsHeldByItsValue() {
        Interval mean = Intervals.mean(NOISY.metric(AVG_TOTAL_US).orElseThrow());
        assertThat(NOISY).metric(AVG_TOTAL_US).mean().isAboveFloor(mean.lo() - 0.01);
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).mean().isAboveFloor(mean.hi() + 0.01))
                .hasMessageContaining("but it is below the floor");
        double max = NOISY.metric(AVG_TOTAL_US).orElseThrow().max();
        assertThat(NOISY).metric(AVG_TOTAL_US).max().isBelowBudget(max);
        assertThatThrownBy(() -> assertThat(NOISY).metric(AVG_TOTAL_US).max().isBelowBudget(max - 1))
                .hasMessageContaining("max has no interval: its value is held to the budget");
    }

    @Test
    void everyStatisticOfTheRegistryCanBeAsserted() {
        for (SummaryStat stat : SummaryStat.all()) {
            Double value = stat.valueIn(NOISY.metric(AVG_TOTAL_US).orElseThrow());
            assertThat(NOISY).metric(AVG_TOTAL_US).statistic(stat).isEqualTo(value);
        }
        assertThat(NOISY).metric(AVG_TOTAL_US).p99().isEqualTo(NOISY.metric(AVG_TOTAL_US).orElseThrow().p99());
    }

    private static Interval interval() {
        return Intervals.percentile(NOISY.metric(AVG_TOTAL_US).orElseThrow(), 95);
    }

    private static double[] gaussian(int n, double mean, double sd, long seed) {
        Random random = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean + sd * random.nextGaussian();
        }
        return v;
    }
}
