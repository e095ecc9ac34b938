package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.MetricColumn;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.WriterConfig;
import io.lightwaveos.bench.store.internal.BatchingSampleWriter;
import io.lightwaveos.bench.store.internal.BlockAppender;
import io.lightwaveos.bench.store.internal.BlockReads;
import io.lightwaveos.bench.store.internal.ImportedRun;
import io.lightwaveos.bench.store.internal.Micros;
import io.lightwaveos.bench.store.internal.RunReferences;
import io.lightwaveos.bench.store.internal.SampleBlockTable;
import io.lightwaveos.bench.store.schema.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The run store in one SQLite file holding runs, their samples, events, counters, context,
 * quality and cached statistics: the store of one machine. Several processes may open the same file at once (WAL:
 * readers never wait for the writer, nor it for them).
 *
 * <h2>Life of a run</h2>
 * {@link #createRun} starts a RUNNING run and makes this store its <em>owner</em>: it holds the
 * run's OS file lock (beside the database, {@code <db>-locks/<id>.lock}) until {@link #finishRun},
 * {@link #deleteRun} or {@link #close}. {@link #openWriter} appends samples in the background;
 * {@link #appendEvent} and {@link #updateCounters} may be called at any time, also while a writer
 * is open. {@link #finishRun} flushes and closes the run's writer if one is still open, sets the
 * final status, and releases the lock, so the run is never RUNNING without a live owner in between.
 * If the owning process dies, the OS releases the lock; {@link #recoverOrphanedRuns} (which
 * {@link #open} does not call: the caller owns statistics and should compute them for what it
 * recovers) then marks such runs INTERRUPTED. A RUNNING run whose owner is alive is never touched.
 *
 * <h2>Conventions</h2>
 * Times are UTC {@link Instant}s kept to the microsecond (finer digits are dropped on the way in).
 * Run lists are newest first (by start time). Every method is thread-safe. Every failure is a
 * {@link StoreException} whose {@link StoreException#reason()} is listed on the method; all may
 * also raise {@link Reason#IO} (SQLite or file-system failure) and {@link Reason#CONFLICT} once the
 * store is closed.
 */
public final class SqliteRunStore implements RunStore {

    private final Database db;
    private final RunLocks locks;
    /** Runs this store owns (holds the lock of); guarded by {@code this}. */
    private final Map<UUID, RunLocks.Held> owned = new HashMap<>();
    /** Open writers by run; guarded by {@code this}. */
    private final Map<UUID, SampleWriter> writers = new HashMap<>();
    private boolean closed;

    private SqliteRunStore(Database db, Path lockBase) {
        this.db = db;
        this.locks = new RunLocks(lockBase);
    }

    /**
     * Opens (or creates) the database at {@code dbFile}: creates missing parent folders, checks the
     * file is a run store this version can read, switches it to WAL and applies pending schema
     * migrations, each in its own transaction. Does not recover orphaned runs (see
     * {@link #recoverOrphanedRuns}).
     *
     * @throws StoreException {@link Reason#SCHEMA_TOO_NEW} if a newer lwos-bench wrote the file;
     *                        {@link Reason#NOT_A_STORE} if it is not SQLite or holds another
     *                        application's tables (in both cases the file is left untouched);
     *                        {@link Reason#INVALID} if the path is a folder; {@link Reason#IO} if the
     *                        folder or the file cannot be created or opened
     */
    public static SqliteRunStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException(Reason.INVALID, "expected a database file, found a folder: " + file);
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "could not create the folder for " + file + ": " + e, e);
        }
        Database db = Database.open(file, Migrations.ALL);
        Path lockBase;
        try {
            // Two paths to one file (symlinks) must share locks.
            lockBase = file.toRealPath();
        } catch (IOException e) {
            db.close();
            throw new StoreException(Reason.IO, "could not resolve " + file + ": " + e, e);
        }
        return new SqliteRunStore(db, lockBase);
    }

    /**
     * Opens the database at {@code dbFile} like {@link #open}, but only when it exists: for
     * commands that only read, so a mistyped path creates neither folders nor an empty database.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} naming the path when there is no file there;
     *                        otherwise as {@link #open}
     */
    public static SqliteRunStore openExisting(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new StoreException(Reason.NOT_FOUND, "no run store at " + file + ": expected an existing database"
                    + " (collect or import creates one; --db or LWOS_BENCH_DB names another)");
        }
        Path parent = file.getParent();
        if (Files.isRegularFile(file) && (!Files.isWritable(file) || parent != null && !Files.isWritable(parent))) {
            Database db = Database.openReadOnly(file, Migrations.ALL);
            try {
                return new SqliteRunStore(db, file.toRealPath());
            } catch (IOException e) {
                db.close();
                throw new StoreException(Reason.IO, "could not resolve " + file + ": " + e, e);
            }
        }
        return open(dbFile);
    }

    /** The database file, absolute. */
    public Path path() {
        return db.file();
    }

    @Override
    public String location() {
        return db.file().toString();
    }

    @Override
    public Run createRun(NewRun spec) {
        Objects.requireNonNull(spec, "spec");
        checkWritable("create run \"" + spec.name() + "\"");
        UUID id = spec.id() != null ? spec.id() : UUID.randomUUID();
        Instant startedAt = Micros.truncate(spec.startedAt() != null ? spec.startedAt() : Instant.now());
        Run run = new Run(id, spec.name(), spec.description(), spec.tags(), spec.source(), startedAt, null,
                RunStatus.RUNNING, 0, RunCounters.ZERO, Map.of(), Map.of(), spec.context(), RunQuality.CLEAN);
        synchronized (this) {
            checkOpen();
            RunLocks.Held lock = locks.tryAcquire(id);
            if (lock == null) {
                throw new StoreException(Reason.CONFLICT, "run id " + id + " is in use by a live writer");
            }
            try {
                db.write("create run \"" + spec.name() + "\"", c -> {
                    requireAbsent(c, id);
                    return RunRows.insert(c, run);
                });
            } catch (RuntimeException e) {
                releaseAfterFailure(lock, id);
                throw e;
            }
            owned.put(id, lock);
        }
        return run;
    }

    @Override
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples) {
        Run toStore = ImportedRun.toStore(run);
        checkOpen();
        return db.write("import run \"" + run.name() + "\" (" + run.id() + ")", c -> {
            requireAbsent(c, run.id());
            long key = RunRows.insert(c, toStore);
            for (RunEvent event : events) {
                RunRows.appendEvent(c, key, event);
            }
            SampleBlockTable blocks = new SampleBlockTable(c, key);
            BlockAppender appender = new BlockAppender(-1);
            long count = 0;
            while (samples.hasNext()) {
                appender.add(samples.next());
                count += blocks.write(appender.fullBlocks());
                appender.committed();
            }
            count += blocks.write(appender.pending());
            appender.committed();
            RunRows.addToSampleCount(c, key, count);
            return RunRows.find(c, run.id()).orElseThrow();
        });
    }

    @Override
    public Optional<Run> findRun(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("read run " + id, c -> RunRows.find(c, id));
    }

    @Override
    public Run resolve(String reference) {
        return db.read("resolve run reference", c -> RunReferences.resolve(RunRows.lookup(c), reference));
    }

    @Override
    public List<Run> listRuns(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.read("list runs", c -> RunRows.list(c, filter));
    }

    /** Two queries: the runs, then the one metric's statistics of all of them. */
    @Override
    public List<RunStats> metricStats(RunFilter filter, String metricId) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(metricId, "metricId");
        return db.read("read the statistics of " + metricId, c -> RunStatsRows.list(c, filter, metricId));
    }

    @Override
    public List<RunEvent> events(UUID id) {
        return db.read("read events of run " + id, c -> RunRows.events(c, requireKey(c, id)));
    }

    @Override
    public void appendEvent(UUID id, RunEvent event) {
        Objects.requireNonNull(event, "event");
        db.write("append an event to run " + id, c -> {
            RunRows.appendEvent(c, requireKey(c, id), event);
            return null;
        });
    }

    @Override
    public void updateContext(UUID id, RunContext context) {
        Objects.requireNonNull(context, "context");
        db.write("update context of run " + id, c -> {
            RunRows.updateContext(c, requireKey(c, id), context);
            return null;
        });
    }

    @Override
    public void updateCounters(UUID id, RunCounters counters) {
        Objects.requireNonNull(counters, "counters");
        db.write("update counters of run " + id, c -> {
            RunRows.updateCounters(c, requireKey(c, id), counters);
            return null;
        });
    }

    @Override
    public Run finishRun(UUID id, RunStatus status, Instant endedAt, Map<String, Map<String, Double>> cachedStats,
            Map<String, Double> deviceResults) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        checkWritable("finish run " + id);
        if (status == RunStatus.RUNNING) {
            throw new StoreException(Reason.INVALID, "a run is finished as COMPLETE, INTERRUPTED or FAILED, got RUNNING");
        }
        long endedUs = Micros.of(endedAt != null ? endedAt : Instant.now());
        Map<String, Map<String, Double>> stats = cachedStats == null ? Map.of() : cachedStats;
        Map<String, Double> results = deviceResults == null ? Map.of() : deviceResults;
        synchronized (this) {
            checkOpen();
            SampleWriter writer = writers.get(id);
            if (writer != null && !writer.hasFailed()) {
                try {
                    writer.flush();
                } catch (StoreException e) {
                    if (e.reason() != Reason.WRITER_FAILED) {
                        throw e;
                    }
                    // The caller learnt of the failure from append(); the run is still finished as asked.
                }
            }
            RunLocks.Held lock = owned.get(id);
            if (lock == null && locks.isHeld(id)) {
                throw new StoreException(Reason.CONFLICT, "run " + id + " is being written by another process;"
                        + " only that process can finish it");
            }
            Run finished = db.write("finish run " + id, c -> {
                long key = requireKey(c, id);
                if (!RunRows.finish(c, key, status, endedUs)) {
                    Run current = RunRows.find(c, id).orElseThrow();
                    throw new StoreException(Reason.CONFLICT, "run " + id + " (" + current.name()
                            + ") is already " + current.status() + "; only a RUNNING run can be finished");
                }
                RunRows.replaceStats(c, key, stats);
                RunRows.replaceDeviceResults(c, key, results);
                return RunRows.find(c, id).orElseThrow();
            });
            if (writer != null) {
                closeQuietly(writer);
            }
            if (lock != null) {
                owned.remove(id);
                lock.releaseAndDelete();
            }
            return finished;
        }
    }

    @Override
    public void updateCachedStats(UUID id, Map<String, Map<String, Double>> cachedStats) {
        Objects.requireNonNull(cachedStats, "cachedStats");
        db.write("update statistics of run " + id, c -> {
            RunRows.replaceStats(c, requireKey(c, id), cachedStats);
            return null;
        });
    }

    @Override
    public boolean deleteRun(UUID id) {
        Objects.requireNonNull(id, "id");
        checkWritable("delete run " + id);
        synchronized (this) {
            checkOpen();
            if (owned.containsKey(id)) {
                throw new StoreException(Reason.CONFLICT, "run " + id + " is being written by this process; finish it"
                        + " before deleting it");
            }
            Optional<Run> run = findRun(id);
            if (run.isEmpty()) {
                return false;
            }
            // Holding the lock while deleting keeps another process from adopting the run meanwhile.
            RunLocks.Held lock = locks.tryAcquire(id);
            if (lock == null) {
                throw new StoreException(Reason.CONFLICT, "run " + id + " (" + run.get().name() + ") is "
                        + run.get().status() + " and its writer is alive in another process; stop that collector first");
            }
            try {
                return db.write("delete run " + id, c -> {
                    OptionalLong key = RunRows.key(c, id);
                    return key.isPresent() && RunRows.delete(c, key.getAsLong());
                });
            } finally {
                lock.releaseAndDelete();
            }
        }
    }

    @Override
    public SampleWriter openWriter(UUID runId, WriterConfig config) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(config, "config");
        checkWritable("write samples of run " + runId);
        synchronized (this) {
            checkOpen();
            if (writers.containsKey(runId)) {
                throw new StoreException(Reason.CONFLICT, "run " + runId + " already has an open writer");
            }
            RunLocks.Held lock = owned.get(runId);
            boolean adopted = false;
            if (lock == null) {
                lock = locks.tryAcquire(runId);
                if (lock == null) {
                    throw new StoreException(Reason.CONFLICT, "run " + runId + " is being written by another process");
                }
                adopted = true;
            }
            try {
                // Read after taking the lock: a concurrent recovery may have just finished the run.
                long[] keyAndLastSeq = db.read("open a writer for run " + runId, c -> {
                    long key = requireKey(c, runId);
                    Run run = RunRows.find(c, runId).orElseThrow();
                    if (run.status() != RunStatus.RUNNING) {
                        throw new StoreException(Reason.CONFLICT, "run " + runId + " (" + run.name() + ") is "
                                + run.status() + "; samples can only be written to a RUNNING run");
                    }
                    return new long[] {key, new SampleBlockTable(c, key).lastSeq()};
                });
                SampleWriter[] holder = new SampleWriter[1];
                holder[0] = new BatchingSampleWriter(runId, keyAndLastSeq[1], config,
                        new Committer(runId, db.newConnection(), keyAndLastSeq[0]), () -> writerClosed(runId, holder[0]));
                writers.put(runId, holder[0]);
                if (adopted) {
                    owned.put(runId, lock);
                }
                return holder[0];
            } catch (RuntimeException e) {
                if (adopted) {
                    releaseAfterFailure(lock, runId);
                }
                throw e;
            }
        }
    }

    @Override
    public boolean isWriterAlive(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return locks.isHeld(runId);
    }

    @Override
    public List<UUID> finishedRunsWithoutStats() {
        checkOpen();
        if (db.readOnly()) {
            return List.of(); // nothing can be saved; the statistics are computed when asked for
        }
        return db.read("list finished runs without statistics", RunRows::finishedWithoutStats);
    }

    @Override
    public List<Run> recoverOrphanedRuns() {
        checkOpen();
        if (db.readOnly()) {
            return List.of(); // a reader that may not write leaves that to the next writer
        }
        List<Run> running = db.read("list running runs", RunRows::running);
        List<Run> recovered = new ArrayList<>();
        for (Run candidate : running) {
            RunLocks.Held lock = locks.tryAcquire(candidate.id());
            if (lock == null) {
                continue; // its owner is alive
            }
            try {
                Optional<Run> marked = db.write("mark run " + candidate.id() + " INTERRUPTED", c -> {
                    OptionalLong key = RunRows.key(c, candidate.id());
                    if (key.isEmpty()) {
                        return Optional.<Run>empty();
                    }
                    SampleBlockTable blocks = new SampleBlockTable(c, key.getAsLong());
                    Long lastUs = BlockReads.lastReceivedMicros(blocks, blocks.lastSeq());
                    long endedUs = lastUs != null ? lastUs : Micros.of(Instant.now());
                    // Conditional on RUNNING: a process that finished it just before we got the lock wins.
                    return RunRows.finish(c, key.getAsLong(), RunStatus.INTERRUPTED, endedUs)
                            ? RunRows.find(c, candidate.id()) : Optional.<Run>empty();
                });
                marked.ifPresent(recovered::add);
            } finally {
                lock.releaseAndDelete();
            }
        }
        return recovered;
    }

    @Override
    public long sampleCount(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("count samples of run " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sample_count FROM runs WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw notFound(id);
                    }
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<Metric, MetricColumn> columns(UUID runId, Collection<Metric> metrics, long fromSeqExclusive) {
        Objects.requireNonNull(runId, "runId");
        Set<Metric> wanted = Set.copyOf(metrics);
        return db.read("read samples of run " + runId,
                c -> BlockReads.columns(new SampleBlockTable(c, requireKey(c, runId)), wanted, fromSeqExclusive));
    }

    @Override
    public void forEachSample(UUID runId, long fromSeqExclusive, Consumer<? super Sample> action) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(action, "action");
        db.read("read samples of run " + runId, c -> {
            BlockReads.forEach(new SampleBlockTable(c, requireKey(c, runId)), fromSeqExclusive, action);
            return null;
        });
    }

    @Override
    public List<Sample> samplesAfter(UUID runId, long afterSeq, int limit) {
        Objects.requireNonNull(runId, "runId");
        if (limit < 1) {
            throw new StoreException(Reason.INVALID, "a page of samples holds at least 1 sample, got a limit of "
                    + limit);
        }
        return db.read("read samples of run " + runId,
                c -> BlockReads.page(new SampleBlockTable(c, requireKey(c, runId)), afterSeq, limit));
    }

    @Override
    public void close() {
        List<SampleWriter> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(writers.values());
        }
        open.forEach(SqliteRunStore::closeQuietly);
        synchronized (this) {
            owned.values().forEach(RunLocks.Held::release);
            owned.clear();
        }
        db.close();
    }

    /**
     * Releases a lock taken for an operation that failed. Its file is deleted unless the run is
     * RUNNING (then another process may adopt the run through that very file).
     */
    private void releaseAfterFailure(RunLocks.Held lock, UUID id) {
        boolean running;
        try {
            running = findRun(id).map(r -> r.status() == RunStatus.RUNNING).orElse(false);
        } catch (RuntimeException e) {
            running = true; // unknown: keep the file, an empty leftover is harmless
        }
        if (running) {
            lock.release();
        } else {
            lock.releaseAndDelete();
        }
    }

    private synchronized void writerClosed(UUID runId, SampleWriter writer) {
        writers.remove(runId, writer);
    }

    /** Refuses a change, before any lock is taken, when the store was opened read-only. */
    private void checkWritable(String what) {
        if (db.readOnly()) {
            db.write(what, c -> null); // throws, naming the store and why
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new StoreException(Reason.CONFLICT, "the run store for " + db.file() + " is closed");
        }
    }

    private static void closeQuietly(SampleWriter writer) {
        try {
            writer.close();
        } catch (StoreException e) {
            // Its failure was reported to the producer by append()/flush(); closing goes on.
        }
    }

    private static long requireKey(Connection c, UUID id) throws SQLException {
        Objects.requireNonNull(id, "id");
        return RunRows.key(c, id).orElseThrow(() -> notFound(id));
    }

    private static void requireAbsent(Connection c, UUID id) throws SQLException {
        Optional<Run> existing = RunRows.find(c, id);
        if (existing.isPresent()) {
            throw new StoreException(Reason.CONFLICT, "a run with id " + id + " exists already (\""
                    + existing.get().name() + "\", " + existing.get().status() + ")");
        }
    }

    private static StoreException notFound(UUID id) {
        return new StoreException(Reason.NOT_FOUND, "no run with id " + id);
    }

    /** Commits a writer's blocks on its own connection, in {@code BEGIN IMMEDIATE} transactions. */
    private record Committer(UUID runId, Connection connection, long runKey) implements BatchingSampleWriter.Committer {
        @Override
        public long commit(BlockAppender appender) {
            long added = Database.inTransaction(connection, "BEGIN IMMEDIATE", "commit samples of run " + runId,
                    c -> RunRows.addToSampleCount(c, runKey, new SampleBlockTable(c, runKey).write(appender.pending())));
            appender.committed();
            return added;
        }

        @Override
        public void close() {
            Database.closeQuietly(connection);
        }
    }
}
