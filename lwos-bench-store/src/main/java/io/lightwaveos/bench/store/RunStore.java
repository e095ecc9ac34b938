package io.lightwaveos.bench.store;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.schema.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * The run store: one SQLite file holding runs, their samples, events, counters, context, quality
 * and cached statistics. Shared by the collector, the CLI and the dashboard; several processes may open the
 * same file at once (WAL: readers never wait for the writer, nor it for them).
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
public final class RunStore implements AutoCloseable {

    /** The environment variable that names the database when {@code --db} is not given. */
    public static final String DB_ENV_VAR = "LWOS_BENCH_DB";

    private final Database db;
    private final RunLocks locks;
    /** Runs this store owns (holds the lock of); guarded by {@code this}. */
    private final Map<UUID, RunLocks.Held> owned = new HashMap<>();
    /** Open writers by run; guarded by {@code this}. */
    private final Map<UUID, SampleWriter> writers = new HashMap<>();
    private boolean closed;

    private RunStore(Database db, Path lockBase) {
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
    public static RunStore open(Path dbFile) {
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
        return new RunStore(db, lockBase);
    }

    /**
     * Where the database is: {@code explicitPathOrNull} (the {@code --db} option) if given, else the
     * environment variable {@value #DB_ENV_VAR} if set and not blank, else
     * {@code ~/.lwos-bench/lwos-bench.db}. Does not create anything.
     */
    public static Path defaultPath(String explicitPathOrNull) {
        return defaultPath(explicitPathOrNull, System.getenv(DB_ENV_VAR), Paths.get(System.getProperty("user.home")));
    }

    /**
     * {@link #defaultPath(String)} with the environment value and home folder given, for callers
     * (and tests) with an environment of their own. A leading {@code ~/} in either path means
     * {@code home}.
     *
     * @param explicitPathOrNull the {@code --db} value, or {@code null}
     * @param envValueOrNull     the value of {@value #DB_ENV_VAR}, or {@code null}
     * @param home               the user's home folder
     */
    public static Path defaultPath(String explicitPathOrNull, String envValueOrNull, Path home) {
        for (String candidate : new String[] {explicitPathOrNull, envValueOrNull}) {
            if (candidate != null && !candidate.isBlank()) {
                String p = candidate.strip();
                if (p.equals("~")) {
                    return home;
                }
                return p.startsWith("~/") ? home.resolve(p.substring(2)) : Paths.get(p);
            }
        }
        return home.resolve(".lwos-bench").resolve("lwos-bench.db");
    }

    /** The database file, absolute. */
    public Path path() {
        return db.file();
    }

    /**
     * Starts a run: status RUNNING, no samples, zero counters. This store owns it from now on (see
     * the class comment).
     *
     * @return the run as stored (start time truncated to the microsecond)
     * @throws StoreException {@link Reason#CONFLICT} if a run with the given id exists or is owned by
     *                        a live process
     */
    public Run createRun(NewRun spec) {
        Objects.requireNonNull(spec, "spec");
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

    /**
     * Adds a finished run with all its data in one transaction: all of it or, on any failure
     * (including one thrown by {@code samples}), nothing. For imports; keeps the run's id, name,
     * times and context. {@code run.sampleCount()} is ignored: the stored count is the number of
     * samples given; so is {@code run.quality()}: the store derives it from the counters, events
     * and statistics ({@link RunQuality#assess}).
     *
     * @param run     the run; its status must not be RUNNING (nothing would ever write it)
     * @param events  its events, in order
     * @param samples its samples in strictly increasing seq order; exceptions it throws propagate
     *                unchanged after the rollback
     * @return the run as stored
     * @throws StoreException {@link Reason#CONFLICT} if a run with that id exists;
     *                        {@link Reason#INVALID} if the status is RUNNING, a tag breaks the tag
     *                        rule, or the samples are out of order
     */
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples) {
        Objects.requireNonNull(run, "run");
        if (run.status() == RunStatus.RUNNING) {
            throw new StoreException(Reason.INVALID, "an imported run must be finished (COMPLETE, INTERRUPTED or"
                    + " FAILED), got RUNNING for run " + run.id());
        }
        NewRun checked = new NewRun(run.id(), run.name(), run.description(), run.tags(), run.source(), run.startedAt(),
                run.context());
        Run toStore = new Run(run.id(), checked.name(), checked.description(), checked.tags(), checked.source(),
                Micros.truncate(run.startedAt()), run.endedAt() == null ? null : Micros.truncate(run.endedAt()),
                run.status(), 0, run.counters(), run.deviceResults(), run.cachedStats(), checked.context(),
                RunQuality.CLEAN);
        checkOpen();
        return db.write("import run \"" + run.name() + "\" (" + run.id() + ")", c -> {
            requireAbsent(c, run.id());
            long key = RunRows.insert(c, toStore);
            for (RunEvent event : events) {
                RunRows.appendEvent(c, key, event);
            }
            BlockAppender appender = new BlockAppender(key, -1);
            while (samples.hasNext()) {
                appender.add(samples.next());
                appender.writeFullBlocks(c);
            }
            appender.writePending(c);
            return RunRows.find(c, run.id()).orElseThrow();
        });
    }

    /**
     * The run with {@code id}.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is none
     */
    public Run run(UUID id) {
        return findRun(id).orElseThrow(() -> notFound(id));
    }

    /** The run with {@code id}, if there is one. */
    public Optional<Run> findRun(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("read run " + id, c -> RunRows.find(c, id));
    }

    /**
     * The run a reference names (SPEC §3), tried in this order: a full UUID; an exact run name (the
     * most recent run of that name); a unique prefix of at least 4 hex characters of the id (case
     * ignored).
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if nothing matches (the message lists recent
     *                        runs as {@code id  name  started_at}); {@link Reason#AMBIGUOUS} if a prefix
     *                        matches several runs (the message lists them the same way);
     *                        {@link Reason#INVALID} if the reference is blank
     */
    public Run resolve(String reference) {
        return db.read("resolve run reference", c -> RunReferences.resolve(c, reference));
    }

    /** The runs that pass {@code filter}, newest first (by start time). */
    public List<Run> listRuns(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.read("list runs", c -> RunRows.list(c, filter));
    }

    /**
     * Runs matching {@code filter}, newest first, each with the cached statistics of one metric
     * only: what a history needs, read in one query (no per-run lookups, no tags, counters or
     * samples).
     *
     * @param filter   which runs; its limit counts runs
     * @param metricId the metric whose statistics to read, such as {@code avg_total_us}
     */
    public List<RunStats> metricStats(RunFilter filter, String metricId) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(metricId, "metricId");
        return db.read("read the statistics of " + metricId, c -> RunStatsRows.list(c, filter, metricId));
    }

    /**
     * The run's events, in the order they were appended.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public List<RunEvent> events(UUID id) {
        return db.read("read events of run " + id, c -> RunRows.events(c, requireKey(c, id)));
    }

    /**
     * Appends an event after the run's last one. Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public void appendEvent(UUID id, RunEvent event) {
        Objects.requireNonNull(event, "event");
        db.write("append an event to run " + id, c -> {
            RunRows.appendEvent(c, requireKey(c, id), event);
            return null;
        });
    }

    /**
     * Replaces the run's context (a collector learns the device's part after the run has started).
     * Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public void updateContext(UUID id, RunContext context) {
        Objects.requireNonNull(context, "context");
        db.write("update context of run " + id, c -> {
            RunRows.updateContext(c, requireKey(c, id), context);
            return null;
        });
    }

    /**
     * Replaces the run's counters. Allowed in any state, also while a writer is open.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public void updateCounters(UUID id, RunCounters counters) {
        Objects.requireNonNull(counters, "counters");
        db.write("update counters of run " + id, c -> {
            RunRows.updateCounters(c, requireKey(c, id), counters);
            return null;
        });
    }

    /**
     * Ends a RUNNING run: flushes and closes its writer if this store has one open, then sets the
     * final status, end time, cached statistics and device results in one transaction, then releases
     * the run's lock.
     *
     * @param status        COMPLETE, INTERRUPTED or FAILED
     * @param endedAt       UTC end; {@code null} for now
     * @param cachedStats   metric id → statistic name → value (null for one that cannot be
     *                      computed), stored in this order; {@code null} for none
     * @param deviceResults the device's {@code benchmark.stopped} results; {@code null} for none
     * @return the finished run
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; {@link Reason#INVALID}
     *                        if {@code status} is RUNNING; {@link Reason#CONFLICT} if the run is
     *                        already finished or another process owns it
     */
    public Run finishRun(UUID id, RunStatus status, Instant endedAt, Map<String, Map<String, Double>> cachedStats,
            Map<String, Double> deviceResults) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
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

    /**
     * Replaces the run's cached summary statistics (for a run recovered by
     * {@link #recoverOrphanedRuns}, an imported one, or after a change of the statistics code).
     *
     * @param cachedStats metric id → statistic name → value (null allowed), stored in this order
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public void updateCachedStats(UUID id, Map<String, Map<String, Double>> cachedStats) {
        Objects.requireNonNull(cachedStats, "cachedStats");
        db.write("update statistics of run " + id, c -> {
            RunRows.replaceStats(c, requireKey(c, id), cachedStats);
            return null;
        });
    }

    /**
     * Deletes a run with its samples, events, tags, counters and statistics.
     *
     * @return {@code false} if there was no such run
     * @throws StoreException {@link Reason#CONFLICT} if the run is RUNNING and its owner (this store
     *                        or another live process) is still writing it
     */
    public boolean deleteRun(UUID id) {
        Objects.requireNonNull(id, "id");
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

    /**
     * Opens the background writer of a RUNNING run with {@link WriterConfig#DEFAULT}.
     *
     * @see #openWriter(UUID, WriterConfig)
     */
    public SampleWriter openWriter(UUID runId) {
        return openWriter(runId, WriterConfig.DEFAULT);
    }

    /**
     * Opens the background writer of a RUNNING run. If this store does not own the run yet (it was
     * created by a process that died), it takes the run over. New samples must have seq above the
     * run's last stored one. Close the writer, or let {@link #finishRun} close it.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; {@link Reason#CONFLICT}
     *                        if the run is not RUNNING, already has an open writer here, or is owned by
     *                        another live process
     */
    public SampleWriter openWriter(UUID runId, WriterConfig config) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(config, "config");
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
                    return new long[] {key, SampleReader.lastSeq(c, key)};
                });
                Connection connection = db.newConnection();
                SampleWriter[] holder = new SampleWriter[1];
                holder[0] = new SampleWriter(runId, keyAndLastSeq[0], keyAndLastSeq[1], config, connection,
                        () -> writerClosed(runId, holder[0]));
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

    /**
     * Whether a live process (this one included) owns the run, i.e. holds its writer lock: true from
     * {@link #createRun} until {@link #finishRun} while that process lives. False for a finished,
     * orphaned or unknown run. Decided by an OS file lock, not by the age of the last sample.
     */
    public boolean isWriterAlive(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return locks.isHeld(runId);
    }

    /**
     * Finds RUNNING runs whose owner is gone (its process died, or its store was closed without
     * finishing them) and marks them INTERRUPTED, with {@code ended_at} = the received time of their
     * last sample (now if they have none). Runs owned by a live process are left alone. Call it after
     * {@link #open} in every command that starts a collection or shows runs, then compute and save
     * the statistics of what it returns ({@link #updateCachedStats}).
     *
     * @return the runs it marked, as now stored
     */
    public List<Run> recoverOrphanedRuns() {
        checkOpen();
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
                    Long lastUs = SampleReader.lastReceivedMicros(c, key.getAsLong());
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

    /**
     * The number of committed samples of the run (what a reader sees now).
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
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

    /**
     * One metric of a run as primitive arrays, every sample that carries it, in seq order.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public MetricColumn column(UUID runId, Metric metric) {
        return column(runId, metric, -1);
    }

    /**
     * One metric of the samples with seq above {@code fromSeqExclusive} (-1 for all): a live view
     * passes the last seq it has seen to get only what is new.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public MetricColumn column(UUID runId, Metric metric, long fromSeqExclusive) {
        Objects.requireNonNull(metric, "metric");
        return columns(runId, List.of(metric), fromSeqExclusive).get(metric);
    }

    /**
     * Several metrics of a run, reading its samples once.
     *
     * @return one column per requested metric, in registry order
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public Map<Metric, MetricColumn> columns(UUID runId, Collection<Metric> metrics) {
        return columns(runId, metrics, -1);
    }

    /**
     * Several metrics of the samples with seq above {@code fromSeqExclusive} (-1 for all), reading
     * them once. All compact metrics' columns share their {@code seq} and time arrays.
     *
     * @return one column per requested metric, in registry order
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run
     */
    public Map<Metric, MetricColumn> columns(UUID runId, Collection<Metric> metrics, long fromSeqExclusive) {
        Objects.requireNonNull(runId, "runId");
        Set<Metric> wanted = Set.copyOf(metrics);
        return db.read("read samples of run " + runId,
                c -> SampleReader.columns(c, requireKey(c, runId), wanted, fromSeqExclusive));
    }

    /**
     * Calls {@code action} with every sample of the run in seq order (for export). Reads one
     * consistent snapshot in blocks; only one block is in memory at a time, whatever the run's size.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; exceptions thrown by
     *                        {@code action} propagate unchanged
     */
    public void forEachSample(UUID runId, Consumer<? super Sample> action) {
        forEachSample(runId, -1, action);
    }

    /**
     * Calls {@code action} with each sample with seq above {@code fromSeqExclusive} (-1 for all), in
     * seq order.
     *
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; exceptions thrown by
     *                        {@code action} propagate unchanged
     */
    public void forEachSample(UUID runId, long fromSeqExclusive, Consumer<? super Sample> action) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(action, "action");
        db.read("read samples of run " + runId, c -> {
            SampleReader.forEach(c, requireKey(c, runId), fromSeqExclusive, action);
            return null;
        });
    }

    /**
     * Closes open writers (committing what they hold), releases the runs this store owns (a run left
     * RUNNING becomes an orphan that {@link #recoverOrphanedRuns} will mark INTERRUPTED) and closes
     * the database. Idempotent.
     */
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
        open.forEach(RunStore::closeQuietly);
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
}
