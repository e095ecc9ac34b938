package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Appends one run's samples through a bounded queue to a background thread that commits them in
 * batches, on its own SQLite connection. Get one from {@link RunStore#openWriter}.
 *
 * <p><b>Batching.</b> The thread commits when {@link WriterConfig#batchRows()} samples are waiting,
 * and at the latest {@link WriterConfig#maxCommitInterval()} (≤ 250 ms) after the oldest
 * uncommitted sample was taken off the queue; {@link #flush()} and {@link #close()} commit too.
 * SQLite's write lock is held only while a batch is written, so events and counters written
 * through {@link RunStore} meanwhile (on the store's own connection) wait a few milliseconds at
 * most. A committed batch survives the process being killed.
 *
 * <p><b>Backpressure.</b> {@link #append} waits while the queue is full: a producer faster than
 * the disk slows down, memory stays bounded by the queue, and no sample is dropped. If the thread
 * fails (disk full, database locked past the busy timeout), every later call throws
 * {@link Reason#WRITER_FAILED}: samples appended since the last commit are then lost, and the caller
 * learns it.
 *
 * <p><b>Threads.</b> All methods are thread-safe. Samples must come with strictly increasing seq
 * (a gap is fine); {@link #append} checks it in the caller's thread.
 */
public final class SampleWriter implements AutoCloseable {

    private static final long OFFER_POLL_MS = 50;
    private static final int DRAIN_MAX = 4096;

    /** Asks the thread to commit and then complete the future. */
    private record Flush(CompletableFuture<Void> done) {
    }

    /** Asks the thread to commit, close its connection and stop. */
    private record Stop(CompletableFuture<Void> done) {
    }

    private final UUID runId;
    private final long runKey;
    private final WriterConfig config;
    private final Connection connection;
    private final ArrayBlockingQueue<Object> queue;
    private final Runnable onClose;
    private final Thread thread;
    private final Object appendLock = new Object();

    private long lastAppendedSeq;
    private boolean closed;
    private volatile Throwable failure;
    private volatile long lastCommittedSeq;
    private volatile long committedCount;

    SampleWriter(UUID runId, long runKey, long lastStoredSeq, WriterConfig config, Connection connection,
            Runnable onClose) {
        this.runId = runId;
        this.runKey = runKey;
        this.config = config;
        this.connection = connection;
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

    /** The run this writer appends to. */
    public UUID runId() {
        return runId;
    }

    /** How this writer batches. */
    public WriterConfig config() {
        return config;
    }

    /**
     * Queues {@code sample} for writing; returns as soon as it is queued. Waits while the queue is
     * full.
     *
     * @throws StoreException {@link Reason#INVALID} if its seq is not above the last appended one
     *                        (nothing is queued); {@link Reason#WRITER_FAILED} if the background
     *                        thread failed; {@link Reason#CONFLICT} after {@link #close()};
     *                        {@link Reason#INTERRUPTED} if the thread is interrupted while waiting
     *                        (the sample is not queued, the interrupt flag is kept)
     */
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

    /**
     * Waits until every sample appended before this call is committed.
     *
     * @throws StoreException {@link Reason#WRITER_FAILED} if the background thread failed (then not
     *                        every sample was stored); {@link Reason#CONFLICT} after {@link #close()};
     *                        {@link Reason#INTERRUPTED} if interrupted while waiting
     */
    public void flush() {
        Flush flush = new Flush(new CompletableFuture<>());
        synchronized (appendLock) {
            checkUsable();
            enqueue(flush);
        }
        await(flush.done());
    }

    /**
     * The seq of the last committed sample (stored in the database, visible to other connections),
     * or -1 if none is. For progress displays and crash tests.
     */
    public long lastCommittedSeq() {
        return lastCommittedSeq;
    }

    /** Samples this writer has committed so far. */
    public long committedCount() {
        return committedCount;
    }

    /** Whether the background thread has failed (see {@link Reason#WRITER_FAILED}). */
    public boolean hasFailed() {
        return failure != null;
    }

    /**
     * Commits what is queued, stops the thread and closes its connection. Idempotent. The run stays
     * RUNNING and owned by the store until {@link RunStore#finishRun} (or the store is closed).
     *
     * @throws StoreException {@link Reason#WRITER_FAILED} if the background thread had failed, so
     *                        some appended samples were not stored (the writer is closed anyway);
     *                        {@link Reason#INTERRUPTED} if interrupted while waiting
     */
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
        BlockAppender appender = new BlockAppender(runKey, lastCommittedSeq);
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
                        Database.closeQuietly(connection);
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
            Database.closeQuietly(connection);
            drainAfterFailure();
        }
    }

    private void commit(BlockAppender appender) {
        if (failure != null) {
            return;
        }
        try {
            long counted = Database.inTransaction(connection, "BEGIN IMMEDIATE",
                    "commit samples of run " + runId, appender::writePending);
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
