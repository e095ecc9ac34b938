package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatisticTest {

    private final Summary summary = Summary.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

    @Test
    void everySummaryFieldIsAStatistic() {
        for (String field : Summary.FIELDS) {
            Statistic s = Statistic.parse(field);
            assertThat(s.name()).isEqualTo(field);
            assertThat(s.valueIn(summary)).as(field).isEqualTo(summary.asMap().get(field));
        }
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
