package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.WriterConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The {@link SampleWriter} of both stores: a bounded queue, a background thread that packs samples
 * into blocks ({@link BlockAppender}) and hands them to a {@link Committer} in batches (see
 * {@link SampleWriter} for the guarantees). The committer is the only part that knows the database.
 */
public final class BatchingSampleWriter implements SampleWriter {

    /** Writes the appender's pending blocks in one transaction; runs on the writer thread only. */
    public interface Committer {
        /**
         * Writes {@link BlockAppender#pending()} and the run's new sample count in one transaction,
         * then calls {@link BlockAppender#committed()}.
         *
         * @return the number of samples this commit added
         * @throws RuntimeException if the transaction failed for good (the writer then fails)
         */
        long commit(BlockAppender appender);

        /** Releases the writer's connection; called once, on the writer thread, at the end. */
        void close();
    }


    private static final long OFFER_POLL_MS = 50;
    private static final int DRAIN_MAX = 4096;

    /** Asks the thread to commit and then complete the future. */
    private record Flush(CompletableFuture<Void> done) {
    }

    /** Asks the thread to commit, close its connection and stop. */
    private record Stop(CompletableFuture<Void> done) {
    }

    private final UUID runId;
    private final WriterConfig config;
    private final Committer committer;
    private final ArrayBlockingQueue<Object> queue;
    private final Runnable onClose;
    private final Thread thread;
    private final Object appendLock = new Object();

    private long lastAppendedSeq;
    private boolean closed;
    private volatile Throwable failure;
    private volatile long lastCommittedSeq;
    private volatile long committedCount;

    /**
     * Starts the writer thread.
     *
     * @param runId         the run written
     * @param lastStoredSeq the run's highest stored seq, or -1
     * @param config        how to batch
     * @param committer     writes batches
     * @param onClose       called once after {@link #close()} has stopped the thread
     */
    public BatchingSampleWriter(UUID runId, long lastStoredSeq, WriterConfig config, Committer committer,
            Runnable onClose) {
        this.runId = runId;
        this.config = config;
        this.committer = committer;
        this.onClose = onClose;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.lastAppendedSeq = lastStoredSeq;
        this.lastCommittedSeq = lastStoredSeq;
        this.thread = new Thread(this::runLoop, "lwos-bench-writer-" + runId.toString().substring(0, 8));
        // A daemon, so that a caller that forgets close() cannot keep the JVM alive; what was not
        // committed then is lost exactly as if the process had been killed.
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public UUID runId() {
        return runId;
    }

    @Override
    public WriterConfig config() {
        return config;
    }

    @Override
    public void append(Sample sample) {
        Objects.requireNonNull(sample, "sample");
        synchronized (appendLock) {
            checkUsable();
            if (sample.seq() <= lastAppendedSeq) {
                throw new StoreException(Reason.INVALID, "samples must come in increasing seq order: got seq "
                        + sample.seq() + " after seq " + lastAppendedSeq + " for run " + runId);
            }
            enqueue(sample);
            lastAppendedSeq = sample.seq();
        }
    }

    @Override
    public void flush() {
        Flush flush = new Flush(new CompletableFuture<>());
        synchronized (appendLock) {
            checkUsable();
            enqueue(flush);
        }
        await(flush.done());
    }

    @Override
    public long lastCommittedSeq() {
        return lastCommittedSeq;
    }

    @Override
    public long committedCount() {
        return committedCount;
    }

    @Override
    public boolean hasFailed() {
        return failure != null;
    }

    @Override
    public void close() {
        Stop stop = new Stop(new CompletableFuture<>());
        synchronized (appendLock) {
            if (closed) {
                return;
            }
            closed = true;
            enqueueUninterruptibly(stop);
        }
        try {
            await(stop.done());
        } finally {
            onClose.run();
        }
    }

    private void checkUsable() {
        if (closed) {
            throw new StoreException(Reason.CONFLICT, "the writer of run " + runId + " is closed");
        }
        Throwable f = failure;
        if (f != null) {
            throw failed(f);
        }
    }

    private StoreException failed(Throwable f) {
        return new StoreException(Reason.WRITER_FAILED, "the writer of run " + runId
                + " failed; samples after seq " + lastCommittedSeq + " were not stored: " + f.getMessage(), f);
    }

    private void enqueue(Object item) {
        try {
            while (!queue.offer(item, OFFER_POLL_MS, TimeUnit.MILLISECONDS)) {
                Throwable f = failure;
                if (f != null) {
                    throw failed(f);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Reason.INTERRUPTED, "interrupted while waiting for room in the writer queue of run "
                    + runId, e);
        }
    }

    /** The stop marker must get in even if the closing thread was interrupted: the thread always drains. */
    private void enqueueUninterruptibly(Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void await(CompletableFuture<Void> done) {
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Reason.INTERRUPTED, "interrupted while waiting for the writer of run " + runId, e);
        } catch (ExecutionException e) {
            throw failed(e.getCause());
        }
    }

    private void runLoop() {
        BlockAppender appender = new BlockAppender(lastCommittedSeq);
        List<Object> batch = new ArrayList<>(DRAIN_MAX);
        long intervalNanos = config.maxCommitInterval().toNanos();
        long deadline = 0;
        int uncommitted = 0;
        try {
            while (true) {
                Object first;
                if (uncommitted == 0) {
                    first = queue.take();
                } else {
                    first = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                }
                if (first == null) {
                    commit(appender);
                    uncommitted = 0;
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, DRAIN_MAX - 1);
                for (Object item : batch) {
                    if (item instanceof Sample sample) {
                        if (failure != null) {
                            continue; // append already throws; the queue is drained so nobody waits forever
                        }
                        appender.add(sample);
                        if (uncommitted++ == 0) {
                            deadline = System.nanoTime() + intervalNanos;
                        }
                        if (uncommitted >= config.batchRows()) {
                            commit(appender);
                            uncommitted = 0;
                        }
                    } else if (item instanceof Flush flush) {
                        commit(appender);
                        uncommitted = 0;
                        complete(flush.done());
                    } else if (item instanceof Stop stop) {
                        commit(appender);
                        committer.close();
                        complete(stop.done());
                        return;
                    }
                }
                batch.clear();
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            // Nobody interrupts this private thread, and appender.add cannot fail on samples append()
            // accepted; if either happens all the same, behave as on a failed commit.
            fail(e);
            committer.close();
            drainAfterFailure();
        }
    }

    private void commit(BlockAppender appender) {
        if (failure != null) {
            return;
        }
        try {
            long counted = committer.commit(appender);
            committedCount += counted;
            lastCommittedSeq = appender.lastSeq();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void complete(CompletableFuture<Void> done) {
        Throwable f = failure;
        if (f == null) {
            done.complete(null);
        } else {
            done.completeExceptionally(f);
        }
    }

    private void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** After an unexpected error: keep answering markers so no caller waits forever. */
    private void drainAfterFailure() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item instanceof Flush flush) {
                complete(flush.done());
            } else if (item instanceof Stop stop) {
                complete(stop.done());
                return;
            }
        }
    }
}
