package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.service.history.ChangeReport;
import io.lightwaveos.bench.service.history.HistoryGateReport;

/**
 * The document of {@code check RUN --against-history --format json}:
 * {@code {"schema": "lwos-bench/history-check/v1", "run": {"id", "name", "sample_count"}, "result",
 * "stat", "window", "baseline": {"kind": "history"|"none", "runs", "runs_needed", "rig", "branch",
 * "workload"}, "note", "metrics": [{"metric", "value", "history_runs", "history_mean",
 * "prediction_interval": [lo, hi], "prediction_scale": "log"|"linear", "change_point": {"before",
 * "after", "relative_change", "p"} | null, "acknowledged_change": {"run", "reason", "acknowledged_at"}
 * | null, "late_change_points": [{"run", "commit", "before", "after", "relative_change", "p",
 * "verdict", "first_report"}], "status", "reason"}]}}. {@code baseline.kind} is {@code none} when no
 * metric had enough history to be gated (the result is then {@code pass} and {@code note} says why:
 * {@code "not enough history (2 runs, the rule needs 5)"}); {@code note} is null otherwise.
 * {@code baseline.rig}, {@code branch} and {@code workload} are those of the history runs (a pull
 * request gated with {@code --branch main} names {@code main}). A metric not gated has the reason
 * {@code not_enough_history} and null interval and scale. {@code acknowledged_change} is the change
 * the metric's history starts at; {@code late_change_points} are the change points found before this
 * run that this run reports (once: {@code first_report} is false when the same run was gated
 * before); a regressed one fails the metric with the reason {@code late_change_point}.
 */
public final class HistoryCheckJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/history-check/v1";

    private HistoryCheckJson() {
    }

    /** The document of one gate. */
    public static ObjectNode toJson(HistoryGateReport report) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.set("run", RunRef.of(report.run()).toJson());
        doc.put("result", report.overall().jsonName());
        doc.put("stat", report.stat().id());
        doc.put("window", report.window());
        ObjectNode baseline = doc.putObject("baseline");
        baseline.put("kind", report.gated() ? "history" : "none");
        baseline.put("runs", report.historyRuns());
        baseline.put("runs_needed", HistoryGate.MIN_HISTORY);
        Json.putString(baseline, "rig", report.rig());
        Json.putString(baseline, "branch", report.branch());
        Json.putString(baseline, "workload", report.workload());
        Json.putString(doc, "note", report.note());
        ArrayNode metrics = doc.putArray("metrics");
        report.all().forEach((id, m) -> {
            HistoryGateResult r = m.gate();
            ObjectNode node = metrics.addObject();
            node.put("metric", id);
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
            AcknowledgedChange since = m.since();
            if (since == null) {
                node.putNull("acknowledged_change");
            } else {
                node.set("acknowledged_change", HistoryJson.acknowledgement(since));
            }
            ArrayNode late = node.putArray("late_change_points");
            for (ChangeReport c : m.late()) {
                ObjectNode l = HistoryJson.change(c.change());
                l.remove("index");
                l.put("first_report", c.firstReport());
                late.add(l);
            }
            node.put("status", m.status().jsonName());
            Json.putString(node, "reason", m.reason());
        });
        return doc;
    }
}
