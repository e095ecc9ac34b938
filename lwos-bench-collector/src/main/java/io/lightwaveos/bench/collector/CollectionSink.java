package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Sample;

/**
 * Where a collection delivers what it receives: samples, events and counter updates. The store
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
}
