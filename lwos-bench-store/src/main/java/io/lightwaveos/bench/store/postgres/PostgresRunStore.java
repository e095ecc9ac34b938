package io.lightwaveos.bench.store.postgres;

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
import io.lightwaveos.bench.store.internal.PendingBlock;
import io.lightwaveos.bench.store.internal.RunReferences;
import io.lightwaveos.bench.store.internal.SampleBlockTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The run store of a team: a PostgreSQL database shared by several rigs, CI machines and
 * dashboards, each writing and reading at once.
 *
 * <h2>Owners and leases</h2>
 * There are no file locks across machines. A store instance has a random owner id; creating a run
 * (or taking over an orphan with {@link #openWriter}) writes that id and a lease expiry into the
 * run's row, and a heartbeat thread renews the leases of the runs this instance owns every
 * {@link PostgresOptions#heartbeat()}. If the writer dies, its lease runs out after
 * {@link PostgresOptions#lease()}, and from then on every reader, on any machine, sees the run as
 * INTERRUPTED, ended at its last committed sample ({@link #recoverOrphanedRuns} makes that
 * permanent). Lease times are the server's clock, so the machines' clocks do not matter.
 * {@link #close()} ends this instance's leases at once, like a process that dies.
 *
 * <h2>Server restarts</h2>
 * Writes (samples included) that fail because the server cannot be reached are retried for
 * {@link PostgresOptions#retryFor()}; meanwhile a writer keeps its uncommitted samples (its queue
 * is bounded, so the producer waits instead of memory growing). Commits are idempotent (blocks are
 * upserted, the sample count is set, not added), so a commit whose outcome was lost is simply
 * repeated.
 *
 * <p>Every method is thread-safe. Failures are {@link StoreException}s as documented on
 * {@link RunStore}; connection problems are {@link Reason#UNAVAILABLE}, refused credentials
 * {@link Reason#ACCESS_DENIED}.
 */
public final class PostgresRunStore implements RunStore {

    private final PostgresDatabase db;
    private final PostgresOptions options;
    private final UUID owner = UUID.randomUUID();
    private final double leaseSeconds;
    private final ScheduledExecutorService heartbeat;
    /** Runs this instance owns; guarded by {@code this}. */
    private final Set<UUID> owned = new HashSet<>();
    /** Open writers by run; guarded by {@code this}. */
    private final Map<UUID, SampleWriter> writers = new HashMap<>();
    private boolean closed;

    private PostgresRunStore(PostgresDatabase db, PostgresOptions options) {
        this.db = db;
        this.options = options;
        this.leaseSeconds = options.lease().toMillis() / 1000.0;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lwos-bench-lease-" + owner.toString().substring(0, 8));
            t.setDaemon(true);
            return t;
        });
        long ms = options.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renewLeases, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Opens the store at {@code url} with {@link PostgresOptions#DEFAULT} (and the URL's lease, if any). */
    public static PostgresRunStore open(PostgresUrl url) {
        return open(url, url.options(PostgresOptions.DEFAULT));
    }

    /**
     * Connects to the database at {@code url}, checks that its store schema is one this version can
     * use, and applies missing migrations (creating the store in an empty database).
     *
     * @throws StoreException {@link Reason#UNAVAILABLE} if the server cannot be reached;
     *                        {@link Reason#ACCESS_DENIED} if it refuses the credentials or the user
     *                        may not create the schema; {@link Reason#INVALID} if the database does
     *                        not exist; {@link Reason#SCHEMA_TOO_NEW} if a newer lwos-bench wrote it;
     *                        {@link Reason#NOT_A_STORE} if the schema holds another application's
     *                        tables. In each case nothing is changed.
     */
    public static PostgresRunStore open(PostgresUrl url, PostgresOptions options) {
        PostgresDatabase db = PostgresDatabase.connect(url, options);
        try {
            PostgresSchema.migrate(db, url.schema(), PostgresMigrations.ALL);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new PostgresRunStore(db, options);
    }

    /** The schema version this code writes. */
    public static int currentSchemaVersion() {
        return PostgresMigrations.ALL.get(PostgresMigrations.ALL.size() - 1).version();
    }

    @Override
    public String location() {
        return db.url().display();
    }

    @Override
    public Run createRun(NewRun spec) {
        Objects.requireNonNull(spec, "spec");
        UUID id = spec.id() != null ? spec.id() : UUID.randomUUID();
        Instant startedAt = Micros.truncate(spec.startedAt() != null ? spec.startedAt() : Instant.now());
        Run run = new Run(id, spec.name(), spec.description(), spec.tags(), spec.source(), startedAt, null,
                RunStatus.RUNNING, 0, RunCounters.ZERO, Map.of(), Map.of(), spec.context(), RunQuality.CLEAN);
        synchronized (this) {
            checkOpen();
            db.write("create run \"" + spec.name() + "\"", c -> {
                requireAbsent(c, id);
                return PostgresRunRows.insert(c, run, owner, leaseSeconds);
            });
            owned.add(id);
        }
        return run;
    }

    @Override
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples) {
        Run toStore = ImportedRun.toStore(run);
        checkOpen();
        // Not retried: the samples iterator can be read once only.
        try {
            return importOnce(run, toStore, events, samples);
        } catch (StoreException e) {
            if (PostgresErrors.isUniqueViolation(e)) {
                // Another process stored the same id between our check and our insert (two imports
                // or pushes at once): the same answer as when it had been there before.
                throw new StoreException(Reason.CONFLICT, "a run with id " + run.id() + " exists already (stored"
                        + " by another process at the same time)", e);
            }
            throw e;
        }
    }

    private Run importOnce(Run run, Run toStore, List<RunEvent> events, Iterator<Sample> samples) {
        return db.writeOnce("import run \"" + run.name() + "\" (" + run.id() + ")", c -> {
            requireAbsent(c, run.id());
            long key = PostgresRunRows.insert(c, toStore, null, 0);
            for (RunEvent event : events) {
                PostgresRunRows.appendEvent(c, key, event);
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
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE runs SET sample_count = ?, last_received_us = ? WHERE run_key = ?")) {
                ps.setLong(1, count);
                if (count == 0) {
                    ps.setNull(2, Types.BIGINT);
                } else {
                    ps.setLong(2, appender.lastReceivedMicros());
                }
                ps.setLong(3, key);
                ps.executeUpdate();
            }
            return PostgresRunRows.find(c, run.id()).orElseThrow();
        });
    }

    @Override
    public Optional<Run> findRun(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("read run " + id, c -> PostgresRunRows.find(c, id));
    }

    @Override
    public Run resolve(String reference) {
        return db.read("resolve run reference", c -> RunReferences.resolve(PostgresRunRows.lookup(c), reference));
    }

    @Override
    public List<Run> listRuns(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.read("list runs", c -> PostgresRunRows.list(c, filter));
    }

    /** One query sending only what a history needs ({@link PostgresRunRows#metricStats}). */
    @Override
    public List<RunStats> metricStats(RunFilter filter, String metricId) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(metricId, "metricId");
        return db.read("read the statistics of " + metricId, c -> PostgresRunRows.metricStats(c, filter, metricId));
    }

    @Override
    public List<RunEvent> events(UUID id) {
        return db.read("read events of run " + id, c -> PostgresRunRows.events(c, requireKey(c, id)));
    }

    @Override
    public void appendEvent(UUID id, RunEvent event) {
        Objects.requireNonNull(event, "event");
        db.write("append an event to run " + id, c -> {
            PostgresRunRows.appendEvent(c, requireKey(c, id), event);
            return null;
        });
    }

    @Override
    public void updateContext(UUID id, RunContext context) {
        Objects.requireNonNull(context, "context");
        db.write("update context of run " + id, c -> {
            PostgresRunRows.updateContext(c, requireKey(c, id), context);
            return null;
        });
    }

    @Override
    public void updateCounters(UUID id, RunCounters counters) {
        Objects.requireNonNull(counters, "counters");
        db.write("update counters of run " + id, c -> {
            PostgresRunRows.updateCounters(c, requireKey(c, id), counters);
            return null;
        });
    }

    @Override
    public void updateCachedStats(UUID id, Map<String, Map<String, Double>> cachedStats) {
        Objects.requireNonNull(cachedStats, "cachedStats");
        db.write("update statistics of run " + id, c -> {
            PostgresRunRows.replaceStats(c, requireKey(c, id), cachedStats);
            return null;
        });
    }

    @Override
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
            Run finished = db.write("finish run " + id, c -> {
                long key = requireKey(c, id);
                try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = ?, ended_at_us = ?,"
                        + " lease_owner = NULL, lease_expires_at = NULL WHERE run_key = ? AND status = 'RUNNING'"
                        + " AND (lease_owner = ? OR lease_expires_at < now())")) {
                    ps.setString(1, status.name());
                    ps.setLong(2, endedUs);
                    ps.setLong(3, key);
                    ps.setObject(4, owner);
                    if (ps.executeUpdate() != 1) {
                        throw notFinishable(c, id);
                    }
                }
                PostgresRunRows.replaceStats(c, key, stats); // assesses the quality too
                PostgresRunRows.replaceDeviceResults(c, key, results);
                return PostgresRunRows.find(c, id).orElseThrow();
            });
            if (writer != null) {
                closeQuietly(writer);
            }
            owned.remove(id);
            return finished;
        }
    }

    @Override
    public boolean deleteRun(UUID id) {
        Objects.requireNonNull(id, "id");
        synchronized (this) {
            checkOpen();
            if (owned.contains(id)) {
                throw new StoreException(Reason.CONFLICT, "run " + id + " is being written by this process; finish it"
                        + " before deleting it");
            }
            return db.write("delete run " + id, c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?"
                        + " AND NOT (status = 'RUNNING' AND lease_expires_at >= now())")) {
                    ps.setObject(1, id);
                    if (ps.executeUpdate() == 1) {
                        return true;
                    }
                }
                Optional<Run> run = PostgresRunRows.find(c, id);
                if (run.isEmpty()) {
                    return false;
                }
                throw new StoreException(Reason.CONFLICT, "run " + id + " (" + run.get().name() + ") is RUNNING and its"
                        + " writer is alive on another machine or process; stop that collector first");
            });
        }
    }

    @Override
    public SampleWriter openWriter(UUID runId, WriterConfig config) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(config, "config");
        synchronized (this) {
            checkOpen();
            if (writers.containsKey(runId)) {
                throw new StoreException(Reason.CONFLICT, "run " + runId + " already has an open writer");
            }
            long[] keyCountLast = db.write("open a writer for run " + runId, c -> {
                long key = requireKey(c, runId);
                try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_owner = ?, lease_expires_at = "
                        + PostgresRunRows.LEASE_FROM_NOW + " WHERE run_key = ? AND status = 'RUNNING'"
                        + " AND (lease_owner = ? OR lease_expires_at < now()) RETURNING sample_count")) {
                    ps.setObject(1, owner);
                    ps.setDouble(2, leaseSeconds);
                    ps.setLong(3, key);
                    ps.setObject(4, owner);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            Run run = PostgresRunRows.find(c, runId).orElseThrow();
                            throw new StoreException(Reason.CONFLICT, "run " + runId + " (" + run.name() + ") is "
                                    + (run.status() == RunStatus.RUNNING ? "being written by another process"
                                    : run.status() + "; samples can only be written to a RUNNING run"));
                        }
                        return new long[] {key, rs.getLong(1), new SampleBlockTable(c, key).lastSeq()};
                    }
                }
            });
            owned.add(runId);
            SampleWriter[] holder = new SampleWriter[1];
            holder[0] = new BatchingSampleWriter(runId, keyCountLast[2], config,
                    new Committer(runId, keyCountLast[0], keyCountLast[1]), () -> writerClosed(runId, holder[0]));
            writers.put(runId, holder[0]);
            return holder[0];
        }
    }

    @Override
    public boolean isWriterAlive(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return db.read("check the writer of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM runs WHERE id = ? AND status = 'RUNNING' AND lease_expires_at >= now()")) {
                ps.setObject(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<UUID> finishedRunsWithoutStats() {
        checkOpen();
        return db.read("list finished runs without statistics", PostgresRunRows::finishedWithoutStats);
    }

    @Override
    public List<Run> recoverOrphanedRuns() {
        checkOpen();
        return db.write("mark runs with expired leases INTERRUPTED", c -> {
            List<Run> recovered = new ArrayList<>();
            for (UUID id : PostgresRunRows.recoverExpired(c)) {
                PostgresRunRows.refreshQuality(c, requireKey(c, id));
                PostgresRunRows.find(c, id).ifPresent(recovered::add);
            }
            return recovered;
        });
    }

    @Override
    public long sampleCount(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("count samples of run " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sample_count FROM runs WHERE id = ?")) {
                ps.setObject(1, id);
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
        open.forEach(PostgresRunStore::closeQuietly);
        heartbeat.shutdownNow();
        synchronized (this) {
            if (!owned.isEmpty()) {
                try {
                    // Like a process that dies, but without making readers wait for the lease to run out.
                    db.write("end the leases of this store", c -> {
                        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_expires_at = now()"
                                + " - interval '1 millisecond' WHERE lease_owner = ? AND status = 'RUNNING'")) {
                            ps.setObject(1, owner);
                            return ps.executeUpdate();
                        }
                    });
                } catch (StoreException e) {
                    // The server is gone: the leases run out by themselves.
                }
                owned.clear();
            }
        }
        db.close();
    }

    private void renewLeases() {
        synchronized (this) {
            if (closed || owned.isEmpty()) {
                return;
            }
        }
        try {
            db.write("renew the leases of this store", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_expires_at = "
                        + PostgresRunRows.LEASE_FROM_NOW + " WHERE lease_owner = ? AND status = 'RUNNING'")) {
                    ps.setDouble(1, leaseSeconds);
                    ps.setObject(2, owner);
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // The next beat tries again; a writer that cannot reach the server fails on its own.
        }
    }

    private synchronized void writerClosed(UUID runId, SampleWriter writer) {
        writers.remove(runId, writer);
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new StoreException(Reason.CONFLICT, "the run store at " + db.url().display() + " is closed");
        }
    }

    private StoreException notFinishable(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, status, lease_expires_at >= now() FROM runs"
                + " WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getString(2).equals("RUNNING")) {
                    return new StoreException(Reason.CONFLICT, "run " + id + " is being written by another process;"
                            + " only that process can finish it");
                }
                return new StoreException(Reason.CONFLICT, "run " + id + " (" + rs.getString(1) + ") is already "
                        + rs.getString(2) + "; only a RUNNING run can be finished");
            }
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
        return PostgresRunRows.key(c, id).orElseThrow(() -> notFound(id));
    }

    private static void requireAbsent(Connection c, UUID id) throws SQLException {
        Optional<Run> existing = PostgresRunRows.find(c, id);
        if (existing.isPresent()) {
            throw new StoreException(Reason.CONFLICT, "a run with id " + id + " exists already (\""
                    + existing.get().name() + "\", " + existing.get().status() + ")");
        }
    }

    private static StoreException notFound(UUID id) {
        return new StoreException(Reason.NOT_FOUND, "no run with id " + id);
    }

    /**
     * Commits a writer's blocks: upserts them and sets the run's sample count and last received
     * time, as long as this store still owns the run. Retried while the server is unreachable.
     */
    private final class Committer implements BatchingSampleWriter.Committer {
        private final UUID runId;
        private final long runKey;
        private long storedCount;

        Committer(UUID runId, long runKey, long storedCount) {
            this.runId = runId;
            this.runKey = runKey;
            this.storedCount = storedCount;
        }

        @Override
        public long commit(BlockAppender appender) {
            List<PendingBlock> blocks = appender.pending();
            if (blocks.isEmpty()) {
                return 0;
            }
            long added = PendingBlock.newSamples(blocks);
            long newCount = storedCount + added;
            long lastReceived = appender.lastReceivedMicros();
            db.write("commit samples of run " + runId, c -> {
                new SampleBlockTable(c, runKey).write(blocks);
                try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET sample_count = ?, last_received_us = ?,"
                        + " lease_expires_at = " + PostgresRunRows.LEASE_FROM_NOW
                        + " WHERE run_key = ? AND status = 'RUNNING' AND lease_owner = ?")) {
                    ps.setLong(1, newCount);
                    ps.setLong(2, lastReceived);
                    ps.setDouble(3, leaseSeconds);
                    ps.setLong(4, runKey);
                    ps.setObject(5, owner);
                    if (ps.executeUpdate() != 1) {
                        throw new StoreException(Reason.CONFLICT, "run " + runId + " is no longer written by this"
                                + " process (finished, or taken over after its lease ran out); samples after seq "
                                + blocks.get(0).firstSeq() + " were not stored");
                    }
                }
                return null;
            });
            appender.committed();
            storedCount = newCount;
            return added;
        }

        @Override
        public void close() {
            // Connections come from the pool, one per commit.
        }
    }
}
