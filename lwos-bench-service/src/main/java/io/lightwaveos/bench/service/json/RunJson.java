package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import java.util.List;
import java.util.Map;

/**
 * The {@code lwos-bench/run/v1} document (SPEC §6): {@code show --format json}, each element of
 * {@code list-runs --format json}, {@code GET /api/runs/{ref}}. Times are ISO-8601 UTC;
 * {@code ended_at} is null while a run is running.
 */
public final class RunJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/run/v1";

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
        ObjectNode doc = header(run);
        ObjectNode statsNode = doc.putObject("stats");
        if (stats != null) {
            for (Metric m : Metric.all()) {
                Summary s = stats.get(m);
                if (s != null) {
                    statsNode.set(m.id(), SummaryJson.toJson(s));
                }
            }
        } else {
            writeCached(statsNode, run.cachedStats());
        }
        if (events != null) {
            ArrayNode list = doc.putArray("events");
            for (RunEvent e : events) {
                ObjectNode node = list.addObject();
                node.put("at", e.at().toString());
                node.put("type", e.type().jsonName());
                node.put("detail", e.detail());
            }
        }
        return doc;
    }

    /** The run document with the run's cached statistics and no events: a list element. */
    public static ObjectNode toJson(Run run) {
        return toJson(run, null, null);
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
        return doc;
    }

    private static ObjectNode counters(RunCounters c) {
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
