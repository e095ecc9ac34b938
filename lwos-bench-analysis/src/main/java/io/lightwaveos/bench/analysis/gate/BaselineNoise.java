package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A baseline value that its own run cannot pin down: the run's 95% interval of the statistic is
 * wider (half-width) than the warning allowance, so a later run of the same code can warn by
 * chance. {@code check --write-baseline} reports these.
 *
 * @param metric    the metric
 * @param stat      the statistic recorded
 * @param value     the run's value of it
 * @param ci95      its 95% interval
 * @param allowance the warning allowance around the value, in the metric's unit
 */
public record BaselineNoise(Metric metric, Statistic stat, double value, Interval ci95, double allowance) {

    /**
     * The metrics of {@code run} whose {@code stat} has a 95% interval with a half-width above the
     * {@code warning} allowance, in registry order.
     */
    public static List<BaselineNoise> of(Map<Metric, Summary> run, Statistic stat, Allowance warning) {
        List<BaselineNoise> out = new ArrayList<>();
        for (Metric m : Metric.all()) {
            Summary s = run.get(m);
            Double v = s == null ? null : stat.valueIn(s);
            Interval ci = s == null ? null : stat.intervalIn(s);
            if (v == null || ci == null) {
                continue;
            }
            double allowance = Math.abs(warning.limit(v, m.direction()) - v);
            if (ci.halfWidth() > allowance) {
                out.add(new BaselineNoise(m, stat, v, ci, allowance));
            }
        }
        return out;
    }
}
