package io.lightwaveos.bench.service.collect;

import io.lightwaveos.bench.collector.CollectionSink;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoredText;
import java.util.Objects;
import java.util.UUID;

/**
 * Delivers a collection into the run store as it arrives: samples through the run's batched
 * {@link SampleWriter} (so Ctrl-C or a crash keeps what was committed), events, counters and context
 * straight to the store. Called on the collector's sink thread only; {@link #sample} blocks while
 * the writer's queue is full, which slows the collector down instead of dropping frames.
 *
 * <p>What the device says is not the user's to fix: a NUL character in it (which no store keeps,
 * see {@link StoredText}) becomes U+FFFD here, and the collection goes on.
 */
public final class StoreSink implements CollectionSink {

    private final RunService runs;
    private final UUID runId;
    private final SampleWriter writer;

    /**
     * @param runs   the service over the store the run lives in
     * @param runId  a RUNNING run this process owns
     * @param writer that run's open writer
     */
    public StoreSink(RunService runs, UUID runId, SampleWriter writer) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.runId = Objects.requireNonNull(runId, "runId");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void sample(Sample sample) {
        writer.append(sample);
    }

    @Override
    public void event(RunEvent event) {
        runs.appendEvent(runId, StoredText.withoutNul(event));
    }

    @Override
    public void counters(RunCounters counters) {
        runs.updateCounters(runId, counters);
    }

    @Override
    public void context(RunContext context) {
        runs.updateContext(runId, StoredText.withoutNul(context));
    }
}
