package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.Acknowledgement;
import io.lightwaveos.bench.store.MetricColumn;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.ReportedChange;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunMeasure;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoredText;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The run store over JDBC, for both engines: an SQLite file (one machine) and a PostgreSQL database
 * (a team). What differs between them comes in three small parts: the {@link Transactions} of the
 * engine's connections, the {@link Dialect} of its run rows, and its {@link WriterOwnership} (file
 * locks or leases). Open one with {@code SqliteRunStore.open}, {@code PostgresRunStore.open} or
 * {@link io.lightwaveos.bench.store.RunStores#open}.
 *
 * <h2>Life of a run</h2>
 * {@link #createRun} starts a RUNNING run and makes this store its <em>owner</em> until
 * {@link #finishRun}, {@link #deleteRun} or {@link #close}. {@link #openWriter} appends samples in
 * the background (and adopts a RUNNING run whose owner died); {@link #appendEvent} and
 * {@link #updateCounters} may be called at any time, also while a writer is open.
 * {@link #finishRun} flushes and closes the run's writer if one is still open, sets the final
 * status, and gives ownership up, so the run is never RUNNING without a live owner in between. If
 * the owner dies, {@link #recoverOrphanedRuns} (which opening does not call: the caller owns
 * statistics and should compute them for what it recovers) marks its runs INTERRUPTED. A RUNNING
 * run whose owner is alive is never touched.
 *
 * <h2>Conventions</h2>
 * Times are UTC {@link Instant}s kept to the microsecond (finer digits are dropped on the way in).
 * Run lists are newest first (by start time). Every method is thread-safe. Failures are
 * {@link StoreException}s as documented on {@link RunStore}; all may also raise {@link Reason#IO}
 * (or {@link Reason#UNAVAILABLE} for a server) and {@link Reason#CONFLICT} once the store is closed.
 */
public final class JdbcRunStore implements RunStore {

    /**
     * Full blocks an import writes per statement (about 600 KiB): the upsert is prepared once per
     * batch, not once per block (3,900 times for 1M samples).
     */
    private static final int IMPORT_BATCH_BLOCKS = 64;

    private final Transactions db;
    private final Dialect dialect;
    private final RunRows rows;
    private final MeasureRows measureRows;
    private final ChangeRows changes;
    private final WriterOwnership owners;
    /** Runs this store owns; guarded by {@code this}. */
    private final Map<UUID, WriterOwnership.Claim> owned = new HashMap<>();
    /** Open writers by run; guarded by {@code this}. */
    private final Map<UUID, SampleWriter> writers = new HashMap<>();
    private boolean closed;

    /**
     * A store over an engine's parts; the store owns them and closes them with itself.
     *
     * @param db      the engine's connections, migrated
     * @param dialect the engine's run rows
     * @param owners  the engine's writer ownership
     */
    public JdbcRunStore(Transactions db, Dialect dialect, WriterOwnership owners) {
        this.db = Objects.requireNonNull(db, "db");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.rows = new RunRows(dialect);
        this.measureRows = new MeasureRows(rows);
        this.changes = new ChangeRows(dialect);
        this.owners = Objects.requireNonNull(owners, "owners");
    }

    @Override
    public String location() {
        return db.location();
    }

    @Override
    public boolean readOnly() {
        return db.readOnly();
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
            WriterOwnership.Claim claim = owners.claim(id);
            if (claim == null) {
                throw new StoreException(Reason.CONFLICT, "run id " + id + " is in use by a live writer");
            }
            try {
                db.write("create run \"" + spec.name() + "\"", c -> {
                    requireAbsent(c, id);
                    return rows.insert(c, run, true);
                });
            } catch (RuntimeException e) {
                releaseAfterFailure(claim, id);
                throw e;
            }
            owned.put(id, claim);
        }
        return run;
    }

    @Override
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples, MeasureSet measures) {
        Objects.requireNonNull(measures, "measures");
        Run toStore = ImportedRun.toStore(run);
        checkOpen();
        try {
            // Not repeated: the samples iterator can be read once only.
            return db.writeOnce("import run \"" + run.name() + "\" (" + run.id() + ")", c -> {
                requireAbsent(c, run.id());
                long key = rows.insert(c, toStore, false);
                for (RunEvent event : events) {
                    rows.appendEvent(c, key, event);
                }
                SampleBlockTable blocks = new SampleBlockTable(c, key);
                BlockAppender appender = new BlockAppender(-1);
                long count = 0;
                while (samples.hasNext()) {
                    appender.add(samples.next());
                    if (appender.fullBlockCount() == IMPORT_BATCH_BLOCKS) {
                        count += blocks.write(appender.fullBlocks());
                        appender.committed();
                    }
                }
                count += blocks.write(appender.pending());
                appender.committed();
                dialect.samplesImported(c, key, count, count == 0 ? null : appender.lastReceivedMicros());
                measureRows.add(c, key, describe(toStore), measures);
                return rows.find(c, run.id()).orElseThrow();
            });
        } catch (StoreException e) {
            if (dialect.isUniqueViolation(e)) {
                // Another process stored the same id between our check and our insert (two imports
                // or pushes at once): the same answer as when it had been there before.
                throw new StoreException(Reason.CONFLICT, "a run with id " + run.id() + " exists already (stored"
                        + " by another process at the same time)", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Run> findRun(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("read run " + id, c -> rows.find(c, id));
    }

    @Override
    public Run resolve(String reference) {
        return db.read("resolve run reference", c -> RunReferences.resolve(rows.lookup(c), reference));
    }

    @Override
    public List<Run> listRuns(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.read("list runs", c -> rows.list(c, filter));
    }

    @Override
    public Map<String, List<RunStats>> metricStats(RunFilter filter, List<String> metricIds, Set<String> statNames) {
        Objects.requireNonNull(filter, "filter");
        Set<String> stats = Set.copyOf(statNames);
        List<String> ids = List.copyOf(new LinkedHashSet<>(metricIds));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read("read the statistics of " + String.join(", ", ids), c -> dialect.metricStats(c, rows, filter, ids, stats));
    }

    @Override
    public List<RunEvent> events(UUID id) {
        return db.read("read events of run " + id, c -> rows.events(c, requireKey(c, id)));
    }

    @Override
    public void appendEvent(UUID id, RunEvent event) {
        Objects.requireNonNull(event, "event");
        updateRun("append an event to run " + id, id, (c, key) -> rows.appendEvent(c, key, event));
    }

    @Override
    public void updateContext(UUID id, RunContext context) {
        Objects.requireNonNull(context, "context");
        updateRun("update context of run " + id, id, (c, key) -> rows.updateContext(c, key, context));
    }

    @Override
    public void updateCounters(UUID id, RunCounters counters) {
        Objects.requireNonNull(counters, "counters");
        updateRun("update counters of run " + id, id, (c, key) -> rows.updateCounters(c, key, counters));
    }

    @Override
    public void updateCachedStats(UUID id, Map<String, Map<String, Double>> cachedStats) {
        Objects.requireNonNull(cachedStats, "cachedStats");
        updateRun("update statistics of run " + id, id, (c, key) -> rows.replaceStats(c, key, cachedStats));
    }

    @Override
    public void saveMeasures(UUID runId, MeasureSet measures) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(measures, "measures");
        checkWritable("save measures of run " + runId);
        try {
            db.write("save " + measures.size() + " measures of run " + runId, c -> {
                measureRows.add(c, requireKey(c, runId), runId.toString(), measures);
                return null;
            });
        } catch (StoreException e) {
            if (dialect.isUniqueViolation(e)) {
                throw new StoreException(Reason.CONFLICT, "run " + runId + " holds one of these measures already"
                        + " (saved by another process at the same time); nothing was added", e);
            }
            throw e;
        }
    }

    @Override
    public MeasureSet measures(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return db.read("read measures of run " + runId, c -> measureRows.list(c, requireKey(c, runId)));
    }

    @Override
    public List<RunMeasure> measureHistory(RunFilter filter, MeasureRef ref) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(ref, "ref");
        return db.read("read the history of measure " + ref, c -> measureRows.history(c, filter, ref));
    }

    @Override
    public Map<UUID, Integer> measureCounts(RunFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return db.read("count measures of runs", c -> measureRows.counts(c, filter));
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
            WriterOwnership.Claim claim = owned.get(id);
            if (claim == null && owners.isAlive(id)) {
                throw writtenElsewhere(id);
            }
            Run finished = db.write("finish run " + id, c -> {
                long key = requireKey(c, id);
                if (!rows.finish(c, key, status, endedUs)) {
                    Run current = rows.find(c, id).orElseThrow();
                    if (current.status() == RunStatus.RUNNING) {
                        throw writtenElsewhere(id);
                    }
                    throw new StoreException(Reason.CONFLICT, "run " + id + " (" + current.name()
                            + ") is already " + current.status() + "; only a RUNNING run can be finished");
                }
                rows.replaceStats(c, key, stats); // assesses the quality too
                rows.replaceDeviceResults(c, key, results);
                return rows.find(c, id).orElseThrow();
            });
            if (writer != null) {
                closeQuietly(writer);
            }
            if (claim != null) {
                owned.remove(id);
                claim.release(true);
            }
            return finished;
        }
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
            // Holding the claim while deleting keeps another process from adopting the run meanwhile.
            WriterOwnership.Claim claim = owners.claim(id);
            if (claim == null) {
                throw aliveElsewhere(run.get());
            }
            try {
                return db.write("delete run " + id, c -> {
                    if (dialect.delete(c, id)) {
                        return true;
                    }
                    Optional<Run> now = rows.find(c, id);
                    if (now.isPresent()) {
                        throw aliveElsewhere(now.get());
                    }
                    return false;
                });
            } finally {
                claim.release(true);
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
            WriterOwnership.Claim claim = owned.get(runId);
            boolean adopted = claim == null;
            if (adopted) {
                claim = owners.claim(runId);
                if (claim == null) {
                    throw new StoreException(Reason.CONFLICT, "run " + runId + " is being written by another process");
                }
            }
            try {
                // Read after claiming: a concurrent recovery may have just finished the run.
                long[] keyCountLast = db.write("open a writer for run " + runId, c -> {
                    long key = requireKey(c, runId);
                    OptionalLong count = dialect.takeWriter(c, key);
                    if (count.isEmpty()) {
                        Run run = rows.find(c, runId).orElseThrow();
                        throw new StoreException(Reason.CONFLICT, "run " + runId + " (" + run.name() + ") is "
                                + (run.status() == RunStatus.RUNNING ? "being written by another process"
                                : run.status() + "; samples can only be written to a RUNNING run"));
                    }
                    return new long[] {key, count.getAsLong(), new SampleBlockTable(c, key).lastSeq()};
                });
                SampleWriter[] holder = new SampleWriter[1];
                holder[0] = new BatchingSampleWriter(runId, keyCountLast[2], config,
                        new Committer(runId, keyCountLast[0], keyCountLast[1], db.newChannel()),
                        () -> writerClosed(runId, holder[0]));
                writers.put(runId, holder[0]);
                if (adopted) {
                    owned.put(runId, claim);
                }
                return holder[0];
            } catch (RuntimeException e) {
                if (adopted) {
                    releaseAfterFailure(claim, runId);
                }
                throw e;
            }
        }
    }

    @Override
    public boolean isWriterAlive(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return owners.isAlive(runId);
    }

    @Override
    public List<UUID> finishedRunsWithoutStats() {
        checkOpen();
        if (db.readOnly()) {
            return List.of(); // nothing can be saved; the statistics are computed when asked for
        }
        return db.read("list finished runs without statistics", rows::finishedWithoutStats);
    }

    @Override
    public List<Run> recoverOrphanedRuns() {
        checkOpen();
        if (db.readOnly()) {
            return List.of(); // a reader that may not write leaves that to the next writer
        }
        return owners.recover();
    }

    @Override
    public long sampleCount(UUID id) {
        Objects.requireNonNull(id, "id");
        return db.read("count samples of run " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sample_count FROM runs WHERE id = ?")) {
                ps.setObject(1, dialect.idValue(id));
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
    public Map<Metric, double[]> values(UUID runId, Collection<Metric> metrics) {
        Objects.requireNonNull(runId, "runId");
        Set<Metric> wanted = Set.copyOf(metrics);
        return db.read("read samples of run " + runId,
                c -> BlockReads.values(new SampleBlockTable(c, requireKey(c, runId)), wanted));
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
    public Acknowledgement acknowledge(UUID runId, String metric, String reason, Instant at) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(at, "at");
        requireName("a metric", metric);
        requireName("a reason", reason);
        long atUs = Micros.of(at);
        return db.write("acknowledge a change of " + metric + " at run " + runId, c -> {
            changes.acknowledge(c, requireKey(c, runId), metric, reason, atUs);
            return changes.acknowledgementsOf(c, runId).stream().filter(a -> a.metric().equals(metric)).findFirst()
                    .orElseThrow();
        });
    }

    @Override
    public boolean removeAcknowledgement(UUID runId, String metric) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(metric, "metric");
        return db.write("remove the acknowledgement of " + metric + " at run " + runId, c -> {
            OptionalLong key = rows.key(c, runId);
            return key.isPresent() && changes.removeAcknowledgement(c, key.getAsLong(), metric);
        });
    }

    @Override
    public List<Acknowledgement> acknowledgements(String metric) {
        return db.read("read acknowledged changes", c -> changes.acknowledgements(c, metric));
    }

    @Override
    public List<Acknowledgement> acknowledgementsOf(UUID runId) {
        Objects.requireNonNull(runId, "runId");
        return db.read("read acknowledged changes of run " + runId, c -> changes.acknowledgementsOf(c, runId));
    }

    @Override
    public boolean recordChange(ReportedChange change) {
        Objects.requireNonNull(change, "change");
        return db.write("record a reported change of " + change.metric(), c -> {
            long key = requireKey(c, change.firstRunId());
            OptionalLong revealedBy = change.revealedBy() == null ? OptionalLong.empty() : rows.key(c, change.revealedBy());
            return changes.recordChange(c, key, revealedBy, change);
        });
    }

    @Override
    public List<ReportedChange> recordedChanges(String metric, String stat) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(stat, "stat");
        return db.read("read reported changes of " + metric, c -> changes.recordedChanges(c, metric, stat));
    }

    @Override
    public boolean claimNotification(UUID firstRunId, String metric, String stat, String channel, Instant at) {
        Objects.requireNonNull(firstRunId, "firstRunId");
        Objects.requireNonNull(at, "at");
        requireName("a channel", channel);
        long atUs = Micros.of(at);
        return db.write("claim the notification of a change to " + channel, c -> {
            long key = requireRecordedChange(c, firstRunId, metric, stat);
            return changes.claimNotification(c, key, metric, stat, channel, atUs);
        });
    }

    @Override
    public void releaseNotification(UUID firstRunId, String metric, String stat, String channel) {
        Objects.requireNonNull(firstRunId, "firstRunId");
        db.write("release the notification of a change to " + channel, c -> {
            OptionalLong key = rows.key(c, firstRunId);
            if (key.isPresent()) {
                changes.releaseNotification(c, key.getAsLong(), metric, stat, channel);
            }
            return null;
        });
    }

    @Override
    public List<String> notifiedChannels(UUID firstRunId, String metric, String stat) {
        Objects.requireNonNull(firstRunId, "firstRunId");
        return db.read("read the notifications of a change", c -> {
            OptionalLong key = rows.key(c, firstRunId);
            return key.isPresent() ? changes.notifiedChannels(c, key.getAsLong(), metric, stat) : List.of();
        });
    }

    private long requireRecordedChange(Connection c, UUID firstRunId, String metric, String stat) throws SQLException {
        long key = requireKey(c, firstRunId);
        if (!changes.changeExists(c, key, metric, stat)) {
            throw new StoreException(Reason.NOT_FOUND, "no reported change of " + metric + " (" + stat
                    + ") at run " + firstRunId);
        }
        return key;
    }

    /** A name or reason the store keeps: not blank, no NUL character ({@link StoredText}). */
    private static void requireName(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new StoreException(Reason.INVALID, what + " must not be blank");
        }
        StoredText.check(what, text);
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
        open.forEach(JdbcRunStore::closeQuietly);
        synchronized (this) {
            owned.clear();
        }
        owners.close();
        db.close();
    }

    /**
     * Gives up a claim taken for an operation that failed; what the claim leaves behind stays
     * unless the run is finished or gone (a RUNNING run may still be adopted through it).
     */
    private void releaseAfterFailure(WriterOwnership.Claim claim, UUID id) {
        boolean running;
        try {
            running = findRun(id).map(r -> r.status() == RunStatus.RUNNING).orElse(false);
        } catch (RuntimeException e) {
            running = true; // unknown: keep what is left, an empty leftover is harmless
        }
        claim.release(!running);
    }

    /** A change to one existing run's rows, in a write transaction. */
    @FunctionalInterface
    private interface RunChange {
        void apply(Connection c, long key) throws SQLException;
    }

    private void updateRun(String what, UUID id, RunChange change) {
        db.write(what, c -> {
            change.apply(c, requireKey(c, id));
            return null;
        });
    }

    private synchronized void writerClosed(UUID runId, SampleWriter writer) {
        writers.remove(runId, writer);
    }

    /** Refuses a change, before anything is claimed, when the store was opened read-only. */
    private void checkWritable(String what) {
        if (db.readOnly()) {
            db.write(what, c -> null); // throws, naming the store and why
        }
    }

    private synchronized void checkOpen() {
        if (closed) {
            throw new StoreException(Reason.CONFLICT, "the run store at " + db.location() + " is closed");
        }
    }

    private static void closeQuietly(SampleWriter writer) {
        try {
            writer.close();
        } catch (StoreException e) {
            // Its failure was reported to the producer by append()/flush(); closing goes on.
        }
    }

    private long requireKey(Connection c, UUID id) throws SQLException {
        Objects.requireNonNull(id, "id");
        return rows.key(c, id).orElseThrow(() -> notFound(id));
    }

    private void requireAbsent(Connection c, UUID id) throws SQLException {
        Optional<Run> existing = rows.find(c, id);
        if (existing.isPresent()) {
            throw new StoreException(Reason.CONFLICT, "a run with id " + id + " exists already (\""
                    + existing.get().name() + "\", " + existing.get().status() + ")");
        }
    }

    private static String describe(Run run) {
        return run.id() + " (\"" + run.name() + "\")";
    }

    private static StoreException notFound(UUID id) {
        return new StoreException(Reason.NOT_FOUND, "no run with id " + id);
    }

    private static StoreException writtenElsewhere(UUID id) {
        return new StoreException(Reason.CONFLICT, "run " + id + " is being written by another process;"
                + " only that process can finish it");
    }

    private static StoreException aliveElsewhere(Run run) {
        return new StoreException(Reason.CONFLICT, "run " + run.id() + " (" + run.name() + ") is " + run.status()
                + " and its writer is alive in another process; stop that collector first");
    }

    /**
     * Commits a writer's blocks on its channel and records them in the run's row, as long as this
     * store still writes the run. Block upserts make a repeated commit harmless.
     */
    private final class Committer implements BatchingSampleWriter.Committer {
        private final UUID runId;
        private final long runKey;
        private final Transactions.Channel channel;
        private long storedCount;

        Committer(UUID runId, long runKey, long storedCount, Transactions.Channel channel) {
            this.runId = runId;
            this.runKey = runKey;
            this.storedCount = storedCount;
            this.channel = channel;
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
            channel.write("commit samples of run " + runId, c -> {
                new SampleBlockTable(c, runKey).write(blocks);
                if (!dialect.samplesCommitted(c, runKey, added, newCount, lastReceived)) {
                    throw new StoreException(Reason.CONFLICT, "run " + runId + " is no longer written by this"
                            + " process (finished, or taken over after its lease ran out); samples after seq "
                            + blocks.get(0).firstSeq() + " were not stored");
                }
                return null;
            });
            appender.committed();
            storedCount = newCount;
            return added;
        }

        @Override
        public void close() {
            channel.close();
        }
    }
}
