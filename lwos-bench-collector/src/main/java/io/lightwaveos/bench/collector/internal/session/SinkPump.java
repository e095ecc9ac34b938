package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectionSink;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The sink thread's loop: takes items off the {@link HandOffQueue} in batches and calls the sink,
 * one thread, in order. Ends at the {@link SessionEnd}, completing the collection only after the
 * last sink call returned. If the sink throws, it reports the failure once and discards the rest,
 * so reading can resume and the session can wind down.
 */
public final class SinkPump implements Runnable {

    private final HandOffQueue queue;
    private final CollectionSink sink;
    private final Consumer<Throwable> onSinkFailure;
    private final CompletableFuture<CollectionResult> completion;
    private long delivered;
    private Throwable failure;

    /**
     * @param queue         where the session puts samples, events, counters and its end
     * @param sink          who gets them
     * @param onSinkFailure told (on this thread) when the sink first throws
     * @param completion    completed with the final result
     */
    public SinkPump(HandOffQueue queue, CollectionSink sink, Consumer<Throwable> onSinkFailure,
            CompletableFuture<CollectionResult> completion) {
        this.queue = queue;
        this.sink = sink;
        this.onSinkFailure = onSinkFailure;
        this.completion = completion;
    }

    @Override
    public void run() {
        boolean interrupted = false;
        try {
            while (true) {
                List<Object> batch;
                try {
                    batch = queue.take();
                } catch (InterruptedException e) {
                    // Stopping half-way would lose samples; stopping is the session's job.
                    interrupted = true;
                    continue;
                }
                for (int i = 0, n = batch.size(); i < n; i++) {
                    Object item = batch.get(i);
                    if (item instanceof SessionEnd end) {
                        queue.delivered(n);
                        completion.complete(finalResult(end.result()));
                        return;
                    }
                    deliver(item);
                }
                queue.delivered(batch.size());
            }
        } catch (RuntimeException | Error e) {
            completion.completeExceptionally(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void deliver(Object item) {
        if (failure != null) {
            return;
        }
        try {
            if (item instanceof Sample s) {
                sink.sample(s);
                delivered++;
            } else if (item instanceof RunEvent e) {
                sink.event(e);
            } else if (item instanceof RunCounters c) {
                sink.counters(c);
            } else if (item instanceof RunContext c) {
                sink.context(c);
            } else if (item instanceof MeasureSet m) {
                sink.measures(m);
            } else {
                throw new IllegalStateException("unexpected hand-off item " + item);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            onSinkFailure.accept(e);
        }
    }

    private CollectionResult finalResult(CollectionResult r) {
        if (failure == null || r.status() == RunStatus.FAILED) {
            return delivered == r.sampleCount() ? r : withOutcome(r, r.status(), r.stopReason(),
                    r.failureReason(), r.failureMessage());
        }
        return withOutcome(r, RunStatus.FAILED, StopReason.FAILED, FailureReason.SINK_FAILED,
                FailureMessages.sinkFailed(failure));
    }

    private CollectionResult withOutcome(CollectionResult r, RunStatus status, StopReason stop,
            FailureReason reason, String message) {
        return new CollectionResult(status, stop, reason, message, r.source(), r.startedAt(), r.endedAt(),
                delivered, r.counters(), r.statsResets(), r.textMessagesIgnored(), r.deviceResults(), r.events(),
                r.context(), r.warnings(), r.measures());
    }
}
