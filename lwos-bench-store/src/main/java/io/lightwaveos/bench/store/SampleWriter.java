package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.util.UUID;

/**
 * Appends one run's samples through a bounded queue to a background thread that commits them in
 * batches. Get one from {@link RunLifecycle#openWriter}.
 *
 * <p><b>Batching.</b> The thread commits when {@link WriterConfig#batchRows()} samples are waiting,
 * and at the latest {@link WriterConfig#maxCommitInterval()} (≤ 250 ms) after the oldest
 * uncommitted sample was taken off the queue; {@link #flush()} and {@link #close()} commit too.
 * A committed batch survives the process being killed.
 *
 * <p><b>Backpressure.</b> {@link #append} waits while the queue is full: a producer faster than
 * the store slows down, memory stays bounded by the queue, and no sample is dropped. If the thread
 * fails for good (disk full, server gone for longer than the store retries), every later call
 * throws {@link Reason#WRITER_FAILED}: samples appended since the last commit are then lost, and
 * the caller learns it.
 *
 * <p><b>Threads.</b> All methods are thread-safe. Samples must come with strictly increasing seq
 * (a gap is fine); {@link #append} checks it in the caller's thread.
 */
public interface SampleWriter extends AutoCloseable {

    /** The run this writer appends to. */
    UUID runId();

    /** How this writer batches. */
    WriterConfig config();

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
    void append(Sample sample);

    /**
     * Waits until every sample appended before this call is committed.
     *
     * @throws StoreException {@link Reason#WRITER_FAILED} if the background thread failed (then not
     *                        every sample was stored); {@link Reason#CONFLICT} after {@link #close()};
     *                        {@link Reason#INTERRUPTED} if interrupted while waiting
     */
    void flush();

    /**
     * The seq of the last committed sample (stored, visible to other readers), or -1 if none is.
     * For progress displays and crash tests.
     */
    long lastCommittedSeq();

    /** Samples this writer has committed so far. */
    long committedCount();

    /** Whether the background thread has failed (see {@link Reason#WRITER_FAILED}). */
    boolean hasFailed();

    /**
     * Commits what is queued, stops the thread and releases its connection. Idempotent. The run
     * stays RUNNING and owned by the store until {@link RunLifecycle#finishRun} (or the store is
     * closed).
     *
     * @throws StoreException {@link Reason#WRITER_FAILED} if the background thread had failed, so
     *                        some appended samples were not stored (the writer is closed anyway);
     *                        {@link Reason#INTERRUPTED} if interrupted while waiting
     */
    @Override
    void close();
}
