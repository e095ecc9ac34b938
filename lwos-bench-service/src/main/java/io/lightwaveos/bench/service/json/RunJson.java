package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.ContextFields;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code lwos-bench/run/v2} document (SPEC §6, §3): {@code show --format json}, each element of
 * {@code list-runs --format json}, {@code GET /api/runs/{ref}}. Times are ISO-8601 UTC;
 * {@code ended_at} is null while a run is running. Version 2 adds {@code context} (every field
 * present, null when unknown) and {@code quality} (the reasons, empty when clean) to version 1.
 */
public final class RunJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/run/v2";

    private RunJson() {
    }

    /**
     * The run document with statistics from summaries.
     *
     * @param run    the run
     * @param stats  summaries by metric, written in registry order; null to write the run's
     *               cached statistics instead
     * @param events the run's events for {@code show}; null to leave the {@code events} key out
     *               (as list views do)
     */
    public static ObjectNode toJson(Run run, Map<Metric, Summary> stats, List<RunEvent> events) {
        return toJson(run, stats, events, null);
    }

    /**
     * The run document of {@code show}: {@link #toJson(Run, Map, List)} with the run's
     * {@code measures} after {@code stats} (SPEC §15 "JSON": {@code [{"name", "suite", "unit",
     * "direction", "values", "summary"}]}, {@link MeasureJson}).
     *
     * @param measures each measure with the statistics of its values, in the run's order; null to
     *                 leave the {@code measures} key out
     */
    public static ObjectNode toJson(Run run, Map<Metric, Summary> stats, List<RunEvent> events,
            Map<Measure, Summary> measures) {
        if (stats == null) {
            return withStatistics(run, null, events, measures);
        }
        Map<Metric, Map<String, Double>> statistics = new LinkedHashMap<>();
        stats.forEach((metric, summary) -> statistics.put(metric, summary.asMap()));
        return withStatistics(run, statistics, events, measures);
    }

    /**
     * The run document with statistics given by id ({@link Summary#asMap()} form, as
     * {@code RunService.statistics} gives them).
     *
     * @param run        the run
     * @param statistics per metric, statistic id → value, written in registry order; null to write
     *                   the run's cached statistics instead
     * @param events     the run's events for {@code show}; null to leave the {@code events} key out
     * @param measures   each measure with the statistics of its values, in the run's order; null to
     *                   leave the {@code measures} key out
     */
    public static ObjectNode withStatistics(Run run, Map<Metric, Map<String, Double>> statistics, List<RunEvent> events,
            Map<Measure, Summary> measures) {
        ObjectNode doc = header(run);
        ObjectNode statsNode = doc.putObject("stats");
        if (statistics != null) {
            for (Metric m : Metric.all()) {
                Map<String, Double> s = statistics.get(m);
                if (s != null) {
                    statsNode.set(m.id(), SummaryJson.toJson(s));
                }
            }
        } else {
            writeCached(statsNode, run.cachedStats());
        }
        if (measures != null) {
            doc.set("measures", MeasureJson.toJson(measures));
        }
        if (events != null) {
            doc.set("events", events(events));
        }
        return doc;
    }

    /**
     * The {@code events} array: {@code [{"at", "type", "detail"}]} in order, {@code at} ISO-8601 UTC,
     * {@code type} the event type's JSON name ({@code gap}, {@code workload_changed}).
     */
    public static ArrayNode events(List<RunEvent> events) {
        ArrayNode list = Json.array();
        for (RunEvent e : events) {
            list.add(event(e));
        }
        return list;
    }

    /** {@code {"at", "type", "detail"}}: one event as the run document lists it. */
    public static ObjectNode event(RunEvent e) {
        ObjectNode node = Json.object();
        node.put("at", e.at().toString());
        node.put("type", e.type().jsonName());
        node.put("detail", e.detail());
        return node;
    }

    /** The {@code quality} array: the reasons' JSON names in order, empty when clean. */
    public static ArrayNode quality(RunQuality quality) {
        ArrayNode list = Json.array();
        quality.jsonNames().forEach(list::add);
        return list;
    }

    /** The run document with the run's cached statistics and no events: a list element. */
    public static ObjectNode toJson(Run run) {
        return toJson(run, null, null);
    }

    /**
     * A list element ({@link #toJson(Run)}) with {@code "measure_count"}: how many measures the run
     * holds (a run with {@code sample_count} 0 and measures holds measures only).
     */
    public static ObjectNode toJson(Run run, int measureCount) {
        ObjectNode doc = toJson(run);
        doc.put("measure_count", measureCount);
        return doc;
    }

    private static ObjectNode header(Run run) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.put("id", run.id().toString());
        doc.put("name", run.name());
        doc.put("description", run.description());
        ArrayNode tags = doc.putArray("tags");
        run.tags().forEach(tags::add);
        doc.put("source", run.source());
        doc.put("status", run.status().name());
        doc.put("started_at", run.startedAt().toString());
        Json.putString(doc, "ended_at", run.endedAt() == null ? null : run.endedAt().toString());
        doc.put("sample_count", run.sampleCount());
        doc.set("counters", counters(run.counters()));
        doc.set("context", context(run.context()));
        doc.set("quality", quality(run.quality()));
        return doc;
    }

    /**
     * The {@code context} object: {@code rig}, {@code device} {firmware, ...}, {@code workload}
     * {effect_id, ...}, {@code vcs} {commit, branch}, {@code ci} {provider, build_url}, {@code meta};
     * every field present, null when unknown; names and order from {@link ContextFields}.
     */
    public static ObjectNode context(RunContext context) {
        ObjectNode node = Json.object();
        Deque<ObjectNode> open = new ArrayDeque<>();
        open.push(node);
        ContextFields.write(context, f -> true, new ContextFields.Writer() {
            @Override
            public void beginGroup(String group) {
                open.push(open.peek().putObject(group));
            }

            @Override
            public void value(ContextFields.Field field, Object value) {
                if (value instanceof Number n) {
                    open.peek().put(field.name(), n.longValue());
                } else {
                    Json.putString(open.peek(), field.name(), (String) value);
                }
            }

            @Override
            public void endGroup() {
                open.pop();
            }

            @Override
            public void meta(Map<String, String> meta) {
                ObjectNode m = open.peek().putObject(ContextFields.META);
                meta.forEach(m::put);
            }
        });
        return node;
    }

    /**
     * {@code {"frames_foreign", "frames_malformed": {"BAD_LENGTH", "NON_FINITE"}, "gaps",
     * "frames_lost_estimate", "reconnects", "reboots"}}: the counters as the run document carries them.
     */
    public static ObjectNode counters(RunCounters c) {
        ObjectNode node = Json.object();
        node.put("frames_foreign", c.framesForeign());
        ObjectNode malformed = node.putObject("frames_malformed");
        malformed.put(RejectReason.BAD_LENGTH.name(), c.framesMalformed().get(RejectReason.BAD_LENGTH));
        malformed.put(RejectReason.NON_FINITE.name(), c.framesMalformed().get(RejectReason.NON_FINITE));
        node.put("gaps", c.gaps());
        node.put("frames_lost_estimate", c.framesLostEstimate());
        node.put("reconnects", c.reconnects());
        node.put("reboots", c.reboots());
        return node;
    }

    /** Cached statistics: registry metrics first in registry order, then any other key as stored. */
    private static void writeCached(ObjectNode statsNode, Map<String, Map<String, Double>> cached) {
        for (Metric m : Metric.all()) {
            Map<String, Double> s = cached.get(m.id());
            if (s != null) {
                statsNode.set(m.id(), SummaryJson.toJson(s));
            }
        }
        cached.forEach((key, s) -> {
            if (Metric.byId(key).isEmpty()) {
                statsNode.set(key, SummaryJson.toJson(s));
            }
        });
    }
}
