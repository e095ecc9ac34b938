package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.collector.internal.session.FailureMessages;
import io.lightwaveos.bench.collector.internal.session.HandOffQueue;
import io.lightwaveos.bench.collector.internal.session.Session;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running collection ({@link Collector#start}): poll {@link #progress()}, {@link #stop()} it,
 * {@link #await()} its result. Thread-safe.
 */
public final class CollectionHandle {

    private final String source;
    private final Session session;
    private final HandOffQueue queue;
    private final Executor sessionThread;
    private final CompletableFuture<CollectionResult> completion;

    CollectionHandle(String source, Session session, HandOffQueue queue, Executor sessionThread,
            CompletableFuture<CollectionResult> completion) {
        this.source = source;
        this.session = session;
        this.queue = queue;
        this.sessionThread = sessionThread;
        this.completion = completion;
    }

    /** The device URL collected from. */
    public String source() {
        return source;
    }

    /** A snapshot of where the collection is; cheap, callable from any thread at any rate. */
    public Progress progress() {
        return session.progress();
    }

    /**
     * Asks the collection to stop (e.g. on Ctrl-C): it unsubscribes, closes, hands every sample
     * received so far to the sink, and ends with status INTERRUPTED. Returns at once; harmless if
     * the collection is already ending.
     */
    public void stop() {
        try {
            sessionThread.execute(session::requestStop);
        } catch (RejectedExecutionException e) {
            // The collection has already finished and released its thread: nothing to stop.
        }
    }

    /**
     * Waits for the end and returns the result; every sink call has returned by then.
     *
     * @throws InterruptedException if the waiting thread is interrupted (the collection goes on)
     */
    public CollectionResult await() throws InterruptedException {
        try {
            return completion.get();
        } catch (ExecutionException e) {
            throw internal(e);
        }
    }

    /**
     * Waits for the end, whatever happens to the waiting thread: an interrupt stops the collection
     * cleanly (it ends INTERRUPTED, as with {@link #stop()}), the wait goes on until the end, and
     * the thread's interrupt flag is set again before returning.
     */
    public CollectionResult awaitStoppingOnInterrupt() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return await();
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits at most {@code timeout} for the end.
     *
     * @throws TimeoutException     if the collection is still running after {@code timeout}
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public CollectionResult await(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return completion.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw internal(e);
        }
    }

    /** Whether the result is available. */
    public boolean isDone() {
        return completion.isDone();
    }

    /** Completes with the result (after the last sink call), for callers that do not block. */
    public CompletionStage<CollectionResult> completion() {
        return completion.minimalCompletionStage();
    }

    /** How the hand-off queue between socket and sink has behaved so far. */
    public HandOffStats handOffStats() {
        return queue.stats();
    }

    private static CollectorException internal(ExecutionException e) {
        return new CollectorException(FailureReason.INTERNAL_ERROR, FailureMessages.internal(e.getCause()), e.getCause());
    }
}
