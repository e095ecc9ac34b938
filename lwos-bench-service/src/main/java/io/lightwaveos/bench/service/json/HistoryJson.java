package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryChange;
import io.lightwaveos.bench.service.history.HistoryPoint;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistoryRun;

/**
 * The history document (SPEC §11): {@code {"schema": "lwos-bench/history/v1", "metric", "stat",
 * "unit", "direction", "filters": {..}, "points": [..], "change_points": [..], "acknowledged": [..]}}.
 * Each change point carries {@code "acknowledged": {"run", "reason", "acknowledged_at"} | null}; the
 * {@code acknowledged} list holds the changes acknowledged at runs of the history
 * ({@code lwos-bench ack}), oldest first, each with the {@code index} of its run.
 */
public final class HistoryJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/history/v1";

    private HistoryJson() {
    }

    /** The document of {@code history}. */
    public static ObjectNode toJson(History history) {
        HistoryQuery q = history.query();
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.put("metric", history.subject());
        doc.put("stat", q.stat().id());
        doc.put("unit", history.unit());
        Json.putString(doc, "direction", history.direction().map(d -> d.jsonName()).orElse(null));
        ObjectNode filters = doc.putObject("filters");
        Json.putString(filters, "rig", history.rig());
        Json.putString(filters, "branch", q.branch());
        ArrayNode tags = filters.putArray("tags");
        q.tags().stream().sorted().forEach(tags::add);
        Json.putString(filters, "name", q.nameGlob());
        Json.putString(filters, "workload", history.workload());
        Json.putString(filters, "since", q.since() == null ? null : q.since().toString());
        filters.put("last", q.last());
        filters.put("all_rigs", q.allRigs());
        filters.put("window", q.options().window());
        filters.put("max_pvalue", q.options().maxPValue());
        filters.put("min_magnitude", q.options().minMagnitude());
        ArrayNode points = doc.putArray("points");
        for (HistoryPoint p : history.points()) {
            ObjectNode node = points.addObject();
            node.set("run", runRef(p.run()));
            Json.putString(node, "commit", p.commit());
            Json.putString(node, "firmware", p.firmware());
            node.put("value", p.value());
            putInterval(node, "ci95", p.ci95());
            Json.putNumber(node, "n_eff", p.nEff());
            ArrayNode quality = node.putArray("quality");
            p.run().quality().jsonNames().forEach(quality::add);
        }
        ArrayNode changes = doc.putArray("change_points");
        for (HistoryChange c : history.changes()) {
            ObjectNode node = change(c);
            node.put("index", c.point().index());
            if (c.acknowledged() == null) {
                node.putNull("acknowledged");
            } else {
                node.set("acknowledged", acknowledgement(c.acknowledged()));
            }
            changes.add(node);
        }
        ArrayNode acknowledged = doc.putArray("acknowledged");
        for (AcknowledgedChange a : history.acknowledged()) {
            ObjectNode node = acknowledgement(a);
            node.put("index", history.indexOf(a.runId()));
            acknowledged.add(node);
        }
        return doc;
    }

    /**
     * A change point: {@code {"index", "run", "commit", "before", "after", "relative_change", "p",
     * "verdict"}} (the index is put first, by the caller when it has one).
     */
    static ObjectNode change(HistoryChange c) {
        ObjectNode node = Json.object();
        node.putNull("index");
        node.set("run", runRef(c.firstRun().run()));
        Json.putString(node, "commit", c.firstRun().commit());
        node.put("before", c.point().before());
        node.put("after", c.point().after());
        Json.putNumber(node, "relative_change", c.point().relativeChange());
        node.put("p", c.point().pValue());
        node.put("verdict", c.verdict());
        return node;
    }

    /** An acknowledged change: {@code {"run": {"id", "name", "started_at"}, "metric", "reason", "acknowledged_at"}}. */
    public static ObjectNode acknowledgement(AcknowledgedChange a) {
        ObjectNode node = Json.object();
        ObjectNode run = node.putObject("run");
        run.put("id", a.runId().toString());
        run.put("name", a.runName());
        run.put("started_at", a.runStartedAt().toString());
        node.put("metric", a.metric());
        node.put("reason", a.reason());
        node.put("acknowledged_at", a.acknowledgedAt().toString());
        return node;
    }

    /** {@code {"id", "name", "started_at"}}. */
    static ObjectNode runRef(HistoryRun run) {
        ObjectNode node = Json.object();
        node.put("id", run.id().toString());
        node.put("name", run.name());
        node.put("started_at", run.startedAt().toString());
        return node;
    }

    static void putInterval(ObjectNode node, String key, Interval interval) {
        if (interval == null) {
            node.putNull(key);
        } else {
            node.putArray(key).add(interval.lo()).add(interval.hi());
        }
    }
}
