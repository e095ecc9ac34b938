package io.lightwaveos.bench.store;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The life of a run in a store: create it, write its samples, finish it, delete it, and recover
 * runs whose writer died.
 *
 * <p>{@link #createRun} starts a RUNNING run and makes this store its <em>owner</em> until
 * {@link #finishRun}, {@link #deleteRun} or the store is closed. How a store knows that an owner is
 * alive is its own business (an OS file lock beside an SQLite file, a lease renewed by a heartbeat
 * on a server); either way a run whose owner died is never left RUNNING for good:
 * {@link #recoverOrphanedRuns} marks it INTERRUPTED, and a RUNNING run whose owner is alive is
 * never touched.
 *
 * <p>Every method is thread-safe. Failures are {@link StoreException}s with the reasons listed;
 * all may also raise {@link Reason#IO} and, once the store is closed, {@link Reason#CONFLICT}.
 */
public interface RunLifecycle {

    /**
     * Starts a run: status RUNNING, no samples, zero counters; this store owns it from now on.
     *
     * @return the run as stored (start time truncated to the microsecond)
     * @throws StoreException {@link Reason#CONFLICT} if a run with the given id exists or is owned by
     *                        a live writer
     */
    Run createRun(NewRun spec);

    /**
     * Adds a finished run with all its data in one transaction: all of it or, on any failure
     * (including one thrown by {@code samples}), nothing. For imports and pushes; keeps the run's
     * id, name, times, context, counters, cached statistics and device results.
     * {@code run.sampleCount()} is ignored: the stored count is the number of samples given; so is
     * {@code run.quality()}: the store derives it from the counters, events and statistics
     * ({@link io.lightwaveos.bench.run.RunQuality#assess}).
     *
     * @param run     the run; its status must not be RUNNING (nothing would ever write it)
     * @param events  its events, in order
     * @param samples its samples in strictly increasing seq order; exceptions it throws propagate
     *                unchanged after the rollback
     * @return the run as stored
     * @throws StoreException {@link Reason#CONFLICT} if a run with that id exists, also when another
     *                        process stored it while this import ran (then nothing of this one is
     *                        stored);
     *                        {@link Reason#INVALID} if the status is RUNNING, a tag breaks the tag
     *                        rule, or the samples are out of order
     */
    default Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples) {
        return importRun(run, events, samples, MeasureSet.empty());
    }

    /**
     * {@link #importRun(Run, List, Iterator)} with the run's measures, stored in the same
     * transaction (a run holding only measures has no samples: pass an empty iterator).
     *
     * @param measures the run's measures, in order ({@link MeasureSet#empty()} for none)
     * @return the run as stored
     * @throws StoreException as {@link #importRun(Run, List, Iterator)}
     */
    Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples, MeasureSet measures);

    /**
     * Opens the background writer of a RUNNING run with {@link WriterConfig#DEFAULT}.
     *
     * @see #openWriter(UUID, WriterConfig)
     */
    default SampleWriter openWriter(UUID runId) {
        return openWriter(runId, WriterConfig.DEFAULT);
    }

    /**
     * Opens the background writer of a RUNNING run. If this store does not own the run yet (it was
     * created by a writer that died), it takes the run over. New samples must have seq above the
     * run's last stored one. Close the writer, or let {@link #finishRun} close it.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; {@link Reason#CONFLICT}
     *                        if the run is not RUNNING, already has an open writer here, or is owned by
     *                        another live writer
     */
    SampleWriter openWriter(UUID runId, WriterConfig config);

    /**
     * Ends a RUNNING run: flushes and closes its writer if this store has one open, then sets the
     * final status, end time, cached statistics and device results in one transaction, then gives
     * up ownership.
     *
     * @param status        COMPLETE, INTERRUPTED or FAILED
     * @param endedAt       UTC end; {@code null} for now
     * @param cachedStats   metric id → statistic name → value (null for one that cannot be
     *                      computed), stored in this order; {@code null} for none
     * @param deviceResults the device's {@code benchmark.stopped} results; {@code null} for none
     * @return the finished run
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; {@link Reason#INVALID}
     *                        if {@code status} is RUNNING; {@link Reason#CONFLICT} if the run is
     *                        already finished or another live writer owns it
     */
    Run finishRun(UUID id, RunStatus status, Instant endedAt, Map<String, Map<String, Double>> cachedStats,
            Map<String, Double> deviceResults);

    /**
     * Deletes a run with its samples, events, tags, counters and statistics.
     *
     * @return {@code false} if there was no such run
     * @throws StoreException {@link Reason#CONFLICT} if the run is RUNNING and its owner (this store
     *                        or another live writer) is still writing it
     */
    boolean deleteRun(UUID id);

    /**
     * Whether a live writer (this store's included) owns the run: true from {@link #createRun}
     * until {@link #finishRun} while that writer lives. False for a finished, orphaned or unknown run.
     */
    boolean isWriterAlive(UUID runId);

    /**
     * Finds RUNNING runs whose owner is gone and marks them INTERRUPTED, with {@code ended_at} = the
     * received time of their last sample (now if they have none). Runs owned by a live writer are
     * left alone. The caller computes and saves the statistics of what it returns
     * ({@link RunCatalog#updateCachedStats}).
     *
     * @return the runs it marked, as now stored
     */
    List<Run> recoverOrphanedRuns();

    /**
     * Finished runs that have samples but no cached statistics: what an older version (or a process
     * that died between finishing a run and caching its statistics) leaves. The caller computes and
     * saves their statistics ({@link RunCatalog#updateCachedStats}).
     *
     * @return their ids, oldest first
     */
    List<UUID> finishedRunsWithoutStats();
}
