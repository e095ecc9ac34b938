package io.lightwaveos.bench.web;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.service.RunReferenceException;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistorySubject;
import io.lightwaveos.bench.service.io.SampleFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the dashboard reads, as domain types; the API layer ({@code api.ApiJson} with the
 * service's JSON writers, the same the CLI prints with) is the one place that turns them into
 * JSON. The dashboard's controllers only validate parameters, call one of these methods and render
 * the result; run lookup, statistics, comparison, downsampling and export are the data side's,
 * shared with the CLI.
 *
 * <p>Apart from {@link #resolve}, {@link #samplesAfter} and {@link #history}, methods take the run
 * {@link #resolve} returned, so that a request looks its run up once; if that run has disappeared
 * since (deleted by the CLI), they throw the service's {@link RunReferenceException} with
 * {@link RunReferenceException.Reason#NOT_FOUND NOT_FOUND} or the store's failure. Any other failure (I/O, a corrupt
 * database) is an unchecked exception and becomes a 500. Implementations must be thread-safe:
 * requests and the live-push poller call them concurrently, while another process may be writing
 * the store. Nothing here changes data.
 */
public interface DashboardData {

    /**
     * Runs matching {@code query}, most recently started first, at most {@code query.limit()}, with
     * their cached statistics (none before a run has finished): the runs {@code list-runs} lists.
     */
    List<Run> runs(RunQuery query);

    /**
     * Resolves a run reference by the SPEC §3 rules: full UUID, unique UUID prefix of at least 4
     * hex characters, or exact run name (the most recently started run of that name).
     *
     * @throws RunReferenceException NOT_FOUND (or INVALID, answered as not found) or AMBIGUOUS, its
     *                               message one line ending {@code "; candidates: "} and the runs
     *                               meant, if any
     */
    ResolvedRun resolve(String reference);

    /** Events a run's detail carries at most; the rest are read page by page through {@link #events}. */
    int RUN_EVENTS = 100;

    /**
     * The run as {@code show} shows it: statistics of every metric computed now, its measures, but
     * only the first {@link #RUN_EVENTS} events and how many there are (a device that floods events
     * must not make the run's document unbounded).
     */
    RunDetail run(ResolvedRun run);

    /**
     * The run's measures (SPEC §14: imported results, a harness's own numbers, the device's vitals)
     * in the run's order, each with the descriptive statistics of its values (n = its repeats);
     * empty when the run holds none.
     */
    Map<Measure, Summary> measures(ResolvedRun run);

    /**
     * A page of the run's events, in order.
     *
     * @param offset 0 or more; past the end gives an empty page
     * @param limit  1 or more
     */
    EventPage events(ResolvedRun run, int offset, int limit);

    /**
     * Descriptive statistics of every metric the run has samples for, computed now (a RUNNING
     * run's statistics change while it runs), in registry order; statistics that cannot be
     * computed are null in the summary. Extended-only metrics appear only when the run has extended
     * frames.
     */
    Map<Metric, Summary> stats(ResolvedRun run);

    /**
     * Plot series of the given metrics, each downsampled with largest-triangle-three-buckets to at
     * most {@code maxPoints} points (a series with fewer samples is returned whole).
     *
     * @param metrics   one series per metric, in this order; never empty
     * @param xAxis     receive time (µs since epoch) or seq
     * @param maxPoints at least 2; the dashboard clamps it to [2, 10000]
     */
    SeriesSet series(ResolvedRun run, List<Metric> metrics, XAxis xAxis, int maxPoints);

    /**
     * The distribution of one metric in {@code bins} equal-width bins.
     *
     * @param bins  1 or more; the dashboard clamps it to [1, 500]
     * @param range fixed bin range, or {@code null} for [min, max] of the values (a single
     *              distinct value v gets the range [v - 0.5, v + 0.5])
     */
    HistogramView histogram(ResolvedRun run, Metric metric, int bins, HistogramRange range);

    /** The device's own hop-time histogram from the run's newest extended frame; empty when the run has none. */
    Optional<DeviceHistogram> deviceHistogram(ResolvedRun run);

    /**
     * Compares run A (baseline) with run B (candidate), as {@code compare A B} does with the same
     * options.
     *
     * @throws io.lightwaveos.bench.analysis.NothingToCompareException if no metric has values in both runs
     */
    RunComparison compare(ResolvedRun a, ResolvedRun b, CompareOptions options);

    /**
     * Writes the run's samples as {@code export --format csv|json|jsonl} does (SPEC §6 export columns).
     * The caller owns and closes {@code out}.
     *
     * @throws IOException when writing to {@code out} fails (the client went away)
     */
    void export(ResolvedRun run, SampleFormat format, OutputStream out) throws IOException;

    /**
     * Samples with seq greater than {@code afterSeq}, oldest first, at most {@code limit}; the
     * live push polls this for RUNNING runs a few times a second, so it must be cheap when nothing
     * is new. The status is read before the samples (see {@link LiveBatch}).
     *
     * @param afterSeq -1 for the run's first samples
     * @param limit    1 or more
     */
    LiveBatch samplesAfter(UUID id, long afterSeq, int limit);

    /**
     * A metric's history (SPEC §11): one statistic per finished run over the runs {@code query}
     * selects, oldest first, with each run's 95 % interval and the change points of the series.
     * Read from the statistics cached per run, never from the samples.
     */
    History history(HistoryQuery query);

    /**
     * What {@code name} stands for where a history asks for a metric, as {@code history NAME} takes
     * it: a frame metric, or a measure a finished run holds ({@code suite:name} when the name alone
     * is also a frame metric or another suite's measure, {@code frame:NAME} for the frame metric).
     *
     * @throws IllegalArgumentException when the name is ambiguous (listing the names to choose from)
     *                                  or names nothing (listing what there is)
     */
    MetricOrMeasure historySubject(String name);

    /**
     * What a history can be of over the runs {@code filters} selects: every frame metric, then the
     * measures those runs hold, each with the name {@link #historySubject} takes for it. The
     * query's metric or measure is not used.
     */
    List<HistorySubject> historySubjects(HistoryQuery filters);
}
