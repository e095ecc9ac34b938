package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.internal.BlockReads;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.internal.SampleBlockTable;
import io.lightwaveos.bench.store.jdbc.RunRows;
import io.lightwaveos.bench.store.jdbc.WriterOwnership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * The writer of an SQLite run is the process holding the run's OS file lock (beside the database,
 * {@code <db>-locks/<id>.lock}, see {@link RunLocks}). If that process dies, however it dies, the
 * OS releases the lock; a free lock on a RUNNING run means its owner is gone.
 */
final class FileLockOwnership implements WriterOwnership {

    private final Database db;
    private final RunLocks locks;
    private final RunRows rows;
    /** Locks this store holds; guarded by {@code this}. */
    private final Set<RunLocks.Held> held = new HashSet<>();

    FileLockOwnership(Database db, RunLocks locks, RunRows rows) {
        this.db = db;
        this.locks = locks;
        this.rows = rows;
    }

    @Override
    public Claim claim(UUID runId) {
        RunLocks.Held lock = locks.tryAcquire(runId);
        if (lock == null) {
            return null;
        }
        synchronized (this) {
            held.add(lock);
        }
        return finished -> {
            synchronized (this) {
                held.remove(lock);
            }
            // The file of a RUNNING run stays: another process may adopt the run through that very file.
            if (finished) {
                lock.releaseAndDelete();
            } else {
                lock.release();
            }
        };
    }

    @Override
    public boolean isAlive(UUID runId) {
        return locks.isHeld(runId);
    }

    @Override
    public List<Run> recover() {
        List<Run> running = db.read("list running runs", rows::running);
        List<Run> recovered = new ArrayList<>();
        for (Run candidate : running) {
            RunLocks.Held lock = locks.tryAcquire(candidate.id());
            if (lock == null) {
                continue; // its owner is alive
            }
            try {
                Optional<Run> marked = db.write("mark run " + candidate.id() + " INTERRUPTED", c -> {
                    OptionalLong key = rows.key(c, candidate.id());
                    if (key.isEmpty()) {
                        return Optional.<Run>empty();
                    }
                    SampleBlockTable blocks = new SampleBlockTable(c, key.getAsLong());
                    Long lastUs = BlockReads.lastReceivedMicros(blocks, blocks.lastSeq());
                    long endedUs = lastUs != null ? lastUs : Micros.of(Instant.now());
                    // Conditional on RUNNING: a process that finished it just before we got the lock wins.
                    return rows.finish(c, key.getAsLong(), RunStatus.INTERRUPTED, endedUs)
                            ? rows.find(c, candidate.id()) : Optional.<Run>empty();
                });
                marked.ifPresent(recovered::add);
            } finally {
                lock.releaseAndDelete();
            }
        }
        return recovered;
    }

    @Override
    public synchronized void close() {
        held.forEach(RunLocks.Held::release);
        held.clear();
    }
}
