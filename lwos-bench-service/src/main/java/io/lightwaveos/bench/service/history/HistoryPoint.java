package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.Interval;

/**
 * One run of a history.
 *
 * @param run   the run (id, name, start, context, quality, the metric's cached statistics)
 * @param value the run's statistic
 * @param ci95  its 95 % interval, null when it has none
 * @param nEff  the run's effective sample size for the metric, null when unknown
 */
public record HistoryPoint(HistoryRun run, double value, Interval ci95, Double nEff) {

    /** The run's commit, or null. */
    public String commit() {
        return run.context().vcs().commit();
    }

    /** The run's firmware, or null. */
    public String firmware() {
        return run.context().device().firmware();
    }
}
