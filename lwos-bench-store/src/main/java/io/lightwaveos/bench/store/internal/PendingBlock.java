package io.lightwaveos.bench.store.internal;

/**
 * One sample block to upsert (layout in {@link SampleBlock}).
 *
 * @param firstSeq        seq of its first sample
 * @param count           samples it holds
 * @param firstReceivedUs received time of its first sample, µs since the epoch
 * @param entries         the encoded samples
 * @param alreadyWritten  how many of them an earlier commit wrote already (a partial block grows);
 *                        {@code count - alreadyWritten} is what writing it adds to the run's count
 */
public record PendingBlock(long firstSeq, int count, long firstReceivedUs, byte[] entries, int alreadyWritten) {

    /** Samples this block adds to the run's count when written. */
    public int newSamples() {
        return count - alreadyWritten;
    }

    /** Samples the blocks add to the run's count when written. */
    public static long newSamples(Iterable<PendingBlock> blocks) {
        long n = 0;
        for (PendingBlock b : blocks) {
            n += b.newSamples();
        }
        return n;
    }
}
