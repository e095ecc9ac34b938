package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Sample;

/**
 * Where a collection delivers what it receives: samples, events, counter updates, context and
 * measures. The store
 * writer is one sink, {@link InMemorySink} another.
 *
 * <p><b>Threading.</b> Every method is called from one thread, the collection's sink thread (never
 * a Netty event loop), never concurrently, in the order things happened: an event such as a gap
 * arrives before the sample that revealed it. An implementation needs no locking for the
 * collector's calls.
 *
 * <p><b>Backpressure.</b> {@link #sample} may block, e.g. while a store writer's queue is full.
 * Samples wait in a bounded hand-off queue; when it reaches its high watermark the collector stops
 * reading from the socket (the device's TCP window fills) and resumes below the low watermark. No
 * frame is dropped and memory stays bounded however long the run.
 *
 * <p><b>Completion and failure.</b> {@link CollectionHandle#await()} returns only after the last call
 * to the sink has returned; nothing is called after that. If a method throws, the collection
 * stops, the sink gets no further calls, and the result fails with
 * {@link FailureReason#SINK_FAILED}.
 */
public interface CollectionSink {

    /**
     * One decoded benchmark frame. {@code seq} is 0-based and increases by one per sample in
     * arrival order across reconnects; {@code receivedAtMicros} is host UTC time. May block.
     */
    void sample(Sample sample);

    /** Something that happened: connected, subscribed, gap, reboot, disconnected, stopped... */
    default void event(RunEvent event) {
    }

    /**
     * The run's counters so far (cumulative, not increments). Called when they changed, at most
     * a few times per second, and once more with the final values before the collection ends.
     */
    default void counters(RunCounters counters) {
    }

    /**
     * The run's context as known so far: the collector's configured context over what the device
     * said (device info, workload at subscribe time). Called when it changed; the last call holds
     * the final value. Never carries the API key.
     */
    default void context(RunContext context) {
    }

    /**
     * The measures the collection took beside the frames: the device's vitals
     * ({@link DeviceVitals}), reduced over the whole run. Called at most once, after the last
     * sample and before the final counters, and not at all when there are none (vitals off, or
     * never answered). The same set is in {@link CollectionResult#measures()}.
     */
    default void measures(MeasureSet measures) {
    }
}
