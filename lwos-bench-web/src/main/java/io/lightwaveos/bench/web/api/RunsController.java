package io.lightwaveos.bench.web.api;

import io.javalin.http.Context;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.HistogramRange;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.RunQuery;
import io.lightwaveos.bench.web.XAxis;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /api/runs...}: list, one run, statistics, measures, series, histograms, export. */
public final class RunsController {

    /** Runs listed when no limit is given. */
    public static final int DEFAULT_LIMIT = 50;
    /** Most runs one list returns. */
    public static final int MAX_LIMIT = 1000;
    /** Default points per series. */
    public static final int DEFAULT_MAX_POINTS = 2000;
    /** SPEC §7: series are clamped to this many points. */
    public static final int MAX_POINTS = 10_000;
    /** Default histogram bins. */
    public static final int DEFAULT_BINS = 40;
    /** Most histogram bins. */
    public static final int MAX_BINS = 500;
    /** Events per page when no limit is given. */
    public static final int DEFAULT_EVENTS = 100;
    /** Most events one page returns. */
    public static final int MAX_EVENTS = 1000;
    /** A count above this is a mistake (or an attack), not a wish to be clamped. */
    public static final long ABSURD = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(RunsController.class);

    private final DashboardData data;

    public RunsController(DashboardData data) {
        this.data = data;
    }

    /**
     * {@code GET /api/runs?tag=a,b&name=text&status=S&limit=N&rig=R&branch=B&firmware=F&workload=W}:
     * SPEC §6 run documents; rig, branch, firmware and workload (effect name) match exactly, as
     * {@code list-runs} does.
     */
    public void list(Context ctx) {
        RunStatus status = QueryParams.text(ctx, "status", 20).map(RunsController::status).orElse(null);
        RunQuery query = new RunQuery(
                QueryParams.tags(ctx, "tag"),
                QueryParams.text(ctx, "name", QueryParams.MAX_TEXT).orElse(null),
                status,
                QueryParams.clampedCount(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, ABSURD),
                QueryParams.text(ctx, "rig", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.text(ctx, "branch", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.text(ctx, "firmware", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.text(ctx, "workload", QueryParams.MAX_TEXT).orElse(null));
        ctx.json(ApiJson.runs(data.runs(query)));
    }

    /** {@code GET /api/runs/{ref}}: the run document with its first events and their total. */
    public void one(Context ctx) {
        ctx.json(ApiJson.run(data.run(resolve(ctx))));
    }

    /** {@code GET /api/runs/{ref}/events?offset=0&limit=100}: a page of the run's events and their total. */
    public void events(Context ctx) {
        int offset = QueryParams.integer(ctx, "offset", 0, Integer.MAX_VALUE - 1).orElse(0);
        int limit = QueryParams.clampedCount(ctx, "limit", DEFAULT_EVENTS, 1, MAX_EVENTS, ABSURD);
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.events(run, data.events(run, offset, limit), limit));
    }

    /** {@code GET /api/runs/{ref}/stats}. */
    public void stats(Context ctx) {
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.stats(run, data.stats(run)));
    }

    /** {@code GET /api/runs/{ref}/measures}: the run's measures with the statistics of their values. */
    public void measures(Context ctx) {
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.measures(run, data.measures(run)));
    }

    /** {@code GET /api/runs/{ref}/series?metrics=a,b&max_points=N&x=time|seq}. */
    public void series(Context ctx) {
        List<Metric> metrics = QueryParams.metrics(ctx, "metrics", Metric.all());
        int maxPoints = QueryParams.clampedCount(ctx, "max_points", DEFAULT_MAX_POINTS, 2, MAX_POINTS, ABSURD);
        XAxis x = QueryParams.text(ctx, "x", 10).map(RunsController::xAxis).orElse(XAxis.TIME);
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.series(run, data.series(run, metrics, x, maxPoints)));
    }

    /** {@code GET /api/runs/{ref}/histogram?metric=m&bins=n[&lo=..&hi=..]}. */
    public void histogram(Context ctx) {
        Metric metric = QueryParams.metric(ctx, "metric");
        int bins = QueryParams.clampedCount(ctx, "bins", DEFAULT_BINS, 1, MAX_BINS, ABSURD);
        HistogramRange range = range(ctx);
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.histogram(run, data.histogram(run, metric, bins, range)));
    }

    /** {@code GET /api/runs/{ref}/device-histogram}: the device's own bins, when extended frames exist. */
    public void deviceHistogram(Context ctx) {
        ResolvedRun run = resolve(ctx);
        ctx.json(ApiJson.deviceHistogram(run, data.deviceHistogram(run)));
    }

    /** {@code GET /api/runs/{ref}/export?format=csv|json|jsonl}: a download of every sample. */
    public void export(Context ctx) {
        SampleFormat format = QueryParams.text(ctx, "format", 10).map(RunsController::format).orElse(SampleFormat.CSV);
        ResolvedRun run = resolve(ctx);
        ctx.contentType(format.mediaType());
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(run, format) + "\"");
        // Streamed: a 1M-sample export must not be built in memory first.
        OutputStream out = new FilterOutputStream(ctx.outputStream()) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the response is Javalin's to close, whatever the data side does
            }
        };
        try {
            data.export(run, format, out);
            out.flush();
        } catch (IOException e) {
            // The status line is gone already; all that is left is to stop writing.
            LOG.debug("export of {} aborted: {}", run.id(), e.toString());
        }
    }

    /** {@code GET /api/metrics}: the metric registry (ids, units, labels, directions). */
    public void metrics(Context ctx) {
        ctx.json(ApiJson.metrics());
    }

    private ResolvedRun resolve(Context ctx) {
        return data.resolve(QueryParams.runRef(ctx, "ref"));
    }

    private static HistogramRange range(Context ctx) {
        Optional<Double> lo = QueryParams.signedDecimal(ctx, "lo");
        Optional<Double> hi = QueryParams.signedDecimal(ctx, "hi");
        if (lo.isEmpty() && hi.isEmpty()) {
            return null;
        }
        if (lo.isEmpty() || hi.isEmpty()) {
            throw ApiException.badRequest("lo and hi must be given together");
        }
        if (!(lo.get() < hi.get())) {
            throw ApiException.badRequest("lo must be less than hi, got lo=" + lo.get() + " hi=" + hi.get());
        }
        return new HistogramRange(lo.get(), hi.get());
    }

    private static String fileName(ResolvedRun run, SampleFormat format) {
        String safe = run.name().replaceAll("[^A-Za-z0-9._-]+", "_");
        if (safe.length() > 60) {
            safe = safe.substring(0, 60);
        }
        return "lwos-bench-" + safe + "-" + run.id().toString().substring(0, 8) + "." + format.extension();
    }

    private static RunStatus status(String text) {
        try {
            return RunStatus.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("status must be one of RUNNING, COMPLETE, INTERRUPTED, FAILED, got \""
                    + QueryParams.shorten(text) + "\"");
        }
    }

    private static XAxis xAxis(String text) {
        for (XAxis x : XAxis.values()) {
            if (x.id().equals(text.toLowerCase(Locale.ROOT))) {
                return x;
            }
        }
        throw ApiException.badRequest("x must be time or seq, got \"" + QueryParams.shorten(text) + "\"");
    }

    private static SampleFormat format(String text) {
        try {
            return SampleFormat.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("format must be csv, json or jsonl, got \"" + QueryParams.shorten(text) + "\"");
        }
    }
}
