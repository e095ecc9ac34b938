package io.lightwaveos.bench.web.data;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.series.Histogram;
import io.lightwaveos.bench.analysis.series.Lttb;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.service.RunColumn;
import io.lightwaveos.bench.service.RunReferenceException;
import io.lightwaveos.bench.service.RunSelection;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistorySubject;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.DeviceHistogram;
import io.lightwaveos.bench.web.EventPage;
import io.lightwaveos.bench.web.HistogramRange;
import io.lightwaveos.bench.web.HistogramView;
import io.lightwaveos.bench.web.LiveBatch;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.RunComparison;
import io.lightwaveos.bench.web.RunDetail;
import io.lightwaveos.bench.web.RunQuery;
import io.lightwaveos.bench.web.Series;
import io.lightwaveos.bench.web.SeriesSet;
import io.lightwaveos.bench.web.XAxis;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboard's data, read from the run store through the same {@link RunService} the CLI uses
 * (the API writes it with the CLI's JSON writers), so that the API and the CLI can never disagree.
 */
public final class StoreDashboardData implements DashboardData {

    private final RunService runs;

    /** Dashboard data over {@code runs}' store. */
    public StoreDashboardData(RunService runs) {
        this.runs = runs;
    }

    @Override
    public List<Run> runs(RunQuery query) {
        RunSelection selection = RunSelection.ALL.withTags(query.tags()).withNameContains(query.nameContains())
                .withStatuses(query.status() == null ? Set.of() : Set.of(query.status())).withLimit(query.limit())
                .withRig(query.rig()).withBranch(query.branch()).withFirmware(query.firmware())
                .withEffectName(query.workload());
        return runs.list(selection);
    }

    @Override
    public ResolvedRun resolve(String reference) {
        try {
            return new ResolvedRun(runs.resolve(reference));
        } catch (RunReferenceException e) {
            throw lookupFailure(e.reason(), e.reference(), e.candidates(), e);
        }
    }

    @Override
    public RunDetail run(ResolvedRun run) {
        UUID id = run.id();
        List<RunEvent> events = runs.events(id);
        return new RunDetail(run.run(), runs.summaries(id), runs.measureSummaries(id),
                events.subList(0, Math.min(RUN_EVENTS, events.size())), events.size());
    }

    @Override
    public Map<Measure, Summary> measures(ResolvedRun run) {
        return runs.measureSummaries(run.id());
    }

    @Override
    public EventPage events(ResolvedRun run, int offset, int limit) {
        List<RunEvent> events = runs.events(run.id());
        int from = Math.min(offset, events.size());
        int to = (int) Math.min(events.size(), (long) from + limit);
        return new EventPage(events.size(), offset, events.subList(from, to));
    }

    @Override
    public Map<Metric, Summary> stats(ResolvedRun run) {
        return runs.summaries(run.id());
    }

    @Override
    public SeriesSet series(ResolvedRun run, List<Metric> metrics, XAxis xAxis, int maxPoints) {
        Map<Metric, RunColumn> columns = runs.columns(run.id(), metrics);
        long lastSeq = -1;
        List<Series> out = new ArrayList<>();
        // Metrics of the same row set share their x array: convert each distinct one once.
        Map<long[], double[]> relativeX = new IdentityHashMap<>();
        for (Metric metric : metrics) {
            RunColumn c = columns.get(metric);
            lastSeq = Math.max(lastSeq, c.lastSeq(-1));
            long[] xs = xAxis == XAxis.SEQ ? c.seq() : c.receivedAtMicros();
            double[] rel = relativeX.computeIfAbsent(xs, StoreDashboardData::relative);
            int[] keep = Lttb.downsample(rel, c.values(), maxPoints);
            double[] x = new double[keep.length];
            double[] y = new double[keep.length];
            for (int i = 0; i < keep.length; i++) {
                x[i] = xs[keep[i]];
                y[i] = c.values()[keep[i]];
            }
            out.add(new Series(metric, c.size(), x, y));
        }
        return new SeriesSet(xAxis, maxPoints, lastSeq, out);
    }

    @Override
    public HistogramView histogram(ResolvedRun run, Metric metric, int bins, HistogramRange range) {
        double[] values = runs.columns(run.id(), List.of(metric)).get(metric).values();
        if (values.length == 0) {
            return new HistogramView(metric, 0, new double[0], new long[0], 0, 0, null, null, null);
        }
        Summary summary = Summary.of(values);
        Histogram h = range == null
                ? Histogram.withBins(values, bins)
                : Histogram.withRange(values, bins, range.lo(), range.hi());
        return new HistogramView(metric, values.length, h.edges(), h.counts(), h.below(), h.above(),
                summary.p50(), summary.p95(), summary.p99());
    }

    @Override
    public Optional<DeviceHistogram> deviceHistogram(ResolvedRun run) {
        UUID id = run.id();
        // The extended-only column holds extended samples only: its size counts them, its last
        // seq names the newest, and reading that one sample gives its bins.
        RunColumn ext = runs.columns(id, List.of(Metric.AVG_DC_AGC_US)).get(Metric.AVG_DC_AGC_US);
        if (ext.isEmpty()) {
            return Optional.empty();
        }
        long newest = ext.lastSeq(-1);
        Optional<Sample> sample = runs.sampleAt(id, newest);
        if (sample.isEmpty()) {
            return Optional.empty(); // deleted since the column was read
        }
        int[] counts = new int[FrameLayout.HISTOGRAM_BINS];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = sample.get().frame().extended().histogramBin(i);
        }
        return Optional.of(new DeviceHistogram(ext.size(), newest, counts));
    }

    @Override
    public RunComparison compare(ResolvedRun a, ResolvedRun b, CompareOptions options) {
        return new RunComparison(a.run(), b.run(), runs.compare(a.id(), b.id(), options));
    }

    @Override
    public void export(ResolvedRun run, SampleFormat format, OutputStream out) throws IOException {
        runs.export(run.run(), format, out);
    }

    @Override
    public LiveBatch samplesAfter(UUID id, long afterSeq, int limit) {
        Run run = find(id); // status first: a batch read after a finish holds the last samples
        List<Sample> samples = runs.samplesAfter(id, afterSeq, limit);
        // The count (and counters) read after the samples, so that it is never behind the batch it
        // comes with: read before, the last batch of a burst could say 240 while bringing sample 249.
        Run after = runs.find(id).orElse(run);
        return new LiveBatch(run.status(), after.sampleCount(), after.counters(), samples);
    }

    @Override
    public History history(HistoryQuery query) {
        return runs.histories().history(query);
    }

    @Override
    public MetricOrMeasure historySubject(String name) {
        return runs.histories().resolve(name);
    }

    @Override
    public List<HistorySubject> historySubjects(HistoryQuery filters) {
        return runs.histories().subjects(filters);
    }

    /** x relative to its first value, so that LTTB's areas keep their precision with µs timestamps. */
    private static double[] relative(long[] x) {
        double[] rel = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            rel[i] = x[i] - x[0];
        }
        return rel;
    }

    private Run find(UUID id) {
        return runs.find(id).orElseThrow(() -> lookupFailure(RunReferenceException.Reason.NOT_FOUND, id.toString(),
                List.of(), null));
    }

    /**
     * The service's failure with the dashboard's message: one line, the candidates after
     * {@code "; candidates: "} (the pages turn them into links), where the store's lists them on
     * lines of their own.
     */
    private static RunReferenceException lookupFailure(RunReferenceException.Reason reason, String reference,
            List<String> candidates, Throwable cause) {
        String head = reason == RunReferenceException.Reason.AMBIGUOUS
                ? "run reference \"" + reference + "\" is ambiguous; give more of the id"
                : "no run matches \"" + reference + "\" (expected a run id, a unique id prefix of at"
                        + " least 4 hex characters, or a run name)";
        String message = candidates.isEmpty() ? head : head + "; candidates: " + String.join(", ", candidates);
        return new RunReferenceException(reason, reference, message, candidates, cause);
    }
}
