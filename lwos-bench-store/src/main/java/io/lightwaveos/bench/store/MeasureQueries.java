package io.lightwaveos.bench.store;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The measures of runs (SPEC §14): the named numbers a run holds beside its samples, such as an
 * imported JMH result or what a harness recorded. A run holds samples, measures, or both; each
 * {@code suite:name} once, in the order they were saved, every value (one, or the repeats in
 * measured order) bit-exact as it was written.
 *
 * <pre>{@code
 * store.saveMeasures(runId, MeasureSet.builder("native")
 *         .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER).build());
 * store.measures(runId).get("native", "latency_ms");                  // Optional[native:latency_ms 8.4 ms ...]
 * store.measureHistory(RunFilter.ALL.withRig("bench-1"), MeasureRef.parse("latency_ms"));  // newest first
 * }</pre>
 *
 * <p>Every method is thread-safe; all may raise {@link StoreException} {@link Reason#IO}.
 */
public interface MeasureQueries {

    /**
     * Adds measures to a run, all in one transaction: all of them or, on any failure, none.
     * Allowed in any state of the run (a collector may add vitals while it runs); they follow the
     * measures the run has, in {@code measures}' order. An empty set changes nothing.
     *
     * @param runId    the run
     * @param measures the measures to add
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run;
     *                        {@link Reason#CONFLICT} naming the measure if the run holds a
     *                        {@code suite:name} of {@code measures} already (nothing is added)
     */
    void saveMeasures(UUID runId, MeasureSet measures);

    /**
     * The run's measures in the order they were saved; empty when it holds none.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    MeasureSet measures(UUID runId);

    /**
     * One measure's values in the runs {@code filter} selects that hold it, newest first: what a
     * history of a measure needs. The filter's limit counts those runs. The number of queries does
     * not grow with the number of runs.
     *
     * @param filter which runs
     * @param ref    the measure: {@code suite:name}, or a bare name held by one suite in those runs
     * @return one entry per run holding the measure; empty when none does
     * @throws StoreException {@link Reason#AMBIGUOUS} when a bare name is a measure of several
     *                        suites in those runs (the message lists the {@code suite:name}
     *                        references to choose from)
     */
    List<RunMeasure> measureHistory(RunFilter filter, MeasureRef ref);

    /**
     * How many measures each run {@code filter} selects holds, for run lists ({@code list-runs}
     * says which runs hold measures only). One query; the filter's limit counts runs as in
     * {@link RunCatalog#listRuns}.
     *
     * @return run id → number of measures, for the selected runs holding at least one
     */
    Map<UUID, Integer> measureCounts(RunFilter filter);
}
