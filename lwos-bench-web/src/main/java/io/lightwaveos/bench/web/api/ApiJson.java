package io.lightwaveos.bench.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.history.HistorySubject;
import io.lightwaveos.bench.service.json.CompareJson;
import io.lightwaveos.bench.service.json.MeasureJson;
import io.lightwaveos.bench.service.json.RunJson;
import io.lightwaveos.bench.service.json.RunRef;
import io.lightwaveos.bench.service.json.SummaryJson;
import io.lightwaveos.bench.web.DeviceHistogram;
import io.lightwaveos.bench.web.EventPage;
import io.lightwaveos.bench.web.HistogramView;
import io.lightwaveos.bench.web.LiveBatch;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.RunComparison;
import io.lightwaveos.bench.web.RunDetail;
import io.lightwaveos.bench.web.Series;
import io.lightwaveos.bench.web.SeriesSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the dashboard writes JSON: its own documents (series, histograms, events, live
 * batches, errors) and, through the service's writers the CLI prints with, the SPEC §6 documents
 * (runs, statistics, comparisons). Field names are snake_case like SPEC §6; a number that is not
 * finite is written as null.
 */
public final class ApiJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ApiJson() {
    }

    /** {@code {"error": message, "status": status}}. */
    public static ObjectNode error(int status, String message) {
        ObjectNode node = F.objectNode();
        node.put("error", message);
        node.put("status", status);
        return node;
    }

    /** {@code {"id", "name", "status", "sample_count"}}: names the run a response is about. */
    public static ObjectNode runHeader(ResolvedRun run) {
        ObjectNode node = F.objectNode();
        node.put("id", run.id().toString());
        node.put("name", run.name());
        node.put("status", run.status().name());
        node.put("sample_count", run.sampleCount());
        return node;
    }

    /** {@code {"run": header, "total", "offset", "limit", "events": [{"at", "type", "detail"}]}}. */
    public static ObjectNode events(ResolvedRun run, EventPage page, int limit) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        node.put("total", page.total());
        node.put("offset", page.offset());
        node.put("limit", limit);
        ArrayNode list = node.putArray("events");
        page.events().forEach(e -> list.add(RunJson.event(e)));
        return node;
    }

    /**
     * SPEC §6 run documents ({@code "schema": "lwos-bench/run/v2"}, {@code stats} filled with the
     * cached summaries, or an empty object before they exist), without {@code events}: exactly the
     * elements of {@code list-runs --format json}.
     */
    public static ArrayNode runs(List<Run> runs) {
        ArrayNode list = F.arrayNode();
        runs.forEach(run -> list.add(RunJson.toJson(run)));
        return list;
    }

    /**
     * The run document as {@code show --format json} prints it, {@code stats} for every metric and
     * {@code measures} for every measure, except that {@code events} holds the detail's first
     * events and {@code events_total} says how many the run has.
     */
    public static ObjectNode run(RunDetail detail) {
        ObjectNode doc = RunJson.toJson(detail.run(), detail.stats(), detail.events(), detail.measures());
        doc.put("events_total", detail.eventsTotal());
        return doc;
    }

    /**
     * {@code {"run": header, "measures": [{"name", "suite", "unit", "direction", "values",
     * "summary"}]}}: the run's measures as the run document lists them (SPEC §15 "JSON").
     */
    public static ObjectNode measures(ResolvedRun run, Map<Measure, Summary> measures) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        node.set("measures", MeasureJson.toJson(measures));
        return node;
    }

    /** {@code {"run": header, "stats": {metric: summary}}}: SPEC §6 summaries, null where not computable. */
    public static ObjectNode stats(ResolvedRun run, Map<Metric, Summary> stats) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        ObjectNode out = node.putObject("stats");
        stats.forEach((metric, summary) -> out.set(metric.id(), SummaryJson.toJson(summary)));
        return node;
    }

    /** The compare document ({@code "schema": "lwos-bench/compare/v2"}), the very JSON {@code compare --format json} prints. */
    public static ObjectNode compare(RunComparison c) {
        return CompareJson.toJson(RunRef.of(c.a()), RunRef.of(c.b()), c.comparison());
    }

    /**
     * {@code {"run", "x_axis", "x_unit", "max_points", "last_seq", "series": [{"metric", "unit",
     * "label", "points_in", "points", "x": [..], "y": [..]}]}}.
     */
    public static ObjectNode series(ResolvedRun run, SeriesSet set) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        node.put("x_axis", set.xAxis().id());
        node.put("x_unit", set.xAxis().unit());
        node.put("max_points", set.maxPoints());
        node.put("last_seq", set.lastSeq());
        ArrayNode list = node.putArray("series");
        for (Series s : set.series()) {
            ObjectNode item = list.addObject();
            metricFields(item, s.metric());
            item.put("points_in", s.pointsIn());
            item.put("points", s.x().length);
            item.set("x", numbers(s.x()));
            item.set("y", numbers(s.y()));
        }
        return node;
    }

    /**
     * {@code {"run", "metric", "unit", "label", "n", "bins", "edges", "counts", "below", "above",
     * "p50", "p95", "p99"}}.
     */
    public static ObjectNode histogram(ResolvedRun run, HistogramView h) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        metricFields(node, h.metric());
        node.put("n", h.n());
        node.put("bins", h.counts().length);
        node.set("edges", numbers(h.edges()));
        ArrayNode counts = node.putArray("counts");
        for (long c : h.counts()) {
            counts.add(c);
        }
        node.put("below", h.below());
        node.put("above", h.above());
        putNumber(node, "p50", h.p50());
        putNumber(node, "p95", h.p95());
        putNumber(node, "p99", h.p99());
        return node;
    }

    /**
     * {@code {"run", "available", "extended_frames", "seq", "unit", "upper_edges_us", "labels",
     * "counts"}}; with {@code available: false} the other fields are null.
     */
    public static ObjectNode deviceHistogram(ResolvedRun run, Optional<DeviceHistogram> maybe) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        node.put("available", maybe.isPresent());
        node.put("unit", "µs");
        ArrayNode edges = node.putArray("upper_edges_us");
        ArrayNode labels = node.putArray("labels");
        int[] upper = FrameLayout.HISTOGRAM_UPPER_EDGES_US;
        for (int i = 0; i < FrameLayout.HISTOGRAM_BINS; i++) {
            if (i < upper.length) {
                edges.add(upper[i]);
                labels.add(i == 0 ? "< " + upper[0] : upper[i - 1] + "–" + upper[i]);
            } else {
                labels.add("≥ " + upper[upper.length - 1]);
            }
        }
        if (maybe.isPresent()) {
            DeviceHistogram d = maybe.get();
            node.put("extended_frames", d.extendedFrames());
            node.put("seq", d.seq());
            ArrayNode counts = node.putArray("counts");
            for (int c : d.counts()) {
                counts.add(c);
            }
        } else {
            node.putNull("extended_frames");
            node.putNull("seq");
            node.putNull("counts");
        }
        return node;
    }

    /**
     * A live batch, columnar: {@code {"status", "sample_count", "counters", "last_seq", "seq": [..],
     * "received_at_us": [..], "values": {metric: [..]}}}; {@code counters} as in the run document;
     * an extended-only metric is null for a compact frame.
     */
    public static ObjectNode liveSamples(LiveBatch batch, List<Sample> samples) {
        ObjectNode node = F.objectNode();
        node.put("status", batch.status().name());
        node.put("sample_count", batch.sampleCount());
        node.set("counters", RunJson.counters(batch.counters()));
        node.put("last_seq", samples.isEmpty() ? -1 : samples.get(samples.size() - 1).seq());
        ArrayNode seq = node.putArray("seq");
        ArrayNode at = node.putArray("received_at_us");
        for (Sample s : samples) {
            seq.add(s.seq());
            at.add(s.receivedAtMicros());
        }
        ObjectNode values = node.putObject("values");
        for (Metric m : Metric.all()) {
            ArrayNode column = values.putArray(m.id());
            for (Sample s : samples) {
                if (m.isPresentIn(s.frame())) {
                    addNumber(column, m.read(s.frame()));
                } else {
                    column.addNull();
                }
            }
        }
        return node;
    }

    /** {@code {"status", "sample_count", "counters"}}: the counters changed while no sample came (a reconnect). */
    public static ObjectNode liveCounters(LiveBatch batch) {
        ObjectNode node = F.objectNode();
        node.put("status", batch.status().name());
        node.put("sample_count", batch.sampleCount());
        node.set("counters", RunJson.counters(batch.counters()));
        return node;
    }

    /**
     * {@code {"run": header, "after": cursor, "counters", "metrics": [{"metric", "unit", "label"}]}}:
     * first live event.
     */
    public static ObjectNode liveHello(ResolvedRun run, long after, RunCounters counters) {
        ObjectNode node = F.objectNode();
        node.set("run", runHeader(run));
        node.put("after", after);
        node.set("counters", RunJson.counters(counters));
        ArrayNode metrics = node.putArray("metrics");
        for (Metric m : Metric.all()) {
            metricFields(metrics.addObject(), m);
        }
        return node;
    }

    /** {@code {"status", "sample_count", "error"}}: the last live event. */
    public static ObjectNode liveEnd(RunStatus status, Long sampleCount, String error) {
        ObjectNode node = F.objectNode();
        node.put("status", status == null ? null : status.name());
        if (sampleCount == null) {
            node.putNull("sample_count");
        } else {
            node.put("sample_count", sampleCount);
        }
        node.put("error", error);
        return node;
    }

    /** {@code [{"metric", "unit", "label", "direction", "extended_only"}]}: the metric registry. */
    public static ArrayNode metrics() {
        ArrayNode list = F.arrayNode();
        for (Metric m : Metric.all()) {
            ObjectNode item = list.addObject();
            metricFields(item, m);
            item.put("direction", m.direction().jsonName());
            item.put("extended_only", m.extendedOnly());
        }
        return list;
    }

    /**
     * {@code [{"stat", "label", "interval"}]}: the summary-statistic registry, in SPEC §6 order;
     * {@code interval} is true for the statistics that have a 95 % interval (the mean, percentiles).
     */
    public static ArrayNode statistics() {
        ArrayNode list = F.arrayNode();
        for (SummaryStat s : SummaryStat.all()) {
            ObjectNode item = list.addObject();
            item.put("stat", s.id());
            item.put("label", s.label());
            item.put("interval", s.hasInterval());
        }
        return list;
    }

    /**
     * {@code [{"address", "id", "kind", "suite", "name", "unit", "direction"}]}: what a history can
     * be of; {@code kind} is {@code frame} (a frame metric, {@code suite} null) or {@code measure};
     * {@code address} is the name {@code /api/history?metric=} takes for it, {@code id} the metric id
     * or {@code suite:name}; {@code direction} is null for a measure that is reported, never gated.
     */
    public static ArrayNode historySubjects(List<HistorySubject> subjects) {
        ArrayNode list = F.arrayNode();
        for (HistorySubject s : subjects) {
            ObjectNode item = list.addObject();
            item.put("address", s.address());
            item.put("id", s.id());
            item.put("kind", s.metric() != null ? "frame" : "measure");
            item.put("suite", s.metric() != null ? null : s.measure().suite());
            item.put("name", s.metric() != null ? s.metric().id() : s.measure().name());
            item.put("unit", s.metric() != null ? s.metric().unit() : s.measure().unit());
            item.put("direction", s.metric() != null ? s.metric().direction().jsonName()
                    : s.measure().direction().map(d -> d.jsonName()).orElse(null));
        }
        return list;
    }

    private static void metricFields(ObjectNode node, Metric m) {
        node.put("metric", m.id());
        node.put("unit", m.unit());
        node.put("label", m.label());
    }

    private static ArrayNode numbers(double[] values) {
        ArrayNode array = F.arrayNode(values.length);
        for (double v : values) {
            addNumber(array, v);
        }
        return array;
    }

    private static void addNumber(ArrayNode array, double v) {
        if (Double.isFinite(v)) {
            array.add(v);
        } else {
            array.addNull();
        }
    }

    private static void putNumber(ObjectNode node, String field, Double v) {
        if (v == null || !Double.isFinite(v)) {
            node.putNull(field);
        } else {
            node.put(field, v);
        }
    }
}
