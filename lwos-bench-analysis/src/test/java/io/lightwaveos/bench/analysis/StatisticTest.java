package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatisticTest {

    private final Summary summary = Summary.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

    @Test
    void everyRegistryStatisticParsesToItselfWithTheSameValue() {
        for (SummaryStat stat : SummaryStat.all()) {
            Statistic s = Statistic.parse(stat.id());
            assertThat(s.name()).isEqualTo(stat.id());
            assertThat(s.valueIn(summary)).as(stat.id()).isEqualTo(stat.valueIn(summary));
            assertThat(s.hasInterval()).as(stat.id()).isEqualTo(stat.hasInterval());
        }
    }

    @Test
    void theMeanAndThePercentilesHaveIntervalsTheRestDoNot() {
        assertThat(SummaryStat.all().stream().filter(SummaryStat::hasInterval).map(SummaryStat::id))
                .containsExactly("mean", "median", "p50", "p90", "p95", "p99", "p99_9");
        assertThat(Statistic.parse("p75").hasInterval()).isTrue();
        assertThat(Statistic.parse("p75").intervalIn(summary)).isEqualTo(Intervals.percentile(summary, 75));
        assertThat(Statistic.parse("std").intervalIn(summary)).isNull();
        assertThat(Statistic.parse("p95").intervalIn(summary)).isEqualTo(Intervals.percentile(summary, 95));
    }

    @Test
    void registryValuesAgreeWithTheSummaryAccessors() {
        assertThat(SummaryStat.N.valueIn(summary)).isEqualTo(10.0);
        assertThat(SummaryStat.MEAN.valueIn(summary)).isEqualTo(summary.mean());
        assertThat(SummaryStat.P99_9.valueIn(summary)).isEqualTo(summary.p99_9());
        assertThat(SummaryStat.MEDIAN.valueIn(summary)).isEqualTo(SummaryStat.P50.valueIn(summary));
        assertThat(SummaryStat.P99_9.percentile()).contains(99.9);
        assertThat(SummaryStat.MAD.percentile()).isEmpty();
        assertThat(SummaryStat.byId("lag1_autocorrelation")).contains(SummaryStat.LAG1_AUTOCORRELATION);
        assertThat(SummaryStat.P99_9.label()).isEqualTo("p99.9");
    }

    @Test
    void anyPercentileCanBeNamed() {
        assertThat(Statistic.parse("p75").valueIn(summary)).isEqualTo(summary.percentile(75));
        assertThat(Statistic.parse("P99.9").name()).isEqualTo("p99_9");
        assertThat(Statistic.parse("p99.9")).isEqualTo(Statistic.parse("p99_9"));
        assertThat(Statistic.parse("p99_99").valueIn(summary)).isEqualTo(summary.percentile(99.99));
        assertThat(Statistic.parse("p0").valueIn(summary)).isEqualTo(1.0);
        assertThat(Statistic.parse("p100").valueIn(summary)).isEqualTo(10.0);
    }

    @Test
    void unknownNamesAreRefusedListingTheForms() {
        assertThatThrownBy(() -> Statistic.parse("average")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statistic must be one of n, mean, std")
                .hasMessageEndingWith("got \"average\"");
        assertThatThrownBy(() -> Statistic.parse("p101")).hasMessageEndingWith("got \"p101\"");
    }
}
