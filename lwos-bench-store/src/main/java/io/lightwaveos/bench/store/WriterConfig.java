package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.StoreException.Reason;
import java.time.Duration;

/**
 * How a {@link SampleWriter} batches.
 *
 * @param batchRows         commit as soon as this many samples are waiting, 1 or more
 * @param maxCommitInterval commit at the latest this long after the oldest uncommitted sample was
 *                          taken from the queue; more than zero and at most 250 ms (so a
 *                          {@code kill -9} loses at most the last quarter second, and a live view
 *                          sees a sample within that time)
 * @param queueCapacity     samples the queue holds between the producer and the writer thread,
 *                          1 or more; a producer that finds it full waits (backpressure)
 */
public record WriterConfig(int batchRows, Duration maxCommitInterval, int queueCapacity) {

    /** The longest commit interval allowed. */
    public static final Duration MAX_COMMIT_INTERVAL = Duration.ofMillis(250);

    /** 8192 rows, 200 ms, 16384 queued samples (a few MB at most). */
    public static final WriterConfig DEFAULT = new WriterConfig(8192, Duration.ofMillis(200), 16_384);

    /**
     * @throws StoreException {@link Reason#INVALID} naming the rule a value breaks
     */
    public WriterConfig {
        if (batchRows < 1) {
            throw new StoreException(Reason.INVALID, "batchRows must be >= 1, got " + batchRows);
        }
        if (queueCapacity < 1) {
            throw new StoreException(Reason.INVALID, "queueCapacity must be >= 1, got " + queueCapacity);
        }
        if (maxCommitInterval == null || maxCommitInterval.isNegative() || maxCommitInterval.isZero()
                || maxCommitInterval.compareTo(MAX_COMMIT_INTERVAL) > 0) {
            throw new StoreException(Reason.INVALID, "maxCommitInterval must be more than 0 and at most 250 ms, got "
                    + maxCommitInterval);
        }
    }
}
