package io.lightwaveos.bench.service.collect;

import io.lightwaveos.bench.collector.CollectionHandle;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.Collector;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.CollectorException;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException;
import java.util.Map;
import java.util.Optional;

/**
 * A collection into a new run of the store: creates the RUNNING run, opens its writer, starts the
 * collector with a {@link StoreSink}, and at the end finishes the run (statistics computed and
 * cached). A collection that ends without a sample leaves no run behind.
 *
 * <p>In one call, blocking until the configuration's stop condition:
 * <pre>{@code
 * Run run = StoreCollection.collect(runs, RunStart.named("nightly"),
 *         CollectorConfig.builder().url("ws://192.168.1.40/ws").duration(Duration.ofMinutes(5)).build());
 * }</pre>
 * or step by step ({@link #start}, {@link #progress}, {@link #await}, {@link #finish}) to show
 * progress and stop on Ctrl-C, as the command line does.
 */
public final class StoreCollection {

    private final RunService runs;
    private final Run run;
    private final SampleWriter writer;
    private final CollectionHandle collection;

    private StoreCollection(RunService runs, Run run, SampleWriter writer, CollectionHandle collection) {
        this.runs = runs;
        this.run = run;
        this.writer = writer;
        this.collection = collection;
    }

    /**
     * Creates the run and starts collecting into it. A start without a source gets the
     * configuration's URL as its source.
     *
     * @throws io.lightwaveos.bench.store.StoreException if the run cannot be created
     * @throws IllegalStateException                     if the collector cannot start (TLS set-up);
     *                                                   the run is removed again
     */
    public static StoreCollection start(RunService runs, RunStart start, CollectorConfig config) {
        Run run = runs.create(start.source().isEmpty() ? start.withSource(config.source()) : start);
        try {
            SampleWriter writer = runs.openWriter(run.id());
            CollectionHandle collection = Collector.start(config, new StoreSink(runs, run.id(), writer));
            return new StoreCollection(runs, run, writer, collection);
        } catch (RuntimeException e) {
            runs.finish(run.id(), RunStatus.FAILED, null, Map.of());
            runs.delete(run.id());
            throw e;
        }
    }

    /**
     * Collects into a new run in one call: creates it, collects until the configuration's stop
     * condition, and finishes it (statistics cached).
     *
     * @return the finished run (COMPLETE, or INTERRUPTED when the calling thread was interrupted)
     * @throws CollectorException if the collection failed; a run that got samples is kept, FAILED
     * @throws io.lightwaveos.bench.store.StoreException if the run cannot be created or written
     */
    public static Run collect(RunService runs, RunStart spec, CollectorConfig config) {
        StoreCollection collection = start(runs, spec, config);
        CollectionResult result = collection.await();
        Optional<Run> run = collection.finish(result);
        result.orThrow();
        return run.orElseThrow();
    }

    /** The run being written (as created: RUNNING, no samples). */
    public Run run() {
        return run;
    }

    /** Where the collection is now. */
    public Progress progress() {
        return collection.progress();
    }

    /** Asks the collection to stop cleanly (Ctrl-C); it ends INTERRUPTED. Returns at once. */
    public void stop() {
        collection.stop();
    }

    /**
     * Waits for the collection to end. An interrupt of the waiting thread stops the collection
     * (as Ctrl-C does) and the wait goes on until it has ended cleanly.
     */
    public CollectionResult await() {
        return collection.awaitStoppingOnInterrupt();
    }

    /**
     * Finishes the run with the result's status, end time and device results, flushing every
     * sample received and caching the statistics.
     *
     * @return the finished run; empty when the collection ended without a sample, however it ended
     *         (the run is deleted: a run of nothing would pass every gate)
     */
    public Optional<Run> finish(CollectionResult result) {
        // Commit every queued sample first: the statistics finish() caches cover committed samples.
        try {
            writer.close();
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.WRITER_FAILED) {
                throw e;
            }
            // The sink already failed on it, so the result says FAILED; finish the run all the same.
        }
        if (!result.measures().isEmpty()) {
            // The device's vitals, stored with the run (deleted with it when it holds no sample).
            runs.saveMeasures(run.id(), result.measures());
        }
        Run finished = runs.finish(run.id(), result.status(), result.endedAt(), result.deviceResults());
        if (finished.sampleCount() == 0) {
            runs.delete(run.id());
            return Optional.empty();
        }
        return Optional.of(finished);
    }
}
