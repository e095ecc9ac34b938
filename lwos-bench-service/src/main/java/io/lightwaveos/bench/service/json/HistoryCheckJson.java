package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.history.HistoryQuery;
import java.util.Map;

/**
 * The document of {@code check RUN --against-history --format json}:
 * {@code {"schema": "lwos-bench/history-check/v1", "run": {"id", "name", "sample_count"}, "result",
 * "stat", "window", "baseline": {"kind": "history"|"none", "runs", "runs_needed"}, "note",
 * "metrics": [{"metric", "value", "history_runs", "history_mean", "prediction_interval": [lo, hi],
 * "prediction_scale": "log"|"linear", "change_point": {"before", "after", "relative_change", "p"} | null,
 * "status", "reason"}]}}. {@code baseline.kind} is {@code none} when no metric had enough history to
 * be gated (the result is then {@code pass} and {@code note} says why:
 * {@code "not enough history (2 runs, the rule needs 5)"}); {@code note} is null otherwise. A metric
 * not gated has the reason {@code not_enough_history} and null interval and scale.
 */
public final class HistoryCheckJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/history-check/v1";

    private HistoryCheckJson() {
    }

    /** The worst status of the results (pass when there are none). */
    public static GateStatus overall(Map<Metric, HistoryGateResult> results) {
        GateStatus worst = GateStatus.PASS;
        for (HistoryGateResult r : results.values()) {
            if (r.status() == GateStatus.FAIL || (r.status() == GateStatus.WARN && worst == GateStatus.PASS)) {
                worst = r.status();
            }
        }
        return worst;
    }

    /** The most history runs any metric was gated against (or had, when none was gated). */
    public static int historyRuns(Map<Metric, HistoryGateResult> results) {
        return results.values().stream().mapToInt(HistoryGateResult::historySize).max().orElse(0);
    }

    /** Whether at least one metric had enough history to be gated. */
    public static boolean gated(Map<Metric, HistoryGateResult> results) {
        return results.values().stream().anyMatch(HistoryGateResult::enoughHistory);
    }

    /**
     * {@code not enough history (2 runs, the rule needs 5)} when no metric could be gated, else null.
     */
    public static String note(Map<Metric, HistoryGateResult> results) {
        return gated(results) ? null : HistoryGateResult.notEnoughHistory(historyRuns(results));
    }

    /** The document of one gate. */
    public static ObjectNode toJson(RunRef run, HistoryQuery query, Map<Metric, HistoryGateResult> results) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.set("run", run.toJson());
        doc.put("result", overall(results).jsonName());
        doc.put("stat", query.stat().id());
        doc.put("window", query.last());
        ObjectNode baseline = doc.putObject("baseline");
        baseline.put("kind", gated(results) ? "history" : "none");
        baseline.put("runs", historyRuns(results));
        baseline.put("runs_needed", HistoryGate.MIN_HISTORY);
        Json.putString(doc, "note", note(results));
        ArrayNode metrics = doc.putArray("metrics");
        results.forEach((metric, r) -> {
            ObjectNode node = metrics.addObject();
            node.put("metric", metric.id());
            node.put("value", r.value());
            node.put("history_runs", r.historySize());
            Json.putNumber(node, "history_mean", r.historyMean());
            HistoryJson.putInterval(node, "prediction_interval",
                    r.enoughHistory() ? new Interval(r.predictionLow(), r.predictionHigh()) : null);
            Json.putString(node, "prediction_scale", r.predictionScale());
            ChangePoint p = r.changePoint();
            if (p == null) {
                node.putNull("change_point");
            } else {
                ObjectNode cp = node.putObject("change_point");
                cp.put("before", p.before());
                cp.put("after", p.after());
                Json.putNumber(cp, "relative_change", p.relativeChange());
                cp.put("p", p.pValue());
            }
            node.put("status", r.status().jsonName());
            Json.putString(node, "reason", r.reason());
        });
        return doc;
    }
}
