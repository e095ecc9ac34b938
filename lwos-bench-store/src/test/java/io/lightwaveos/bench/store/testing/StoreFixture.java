package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunStore;
import java.util.List;

/**
 * A store for one test, on one of the two implementations: {@link #open()} opens the test's store
 * (another instance on the same data each time it is called, like another process would),
 * {@link #location()} names it for child processes and the CLI. Closing the fixture removes what
 * the test stored.
 */
public interface StoreFixture extends AutoCloseable {

    /** "sqlite" or "postgresql", for messages. */
    String kind();

    /** A new store instance on the test's data; the caller closes it. */
    RunStore open();

    /** A new store instance on separate, empty data named {@code name}; the caller closes it. */
    RunStore openOther(String name);

    /** Where the test's store is, as {@code --db} takes it. */
    String location();

    /**
     * Runs one SQL statement on the test's data behind the stores' backs (as another program
     * would), with foreign keys enforced.
     */
    void execute(String sql);

    /** The one number a query answers, read behind the stores' backs. */
    long queryLong(String sql);

    /**
     * How readers see a run whose writer went away without finishing it, before anyone recovered
     * it: RUNNING where only a recovery can tell (SQLite: the lock is free, but nobody looked),
     * INTERRUPTED where every read checks the lease (PostgreSQL).
     */
    RunStatus orphanStatusBeforeRecovery();

    /** The tables that hold rows per run (each with a {@code run_key} column). */
    List<String> runTables();

    @Override
    void close();
}
