package io.lightwaveos.bench.service;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.history.Acknowledgements;
import io.lightwaveos.bench.service.history.CachedIntervals;
import io.lightwaveos.bench.service.history.HistoryService;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.service.io.SampleExporter;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.service.io.SampleSource;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.SampleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What the front-ends do with stored runs, in one place: look runs up, compute their statistics,
 * compare two runs, gate a run against a baseline, finish and recover runs, export. The CLI and
 * the dashboard both call this; neither touches the store and the analysis directly for these.
 *
 * <p>Thread-safe as far as the store is (it is).
 */
public final class RunService {

    /** From this many values in all, a run's metrics are summarised in parallel. */
    private static final long PARALLEL_VALUES = 200_000;

    private final RunStore store;

    /** A service over an open store; the caller keeps ownership of the store. */
    public RunService(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Histories and the history gate over the same store. */
    public HistoryService histories() {
        return new HistoryService(store);
    }

    /** Acknowledged changes ({@code lwos-bench ack}) in the same store. */
    public Acknowledgements acknowledgements() {
        return new Acknowledgements(store);
    }

    /** Where the store is, for messages (a file path, or a URL without its password). */
    public String storeLocation() {
        return store.location();
    }

    /** The run with {@code id}, if there is one. */
    public Optional<Run> find(UUID runId) {
        return store.findRun(runId);
    }

    /**
     * Resolves a run reference (SPEC §3).
     *
     * @throws RunReferenceException NOT_FOUND or AMBIGUOUS, listing candidates; INVALID if blank
     */
    public Run resolve(String reference) {
        try {
            return store.resolve(reference);
        } catch (StoreException e) {
            RunReferenceException.Reason reason = switch (e.reason()) {
                case NOT_FOUND -> RunReferenceException.Reason.NOT_FOUND;
                case AMBIGUOUS -> RunReferenceException.Reason.AMBIGUOUS;
                case INVALID -> RunReferenceException.Reason.INVALID;
                default -> null;
            };
            if (reason == null) {
                throw e;
            }
            throw new RunReferenceException(reason, reference, e.getMessage(), e.candidates(), e);
        }
    }

    /** Runs {@code selection} selects, newest first. */
    public List<Run> list(RunSelection selection) {
        return store.listRuns(selection.filter());
    }

    /** The run's events, in order. */
    public List<RunEvent> events(UUID runId) {
        return store.events(runId);
    }

    /**
     * The values of every metric, read in one pass: the compact metrics always (empty for a run
     * without samples), extended-only metrics only when the run has extended samples.
     */
    public Map<Metric, double[]> values(UUID runId) {
        return values(runId, Metric.all());
    }

    /** {@link #values(UUID)} of {@code metrics} only: what is not asked for is not read. */
    private Map<Metric, double[]> values(UUID runId, Collection<Metric> metrics) {
        return present(store.values(runId, metrics));
    }

    /**
     * The metrics a run has among {@code values} (a store's column read, in its order): every
     * compact metric, an extended-only one when the run has extended samples.
     */
    static Map<Metric, double[]> present(Map<Metric, double[]> values) {
        Map<Metric, double[]> out = new LinkedHashMap<>();
        values.forEach((metric, v) -> {
            if (!metric.extendedOnly() || v.length > 0) {
                out.put(metric, v);
            }
        });
        return out;
    }

    /**
     * At most {@code limit} samples with seq above {@code afterSeq} (-1 for the first), oldest first:
     * one page of a live view or a copy.
     *
     * @param limit 1 or more
     */
    public List<Sample> samplesAfter(UUID runId, long afterSeq, int limit) {
        return store.samplesAfter(runId, afterSeq, limit);
    }

    /** The sample with seq {@code seq}, if the run has it. */
    public Optional<Sample> sampleAt(UUID runId, long seq) {
        return store.sampleAt(runId, seq);
    }

    /** The columns (seq, times, values) of the given metrics, in registry order. */
    public Map<Metric, RunColumn> columns(UUID runId, List<Metric> metrics) {
        Map<Metric, RunColumn> out = new LinkedHashMap<>();
        store.columns(runId, metrics).forEach((metric, c) ->
                out.put(metric, new RunColumn(metric, c.seq(), c.receivedAtMicros(), c.timestampMs(), c.values())));
        return out;
    }

    /**
     * Descriptive statistics of the metrics of {@link #values}, computed now from the stored
     * samples (a RUNNING run's statistics change while it runs); n = 0 with null statistics for a
     * run without samples.
     */
    public Map<Metric, Summary> summaries(UUID runId) {
        return summaries(runId, Metric.all());
    }

    private Map<Metric, Summary> summaries(UUID runId, Collection<Metric> metrics) {
        Map<Metric, double[]> values = values(runId, metrics);
        List<Metric> order = List.copyOf(values.keySet());
        Summary[] summaries = new Summary[order.size()];
        // The arrays are this call's own: sorted where they lie, as the intervals of the
        // percentiles (cached with the statistics) need them sorted anyway; the metrics of a long
        // run on as many cores as there are.
        IntStream indexes = IntStream.range(0, order.size());
        long total = values.values().stream().mapToLong(v -> v.length).sum();
        (total >= PARALLEL_VALUES ? indexes.parallel() : indexes)
                .forEach(i -> summaries[i] = Summary.ofSortingInPlace(values.get(order.get(i))));
        Map<Metric, Summary> out = new LinkedHashMap<>();
        for (int i = 0; i < summaries.length; i++) {
            out.put(order.get(i), summaries[i]);
        }
        return out;
    }

    /**
     * The descriptive statistics of a run, statistic id → value per metric ({@link Summary#asMap()}
     * form, every {@link SummaryStat} in order), metrics in registry order: what {@code show} prints.
     * For a run that is no longer RUNNING, its cached statistics when they hold every statistic of
     * every metric the run has (the common case: no sample is read); otherwise computed now from
     * the stored samples, as {@link #summaries}.
     */
    public Map<Metric, Map<String, Double>> statistics(Run run) {
        Map<Metric, Map<String, Double>> cached = completeCachedStatistics(run);
        if (cached != null) {
            return cached;
        }
        Map<Metric, Map<String, Double>> out = new LinkedHashMap<>();
        summaries(run.id()).forEach((metric, summary) -> out.put(metric, summary.asMap()));
        return out;
    }

    /**
     * The run's cached statistics in {@link #statistics} form, or null when they may differ from
     * the samples' (a RUNNING run) or miss something: a compact metric, an extended-only metric
     * beside others that are cached (a run has either all of them or none), or a statistic (a cache
     * written before the registry grew).
     */
    private static Map<Metric, Map<String, Double>> completeCachedStatistics(Run run) {
        if (run.status() == RunStatus.RUNNING || run.cachedStats().isEmpty()) {
            return null;
        }
        Map<Metric, Map<String, Double>> out = new LinkedHashMap<>();
        int extendedCached = 0;
        int extended = 0;
        for (Metric metric : Metric.all()) {
            Map<String, Double> cached = run.cachedStats().get(metric.id());
            if (metric.extendedOnly()) {
                extended++;
            }
            if (cached == null) {
                if (!metric.extendedOnly()) {
                    return null;
                }
                continue;
            }
            Map<String, Double> stats = new LinkedHashMap<>();
            for (SummaryStat stat : SummaryStat.all()) {
                if (!cached.containsKey(stat.id())) {
                    return null;
                }
                stats.put(stat.id(), cached.get(stat.id()));
            }
            extendedCached += metric.extendedOnly() ? 1 : 0;
            out.put(metric, stats);
        }
        return extendedCached == 0 || extendedCached == extended ? out : null;
    }

    /**
     * Compares run A (baseline) with run B (candidate), frame metrics and measures at once (see
     * {@link Comparison#compare(Map, Map, MeasureSet, MeasureSet, CompareOptions)}); every difference
     * is B - A.
     *
     * @throws io.lightwaveos.bench.analysis.NothingToCompareException if no metric or measure has
     *                                                                 values in both runs
     */
    public Comparison compare(UUID a, UUID b, CompareOptions options) {
        List<Metric> metrics = options.explicit() ? options.metrics() : Metric.all();
        // The two runs at once, on two read connections: each is read once, values only, and its
        // arrays are sorted where they lie (the rank test needs them sorted), never copied.
        CompletableFuture<Map<Metric, Summary>> first = CompletableFuture.supplyAsync(() -> sortedSummaries(a, metrics));
        Map<Metric, Summary> second = sortedSummaries(b, metrics);
        Map<Metric, Summary> summariesA;
        try {
            summariesA = first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return Comparison.ofSummaries(summariesA, second, measures(a), measures(b), options);
    }

    /** The summaries of a run's {@code metrics}, each keeping its values, sorted in place. */
    private Map<Metric, Summary> sortedSummaries(UUID runId, List<Metric> metrics) {
        Map<Metric, Summary> out = new LinkedHashMap<>();
        values(runId, metrics).forEach((metric, values) -> out.put(metric, Summary.ofSortingInPlace(values)));
        return out;
    }

    /**
     * The compare options that {@code names} ask for, given where a metric is asked for
     * ({@code compare --metric}): each a frame metric or a measure of run {@code a} or {@code b}
     * ({@link MetricOrMeasure#resolve}); no names, the defaults of {@code options}.
     *
     * @throws IllegalArgumentException when a name is ambiguous, unknown, or given twice
     */
    public CompareOptions compareOptions(CompareOptions options, List<String> names, UUID a, UUID b) {
        if (names.isEmpty()) {
            return options;
        }
        List<Measure> known = new ArrayList<>(measures(a).measures());
        known.addAll(measures(b).measures());
        List<Metric> metrics = new ArrayList<>();
        List<MeasureRef> refs = new ArrayList<>();
        for (String name : names) {
            MetricOrMeasure m = MetricOrMeasure.resolve(name, known);
            if (m.isMeasure() ? refs.contains(m.measure()) : metrics.contains(m.metric())) {
                throw new IllegalArgumentException("--metric " + m.id() + " is given twice");
            }
            if (m.isMeasure()) {
                refs.add(m.measure());
            } else {
                metrics.add(m.metric());
            }
        }
        return options.withMetrics(metrics).withMeasures(refs);
    }

    /**
     * Compares the pooled samples of several baseline runs (A: each metric's values of all of them,
     * in the order given, and each measure's values of all of them: one value per run of an imported
     * result becomes as many repeats, {@link #pooledMeasures}) with run B, as {@link #compare} does
     * two runs: what a pull request's baseline of the base branch's last runs is compared with.
     *
     * @param a the baseline runs, at least one
     * @throws IllegalArgumentException if {@code a} is empty
     * @throws io.lightwaveos.bench.analysis.NothingToCompareException if no metric or measure has values in both
     */
    public Comparison comparePooled(List<UUID> a, UUID b, CompareOptions options) {
        if (a.isEmpty()) {
            throw new IllegalArgumentException("a pooled baseline needs at least one run");
        }
        Map<Metric, List<double[]>> parts = new LinkedHashMap<>();
        List<MeasureSet> measureParts = new ArrayList<>();
        for (UUID id : a) {
            values(id).forEach((metric, v) -> parts.computeIfAbsent(metric, m -> new ArrayList<>()).add(v));
            measureParts.add(measures(id));
        }
        Map<Metric, double[]> pooled = new LinkedHashMap<>();
        for (Metric m : Metric.all()) { // registry order, as values() gives it
            List<double[]> p = parts.get(m);
            if (p != null) {
                pooled.put(m, p.stream().flatMapToDouble(java.util.Arrays::stream).toArray());
            }
        }
        return Comparison.compare(pooled, values(b), pooledMeasures(measureParts), measures(b), options);
    }

    /**
     * The measures of several runs as one run's: each {@code suite:name} with the values of every run
     * that holds it in the unit and direction of the newest (the last) of them, in order of first
     * appearance; a run holding it in another unit adds nothing to it.
     */
    static MeasureSet pooledMeasures(List<MeasureSet> runs) {
        Map<MeasureRef, Measure> newest = new LinkedHashMap<>();
        runs.forEach(set -> set.forEach(m -> newest.put(m.ref(), m)));
        List<Measure> out = new ArrayList<>(newest.size());
        for (Measure last : newest.values()) {
            double[] values = runs.stream().flatMap(set -> set.get(last.suite(), last.name()).stream())
                    .filter(m -> m.unit().equals(last.unit()))
                    .flatMapToDouble(m -> java.util.Arrays.stream(m.values())).toArray();
            out.add(Measure.of(last.suite(), last.name(), last.unit(), last.direction().orElse(null), values));
        }
        return MeasureSet.of(out);
    }

    /**
     * Gates a run's statistics against a baseline.
     *
     * @throws io.lightwaveos.bench.analysis.NothingToCompareException if every baseline key is skipped
     */
    public GateResult check(UUID runId, Baseline baseline) {
        List<Metric> named = baseline.values().keySet().stream().map(Metric::byId).flatMap(Optional::stream)
                .distinct().toList();
        return Gate.evaluate(baseline, summaries(runId, named));
    }

    /**
     * Ends a RUNNING run this process owns: sets the status and end time (the store first flushes
     * and closes the run's open writer, so every appended sample is committed), keeps the device's
     * own results, then computes and caches the statistics of all stored samples.
     *
     * @param endedAt       end time, or null for now
     * @param deviceResults the {@code benchmark.stopped} results, or empty
     * @return the finished run
     */
    public Run finish(UUID runId, RunStatus status, Instant endedAt, Map<String, Double> deviceResults) {
        store.finishRun(runId, status, endedAt, Map.of(), deviceResults);
        return refreshStats(runId);
    }

    /**
     * Finds runs left RUNNING by a process that died, marks them INTERRUPTED and caches their
     * statistics (SPEC §10); and caches the statistics of finished runs that have none (a process
     * killed between finishing a run and caching its statistics). Safe to call at every start: a
     * live collector's run is left alone.
     *
     * @return the runs recovered from RUNNING now
     */
    public List<Run> recoverOrphans() {
        List<Run> recovered = new ArrayList<>();
        for (Run run : store.recoverOrphanedRuns()) {
            store.updateCachedStats(run.id(), cache(summaries(run.id())));
            recovered.add(store.run(run.id()));
        }
        for (UUID id : store.finishedRunsWithoutStats()) {
            refreshStats(id);
        }
        return recovered;
    }

    /** Recomputes and stores a run's cached statistics (after an import, say). */
    public Run refreshStats(UUID runId) {
        store.updateCachedStats(runId, cache(summaries(runId)));
        return store.run(runId);
    }

    /**
     * Writes the run's samples to {@code out} in {@code format}, streaming: every sample stored when
     * the stream reaches it, so a RUNNING run's export holds more than {@code run.sampleCount()}.
     *
     * @return the number of samples written
     * @throws IOException when writing fails
     */
    public long export(Run run, SampleFormat format, OutputStream out) throws IOException {
        long[] written = {0};
        SampleSource counted = action -> store.forEachSample(run.id(), s -> {
            action.accept(s);
            written[0]++;
        });
        SampleExporter.write(format, format == SampleFormat.JSON ? exportedRun(run) : null, counted, out);
        return written[0];
    }

    /** The run as an export document describes it: with its context, quality and events. */
    ExportedRun exportedRun(Run run) {
        List<ExportedRun.Ack> acks = acknowledgements().of(run.id()).stream()
                .map(a -> new ExportedRun.Ack(a.metric(), a.reason(), a.acknowledgedAt())).toList();
        return new ExportedRun(run.id().toString(), run.name(), run.description(), List.copyOf(run.tags()),
                run.source(), run.status(), run.startedAt(), run.endedAt(), run.counters(), run.context(),
                run.quality(), store.events(run.id()), store.measures(run.id()), acks);
    }

    /** The run's stored samples in seq order, streamed. */
    SampleSource sampleSource(UUID runId) {
        return action -> store.forEachSample(runId, action);
    }

    /** Multi-run archives of this service's store (SPEC §12): export and import. */
    public ArchiveService archives() {
        return new ArchiveService(this);
    }

    /**
     * Starts a RUNNING run that this process owns until {@link #finish}.
     *
     * @throws io.lightwaveos.bench.store.StoreException CONFLICT if a run with its id exists
     */
    public Run create(RunStart start) {
        return store.createRun(start.spec());
    }

    /** Opens the background writer of a RUNNING run this process owns (see {@link SampleWriter}). */
    public SampleWriter openWriter(UUID runId) {
        return store.openWriter(runId);
    }

    /** Appends an event to a run, also while its samples are being written. */
    public void appendEvent(UUID runId, RunEvent event) {
        store.appendEvent(runId, event);
    }

    /** Replaces a run's context (a collector learns the device's part after the run started). */
    public void updateContext(UUID runId, RunContext context) {
        store.updateContext(runId, context);
    }

    /** Replaces a run's counters, also while its samples are being written. */
    public void updateCounters(UUID runId, RunCounters counters) {
        store.updateCounters(runId, counters);
    }

    /**
     * Stores a finished run with its events and samples in one transaction, keeping its id, start
     * time and counters, and caches its statistics.
     *
     * @throws io.lightwaveos.bench.store.StoreException CONFLICT if a run with its id exists (nothing
     *                                                   is changed); INVALID if it is RUNNING
     */
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples) {
        return importRun(run, events, samples, MeasureSet.empty());
    }

    /**
     * {@link #importRun(Run, List, Iterator)} with the run's measures, stored in the same
     * transaction. A run without samples keeps no statistics (it has none to cache).
     */
    public Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples, MeasureSet measures) {
        return importRun(run, events, samples, measures, () -> cache(summaries(run.id())));
    }

    /**
     * {@link #importRun(Run, List, Iterator, MeasureSet)} caching the statistics {@code statistics}
     * gives ({@link #cache} form) once the run is stored, rather than computing them from the stored
     * samples: the caller holds the same samples and computes them meanwhile ({@link ImportStatistics}).
     */
    Run importRun(Run run, List<RunEvent> events, Iterator<Sample> samples, MeasureSet measures,
            Supplier<Map<String, Map<String, Double>>> statistics) {
        Run stored = store.importRun(run, events, samples, measures);
        if (stored.sampleCount() == 0 && !measures.isEmpty()) {
            return stored;
        }
        store.updateCachedStats(stored.id(), statistics.get());
        return store.run(stored.id());
    }

    /**
     * Stores a finished run that holds only measures (an imported result file, what a harness
     * measured itself), in one transaction: status COMPLETE, started at {@code start}'s time (now
     * when it has none) and ended then, with {@code start}'s name, tags, source and context.
     *
     * @param measures at least one measure
     * @throws io.lightwaveos.bench.store.StoreException INVALID when {@code measures} is empty or the
     *                                                   start breaks a rule of the store (nothing is
     *                                                   stored); CONFLICT if a run with its id exists
     */
    public Run createMeasureRun(RunStart start, MeasureSet measures) {
        Objects.requireNonNull(measures, "measures");
        if (measures.isEmpty()) {
            throw new StoreException(StoreException.Reason.INVALID, "a run of measures needs at least one measure,"
                    + " got none (run \"" + start.name() + "\")");
        }
        NewRun spec = start.spec();
        Instant at = spec.startedAt() != null ? spec.startedAt() : Instant.now();
        Run run = new Run(spec.id() != null ? spec.id() : UUID.randomUUID(), spec.name(), spec.description(),
                spec.tags(), spec.source(), at, at, RunStatus.COMPLETE, 0, RunCounters.ZERO, Map.of(), Map.of(),
                spec.context(), null);
        return store.importRun(run, List.of(), Collections.emptyIterator(), measures);
    }

    /**
     * Adds measures to a run (in any state), all in one transaction: a harness saves what it
     * measured itself with the run it collected.
     *
     * @throws io.lightwaveos.bench.store.StoreException NOT_FOUND if there is no such run; CONFLICT
     *                                                   naming the measure if the run holds one of
     *                                                   them already (nothing is added)
     */
    public void saveMeasures(UUID runId, MeasureSet measures) {
        store.saveMeasures(runId, measures);
    }

    /** The run's measures in the order they were saved; empty when it holds none. */
    public MeasureSet measures(UUID runId) {
        return store.measures(runId);
    }

    /**
     * The measure {@code ref} names in the run: {@code suite:name}, or a bare name the run holds in
     * one suite only.
     *
     * @throws IllegalArgumentException when a bare name is a measure of several suites of the run,
     *                                  listing the {@code suite:name} references to choose from
     */
    public Optional<Measure> measure(UUID runId, MeasureRef ref) {
        return measures(runId).find(ref);
    }

    /**
     * Descriptive statistics of each measure's values (n = its repeats; a single value has n = 1
     * and no spread), in the run's order.
     */
    public Map<Measure, Summary> measureSummaries(UUID runId) {
        Map<Measure, Summary> out = new LinkedHashMap<>();
        for (Measure m : measures(runId)) {
            out.put(m, Summary.of(m.values()));
        }
        return out;
    }

    /**
     * How many measures each run {@code selection} selects holds (its limit counts runs, as in
     * {@link #list}): run id → count, for runs holding at least one.
     */
    public Map<UUID, Integer> measureCounts(RunSelection selection) {
        return store.measureCounts(selection.filter());
    }

    /**
     * Stores the changes an export or another store acknowledged at run {@code runId}, keeping their
     * times (an import or a push carries them); a metric the run has an acknowledgement of already
     * keeps the one it has, so restoring twice changes nothing.
     */
    void restoreAcknowledgements(UUID runId, List<ExportedRun.Ack> acks) {
        if (acks.isEmpty()) {
            return;
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        store.acknowledgementsOf(runId).forEach(a -> present.add(a.metric()));
        for (ExportedRun.Ack a : acks) {
            if (present.add(a.metric())) {
                store.acknowledge(runId, a.metric(), a.reason(), a.acknowledgedAt());
            }
        }
    }

    /** Imports into this service's store: sample files and the older Python tool's database. */
    public ImportService importer() {
        return new ImportService(this, store);
    }

    /** Deletes a run and everything it owns; refuses a run with a live writer. */
    public boolean delete(UUID runId) {
        return store.deleteRun(runId);
    }

    /**
     * Summaries as the store caches them: metric id → statistic name → value (null when not
     * computable), followed by the 95 % intervals of the statistics that have one
     * ({@link CachedIntervals}), so that histories need no samples.
     */
    public static Map<String, Map<String, Double>> cache(Map<Metric, Summary> summaries) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        summaries.forEach((metric, summary) -> out.put(metric.id(), cache(summary)));
        return out;
    }

    /** One metric's part of {@link #cache(Map)}: statistic name → value, then the intervals. */
    static Map<String, Double> cache(Summary summary) {
        Map<String, Double> stats = new LinkedHashMap<>(summary.asMap());
        CachedIntervals.addTo(stats, summary);
        return stats;
    }
}
