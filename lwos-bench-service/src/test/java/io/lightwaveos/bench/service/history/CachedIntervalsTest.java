package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CachedIntervals}: what a history of one statistic reads of each run, and nothing else. */
class CachedIntervalsTest {

    private static final double[][] VALUES = {{8.4}, {8.4, 8.5}, {8.1, 8.4, 8.4, 9.0, 8.2}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40},
        {3, 3, 3}};

    @Test
    void oneStatisticsKeysHoldWhatTheWholeCacheHoldsForThem() {
        for (double[] values : VALUES) {
            Summary summary = Summary.of(values);
            Map<String, Double> whole = new LinkedHashMap<>(summary.asMap());
            CachedIntervals.addTo(whole, summary);
            for (SummaryStat stat : SummaryStat.all()) {
                Map<String, Double> one = CachedIntervals.of(summary, stat);
                assertThat(one.keySet()).as("%s", stat).isSubsetOf(CachedIntervals.keysOf(stat));
                one.forEach((key, value) -> assertThat(value).as("%s of %s", key, stat).isEqualTo(whole.get(key)));
                assertThat(CachedIntervals.read(one, stat)).as("%s", stat).isEqualTo(CachedIntervals.read(whole, stat));
                if (!stat.hasInterval()) {
                    continue;
                }
                assertThat(one.keySet()).containsAll(CachedIntervals.keysOf(stat).stream()
                        .filter(k -> !k.equals(SummaryStat.STD.id()) || stat == SummaryStat.MEAN).toList());
            }
        }
    }
}
