package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * The runs a store holds, without their samples: look them up, list them, and keep what is
 * recorded beside the samples (events, counters, cached statistics).
 *
 * <p>Run lists are newest first (by start time). Times are UTC, kept to the microsecond. A RUNNING
 * run whose writer is known to be dead reads as INTERRUPTED. Every method is thread-safe; all may
 * raise {@link StoreException} {@link Reason#IO}.
 */
public interface RunCatalog {

    /**
     * The run with {@code id}.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is none
     */
    default Run run(UUID id) {
        return findRun(id).orElseThrow(() -> new StoreException(Reason.NOT_FOUND, "no run with id " + id));
    }

    /** The run with {@code id}, if there is one. */
    Optional<Run> findRun(UUID id);

    /**
     * The run a reference names (SPEC §3), tried in this order: a full UUID; an exact run name (the
     * most recent run of that name); a unique prefix of at least 4 hex characters of the id (case
     * ignored).
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if nothing matches (the message lists recent
     *                        runs as {@code id  name  started_at}); {@link Reason#AMBIGUOUS} if a prefix
     *                        matches several runs, or the reference is one run's name and the start of
     *                        another's id (the message lists them the same way);
     *                        {@link Reason#INVALID} if the reference is blank
     */
    Run resolve(String reference);

    /**
     * The runs that pass {@code filter}, newest first, each complete (tags, counters, cached
     * statistics, device results). The number of queries does not grow with the number of runs.
     */
    List<Run> listRuns(RunFilter filter);

    /**
     * Runs matching {@code filter}, newest first, each with the cached statistics of one metric
     * only: what a history needs. The number of queries does not grow with the number of runs; a
     * store may read less than {@link #listRuns} does (no tags, counters or samples, and of the
     * context only its queryable fields: see {@link RunStats#context()}).
     *
     * @param filter   which runs; its limit counts runs
     * @param metricId the metric whose statistics to read, such as {@code avg_total_us}
     */
    default List<RunStats> metricStats(RunFilter filter, String metricId) {
        Objects.requireNonNull(metricId, "metricId");
        return metricStats(filter, List.of(metricId)).get(metricId);
    }

    /**
     * {@link #metricStats(RunFilter, String)} for several metrics at once, reading the runs once:
     * what a gate over every metric needs. The number of queries grows neither with the number of
     * runs nor with the number of metrics.
     *
     * @param filter    which runs; its limit counts runs
     * @param metricIds the metrics whose statistics to read
     * @return for each metric id, in the order given, the runs newest first with that metric's statistics
     */
    default Map<String, List<RunStats>> metricStats(RunFilter filter, List<String> metricIds) {
        return metricStats(filter, metricIds, Set.of());
    }

    /**
     * {@link #metricStats(RunFilter, List)} reading only some of each metric's statistics: a history
     * of the median needs the median, its interval and {@code n_eff}, not the 28 statistics a run
     * caches per metric.
     *
     * @param filter    which runs; its limit counts runs
     * @param metricIds the metrics whose statistics to read
     * @param statNames the statistics to read, such as {@code mean} and {@code mean_ci95_lo}; empty
     *                  reads every one
     * @return for each metric id, in the order given, the runs newest first with those of the
     *         metric's statistics that the run has, in their stored order
     */
    Map<String, List<RunStats>> metricStats(RunFilter filter, List<String> metricIds, Set<String> statNames);

    /**
     * The run's events, in the order they were appended.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    List<RunEvent> events(UUID id);

    /**
     * Appends an event after the run's last one. Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    void appendEvent(UUID id, RunEvent event);

    /**
     * Replaces the run's context (a collector learns the device's part after the run has started).
     * Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    void updateContext(UUID id, RunContext context);

    /**
     * Replaces the run's counters. Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    void updateCounters(UUID id, RunCounters counters);

    /**
     * Replaces the run's cached summary statistics (for a recovered run, an imported one, or after
     * a change of the statistics code).
     *
     * @param cachedStats metric id → statistic name → value (null allowed), stored in this order
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    void updateCachedStats(UUID id, Map<String, Map<String, Double>> cachedStats);
}
