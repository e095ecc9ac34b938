package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryChange;
import io.lightwaveos.bench.service.history.HistoryPoint;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.history.HistoryRun;

/**
 * The history document (SPEC §11): {@code {"schema": "lwos-bench/history/v1", "metric", "stat",
 * "unit", "direction", "filters": {..}, "points": [..], "change_points": [..]}}.
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
        doc.put("metric", q.metric().id());
        doc.put("stat", q.stat().id());
        doc.put("unit", q.metric().unit());
        doc.put("direction", q.metric().direction().jsonName());
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
            ObjectNode node = changes.addObject();
            node.put("index", c.point().index());
            node.set("run", runRef(c.firstRun().run()));
            Json.putString(node, "commit", c.firstRun().commit());
            node.put("before", c.point().before());
            node.put("after", c.point().after());
            Json.putNumber(node, "relative_change", c.point().relativeChange());
            node.put("p", c.point().pValue());
            node.put("verdict", c.verdict());
        }
        return doc;
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
