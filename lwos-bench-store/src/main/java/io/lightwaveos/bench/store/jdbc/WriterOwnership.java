package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.run.Run;
import java.util.List;
import java.util.UUID;

/**
 * How an engine tells a live writer of a RUNNING run from a dead one: OS file locks beside an
 * SQLite file, leases renewed by a heartbeat in a PostgreSQL row. A store holds a {@link Claim}
 * on each run it writes, from creating (or adopting) the run until it finishes it or closes.
 */
public interface WriterOwnership extends AutoCloseable {

    /**
     * Claims the writing of a run for this store, where the engine decides that outside SQL (an
     * engine that decides in the run's row, like leases, claims in {@link Dialect#insertRun} and
     * {@link Dialect#takeWriter} and always answers here).
     *
     * @param runId the run
     * @return the claim, or {@code null} if a live writer elsewhere holds the run
     */
    Claim claim(UUID runId);

    /**
     * Whether some store, in this process or another, is writing the run now.
     *
     * @param runId the run
     * @return true while its writer is alive
     */
    boolean isAlive(UUID runId);

    /**
     * Marks RUNNING runs whose writer died INTERRUPTED, ended at their last committed sample.
     *
     * @return the runs marked, as they are now
     */
    List<Run> recover();

    /** Gives up every claim still held, as a process that dies would. */
    @Override
    void close();

    /** This store's hold on one run. */
    interface Claim {

        /**
         * Gives the claim up.
         *
         * @param finished whether the run is finished or gone, so that nothing is left for a later
         *                 writer to adopt
         */
        void release(boolean finished);
    }
}
