package io.lightwaveos.bench.store.internal;

import java.sql.SQLException;

/**
 * One run's sample blocks as a database holds them, inside one read transaction: what
 * {@link BlockReads} needs from a store to turn blocks back into columns and samples.
 */
public interface BlockSource {

    /** Receives block rows in seq order; returns false to stop the scan. */
    @FunctionalInterface
    interface Visitor {
        boolean block(long firstSeq, int count, long firstReceivedUs, byte[] entries);
    }

    /** The first seq of the block holding {@code seq} or the first after it ({@code Long.MIN_VALUE} for all). */
    long blockStart(long seq) throws SQLException;

    /** Samples in blocks starting at or after {@code startSeq}. */
    long countFrom(long startSeq) throws SQLException;

    /** Calls {@code visitor} with each block starting at or after {@code startSeq}, in seq order. */
    void scan(long startSeq, Visitor visitor) throws SQLException;
}
