package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A run as a history sees it: who it is, where it comes from, and the cached statistics of one
 * metric ({@link RunCatalog#metricStats}).
 *
 * @param id        the run's UUID
 * @param name      its name
 * @param startedAt UTC start
 * @param status    its status
 * @param context   the context's queryable fields (rig, branch, commit, firmware, effect name): what a
 *                  history shows and selects by; the other fields are unknown here ({@link RunCatalog#findRun}
 *                  reads the whole context)
 * @param quality   why it is doubtful, or clean
 * @param stats     the metric's cached statistics: name → value (null when not computable); empty
 *                  when the run has none for the metric
 */
public record RunStats(UUID id, String name, Instant startedAt, RunStatus status, RunContext context,
                       RunQuality quality, Map<String, Double> stats) {

    /** This run with the cached statistics of another metric. */
    public RunStats withStats(Map<String, Double> metricStats) {
        return new RunStats(id, name, startedAt, status, context, quality, metricStats);
    }
}
