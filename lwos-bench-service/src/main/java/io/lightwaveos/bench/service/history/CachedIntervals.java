package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 95 % intervals (SPEC §6) of a run's statistics, cached beside them as
 * {@code <stat>_ci95_lo} and {@code <stat>_ci95_hi} under the metric, so that a history needs
 * no samples. Runs cached before intervals were cached still get the mean's interval, which
 * needs only mean, std and n_eff.
 */
public final class CachedIntervals {

    private static final String LO = "_ci95_lo";
    private static final String HI = "_ci95_hi";

    private CachedIntervals() {
    }

    /** Adds the interval of every statistic that has one to {@code cached} (null when it has none). */
    public static void addTo(Map<String, Double> cached, Summary summary) {
        for (SummaryStat stat : SummaryStat.all()) {
            addTo(cached, summary, stat);
        }
    }

    /** Adds the interval of {@code stat}, if it has one, to {@code cached} (null when it has none). */
    public static void addTo(Map<String, Double> cached, Summary summary, SummaryStat stat) {
        if (stat.hasInterval()) {
            Interval interval = Intervals.of(summary, stat);
            cached.put(stat.id() + LO, interval == null ? null : interval.lo());
            cached.put(stat.id() + HI, interval == null ? null : interval.hi());
        }
    }

    /**
     * The cached statistics a history of {@code stat} reads: the statistic, its interval, and
     * {@code n_eff}; for the mean also what {@link #read} derives its interval from when none is cached.
     */
    public static Set<String> keysOf(SummaryStat stat) {
        Set<String> keys = new LinkedHashSet<>();
        statsRead(stat).forEach(s -> keys.add(s.id()));
        keys.add(stat.id() + LO);
        keys.add(stat.id() + HI);
        return keys;
    }

    /**
     * What {@link #keysOf} names of the summary's statistics and intervals, as a run caches them:
     * a history of one statistic needs no more of each run.
     */
    public static Map<String, Double> of(Summary summary, SummaryStat stat) {
        Map<String, Double> cached = new LinkedHashMap<>();
        statsRead(stat).forEach(s -> cached.put(s.id(), s.valueIn(summary)));
        addTo(cached, summary, stat);
        return cached;
    }

    private static Set<SummaryStat> statsRead(SummaryStat stat) {
        Set<SummaryStat> stats = new LinkedHashSet<>(List.of(stat, SummaryStat.N_EFF));
        if (stat == SummaryStat.MEAN) {
            stats.add(SummaryStat.STD);
        }
        return stats;
    }

    /** The cached interval of {@code stat}, or null when none is cached and none can be derived. */
    public static Interval read(Map<String, Double> cached, SummaryStat stat) {
        Double lo = cached.get(stat.id() + LO);
        Double hi = cached.get(stat.id() + HI);
        if (lo != null && hi != null) {
            return new Interval(lo, hi);
        }
        if (stat == SummaryStat.MEAN) {
            Double mean = cached.get(SummaryStat.MEAN.id());
            Double std = cached.get(SummaryStat.STD.id());
            Double nEff = cached.get(SummaryStat.N_EFF.id());
            if (mean != null && std != null && nEff != null && nEff > 1) {
                return Intervals.mean(mean, std, nEff);
            }
        }
        return null;
    }
}
