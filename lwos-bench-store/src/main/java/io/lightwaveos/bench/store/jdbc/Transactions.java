package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;

/**
 * An engine's connections and the transactions it runs on them: the read/write shape both engines
 * share, so that {@link JdbcRunStore} holds the store's logic once. Every method turns a driver
 * failure into a {@link StoreException} naming what was being done.
 */
public interface Transactions extends AutoCloseable {

    /**
     * Where the store is, for messages: an absolute file path or a URL without its password.
     *
     * @return the location, never null
     */
    String location();

    /**
     * Whether the store may only be read (a file this user may not write); every write then fails.
     * By default false: a server decides per statement what its user may do.
     *
     * @return true for a read-only store
     */
    default boolean readOnly() {
        return false;
    }

    /**
     * Runs {@code work} in a read transaction (one consistent snapshot).
     *
     * @param what what is being done, for messages ("read run …")
     * @param work the work
     * @param <T>  what the work returns
     * @return the work's result
     */
    <T> T read(String what, SqlWork<T> work);

    /**
     * Runs {@code work} in a write transaction: committed if it returns, rolled back if it throws.
     * An engine may repeat the whole transaction when the server could not be reached, so the
     * work must be repeatable.
     *
     * @param what what is being done, for messages
     * @param work the work (repeatable)
     * @param <T>  what the work returns
     * @return the work's result
     * @throws StoreException {@link Reason#CONFLICT} if the store is read-only or closed
     */
    <T> T write(String what, SqlWork<T> work);

    /**
     * Runs {@code work} in a write transaction that is never repeated (the work reads input
     * that can be read once only).
     *
     * @param what what is being done, for messages
     * @param work the work
     * @param <T>  what the work returns
     * @return the work's result
     */
    <T> T writeOnce(String what, SqlWork<T> work);

    /**
     * Where one sample writer commits its blocks; the writer closes it when it closes. By default
     * the store's own {@link #write} (a pool hands each commit a connection).
     *
     * @return a new channel
     */
    default Channel newChannel() {
        Transactions shared = this;
        return new Channel() {
            @Override
            public <T> T write(String what, SqlWork<T> work) {
                return shared.write(what, work);
            }

            @Override
            public void close() {
                // Connections go back to the pool after each commit.
            }
        };
    }

    /** Closes every connection. */
    @Override
    void close();

    /** Write transactions for one sample writer (its own connection, or the shared pool). */
    interface Channel extends AutoCloseable {

        /**
         * Runs {@code work} in a write transaction, as {@link Transactions#write}.
         *
         * @param what what is being done, for messages
         * @param work the work (repeatable)
         * @param <T>  what the work returns
         * @return the work's result
         */
        <T> T write(String what, SqlWork<T> work);

        /** Gives the channel's connection back; never fails. */
        @Override
        void close();
    }
}
