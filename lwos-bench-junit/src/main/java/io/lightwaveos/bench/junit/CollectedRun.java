package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.InMemorySink;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.service.io.SampleFileReader;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run kept in memory: its samples, per-metric values and summaries, ready to compare with
 * another run or to gate against a baseline. A run is collected in the test
 * ({@link BenchCollector#collect}), loaded from a store ({@link #load}) or read from an export
 * file ({@link #fromExport}); its {@link #name()} (and {@link #commit()}, when known) name it in
 * every assertion message.
 *
 * <pre>{@code
 * CollectedRun baseline = CollectedRun.load(store, "nightly-main");      // a stored run
 * CollectedRun exported = CollectedRun.fromExport(Path.of("base.json")); // lwos-bench export
 * assertThat(baseline.compareWith(collector.collect(1000))).hasNoRegressions();
 * }</pre>
 */
public final class CollectedRun {

    private final String name;
    private final String origin;
    private final RunContext context;
    private final CollectionResult result;
    private final InMemorySink sink;
    private final Map<Metric, double[]> values;
    private final RunSummary summary;
    private final MeasureSet measures;

    /**
     * A run collected in this test, named {@code "collected run"}.
     *
     * @param result what the collector reported
     * @param sink   where the collection went
     */
    public CollectedRun(CollectionResult result, InMemorySink sink) {
        this("collected run", result, sink);
    }

    /**
     * A run collected in this test.
     *
     * @param name   what messages call it (the extension uses the test's class and method)
     * @param result what the collector reported
     * @param sink   where the collection went
     */
    public CollectedRun(String name, CollectionResult result, InMemorySink sink) {
        this(name, "collected from " + Objects.requireNonNull(result, "result").source(),
                result.context(), result, sink, sink.measures());
    }

    private CollectedRun(String name, String origin, RunContext context, CollectionResult result, InMemorySink sink,
            MeasureSet measures) {
        this.name = Objects.requireNonNull(name, "name");
        this.origin = origin;
        this.context = context == null ? RunContext.EMPTY : context;
        this.result = result;
        this.sink = Objects.requireNonNull(sink, "sink");
        this.values = sink.values();
        this.summary = RunSummary.of(values);
        this.measures = Objects.requireNonNull(measures, "measures");
    }

    /**
     * The run a reference names in an open store (SPEC §3: a full id, a unique id prefix of at
     * least 4 hex characters, or a run name, the most recent run of that name), with every sample
     * and its measures. Open the store with {@code RunStores.openExisting(path)} so that a mistyped
     * path fails instead of creating an empty database.
     *
     * @throws StoreException NOT_FOUND or AMBIGUOUS naming the reference, the store's location and
     *                        the candidates
     */
    public static CollectedRun load(RunStore store, String reference) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(reference, "reference");
        Run run;
        try {
            run = store.resolve(reference);
        } catch (StoreException e) {
            throw new StoreException(e.reason(), "in the store " + store.location() + ": " + e.getMessage(),
                    e.candidates());
        }
        InMemorySink sink = new InMemorySink();
        store.forEachSample(run.id(), sink::sample);
        return new CollectedRun(run.name(), "run " + run.id() + " in " + store.location(), run.context(), null, sink,
                store.measures(run.id()));
    }

    /**
     * The run an {@code lwos-bench export} file holds (CSV, JSON or JSONL, told by the file's
     * extension). A JSON export keeps the run's name, commit and measures; CSV and JSONL files are
     * named after the file.
     *
     * @throws IllegalArgumentException when the file name ends in none of these
     * @throws UncheckedIOException when the file is missing (the message names it) or unreadable
     * @throws io.lightwaveos.bench.service.io.ImportException naming the line, when it is not an export
     */
    public static CollectedRun fromExport(Path file) {
        Objects.requireNonNull(file, "file");
        Path path = file.toAbsolutePath().normalize();
        SampleFormat format = SampleFormat.fromFileName(path.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException("expected an export file ending in .csv, .json or .jsonl, got " + path);
        }
        InMemorySink sink = new InMemorySink();
        ExportedRun exported;
        try (InputStream in = Files.newInputStream(path)) {
            exported = SampleFileReader.read(format, in, sink::sample);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("no exported run at " + path + ": expected a file written by"
                    + " lwos-bench export (or by a test recording its baseline)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the exported run " + path + ": " + e.getMessage(), e);
        }
        String name = exported == null || exported.name() == null ? path.getFileName().toString() : exported.name();
        return new CollectedRun(name, "exported to " + path, exported == null ? null : exported.context(), null, sink,
                exported == null ? MeasureSet.empty() : exported.measures());
    }

    /** The same run under another name (what assertion messages call it). */
    public CollectedRun named(String newName) {
        return new CollectedRun(newName, origin, context, result, sink, measures);
    }

    /**
     * The same run with {@code more} measures beside its own: what the test measured itself (a
     * boot time, a throughput), to assert on with the run ({@code assertThat(run).measure("boot_ms")}).
     *
     * @throws IllegalArgumentException when one of them is already a measure of the run (same {@code suite:name})
     */
    public CollectedRun withMeasures(MeasureSet more) {
        Objects.requireNonNull(more, "more");
        List<Measure> all = new ArrayList<>(measures.measures());
        all.addAll(more.measures());
        return new CollectedRun(name, origin, context, result, sink, MeasureSet.of(all));
    }

    /**
     * The run's measures beside its frames, in order: for a run collected here, the device's vitals
     * polled while collecting ({@code device:device_fps}, {@code device:free_heap_min_bytes},
     * {@code device:device_cpu_percent}, see {@link io.lightwaveos.bench.collector.DeviceVitals};
     * none when the collection polled none or the device never answered); those stored with a run
     * loaded from a store, those of an export file; and those added with {@link #withMeasures}.
     */
    public MeasureSet measures() {
        return measures;
    }

    /** What assertion messages call this run: the stored or exported run's name, or the test's. */
    public String name() {
        return name;
    }

    /** The firmware commit the run measured ({@code context.vcs.commit}), when known. */
    public Optional<String> commit() {
        return Optional.ofNullable(context.vcs().commit());
    }

    /** Where the run comes from: {@code collected from ws://...}, {@code run <id> in <store>}, {@code exported to <file>}. */
    public String origin() {
        return origin;
    }

    /** The run's context: rig, device, workload, commit, CI (empty fields when unknown). */
    public RunContext context() {
        return context;
    }

    /**
     * Status, stop reason, counters, events and device results of the collection.
     *
     * @throws IllegalStateException for a run loaded from a store or an export: it was not collected here
     */
    public CollectionResult result() {
        if (result == null) {
            throw new IllegalStateException("\"" + name + "\" was not collected in this test (" + origin
                    + "): it has no collection result");
        }
        return result;
    }

    /** The samples, events and counters as they arrived (or as they were loaded). */
    public InMemorySink sink() {
        return sink;
    }

    /** Every metric's values in sample order; metrics no sample carried are left out. */
    public Map<Metric, double[]> values() {
        return values;
    }

    /** One metric's values in sample order (empty when no sample carried it). */
    public double[] values(Metric metric) {
        double[] v = values.get(metric);
        return v == null ? new double[0] : v.clone();
    }

    /** The number of samples. */
    public int sampleCount() {
        return sink.size();
    }

    /** The summary statistics of every metric. */
    public RunSummary summary() {
        return summary;
    }

    /** Compares this run (the baseline, A) with {@code after} (the candidate, B) with the default options. */
    public RunComparison compareWith(CollectedRun after) {
        return compareWith(after, CompareOptions.defaults());
    }

    /** Compares this run (the baseline, A) with {@code after} (the candidate, B); messages name both. */
    public RunComparison compareWith(CollectedRun after, CompareOptions options) {
        return new RunComparison(this.label(), after.label(), Comparison.compare(values, after.values, options));
    }

    /** Gates this run against a baseline (read it with {@code Baseline.read}). */
    public GateResult gate(Baseline baseline) {
        return Gate.evaluate(baseline, summary.metrics());
    }

    /** The device URL collected from, {@code simulator}, or empty when not collected here. */
    String source() {
        return result == null ? "" : result.source();
    }

    /** When the collection started; null for a run not collected here. */
    Instant startedAt() {
        return result == null ? null : result.startedAt();
    }

    /** When the collection ended; null for a run not collected here. */
    Instant endedAt() {
        return result == null ? null : result.endedAt();
    }

    /** {@code "nightly" (commit 1a2b3c4d5e6f, 1000 samples)}: how messages name the run. */
    String label() {
        return "\"" + name + "\" (" + commit().map(c -> "commit " + shortCommit(c) + ", ").orElse("")
                + sampleCount() + " samples)";
    }

    private static String shortCommit(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    @Override
    public String toString() {
        return "run " + label() + ", " + origin;
    }
}
