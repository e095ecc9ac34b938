package io.lightwaveos.bench.store;

/**
 * A run store: where runs, their samples, measures, events, counters and cached statistics live.
 * Two implementations exist, an SQLite file for one machine ({@code store.sqlite}) and a PostgreSQL
 * database shared by a team ({@code store.postgres}); {@link RunStores#open} picks one from a
 * location. They behave the same: one contract test suite runs against both.
 *
 * <p>Several processes, on one machine or several, may use the same store at once: readers never
 * wait for writers, and a dead writer's run becomes INTERRUPTED (see {@link RunLifecycle}).
 */
public interface RunStore extends RunLifecycle, RunCatalog, SampleQueries, MeasureQueries, ChangeRecords, AutoCloseable {

    /**
     * Where the store is, for messages: the SQLite file's absolute path, or the PostgreSQL URL
     * without its password.
     */
    String location();

    /**
     * Whether the store refuses changes (an SQLite file this user may not write); reads work.
     */
    boolean readOnly();

    /**
     * Closes open writers (committing what they hold), gives up the runs this store owns (a run left
     * RUNNING becomes an orphan that {@link #recoverOrphanedRuns} will mark INTERRUPTED) and closes
     * the connections. Idempotent.
     */
    @Override
    void close();
}
