package io.lightwaveos.bench.ci.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.service.json.Json;
import java.util.Locale;
import java.util.UUID;

/**
 * The {@code lwos-bench/ci/v1} document of a {@link CiReport} ({@code ci --format json}):
 * <pre>{@code
 * {"schema": "lwos-bench/ci/v1", "name", "run": {"id", "name", "sample_count", "rig", "branch", "commit"},
 *  "mode": "push"|"pull_request", "pull_request": {"number", "base_branch", "base_commit"} | null,
 *  "baseline": {"kind": "history"|"merge_base"|"file"|"none", "runs": [ids], "merge_base", "branch", "file"},
 *  "measures": [{"name", "unit", "direction", "baseline", "current", "relative_change", "verdict",
 *                "decision": "pass"|"warn"|"fail", "reason"}],
 *  "decision", "notes": [..],
 *  "posted": {"comment": "created"|"updated"|null, "status": "success"|"failure"|"pending"|null,
 *             "summary": bool, "notified": N}}
 * }</pre>
 * Absent values are {@code null}; numbers are never NaN or infinite ({@code null} instead);
 * {@code relative_change} is a fraction ({@code 0.1} for +10 %); {@code direction} is
 * {@code lower_is_better}, {@code higher_is_better} or null for a measure that is never gated.
 */
public final class CiReportJson {

    private CiReportJson() {
    }

    /** The document. */
    public static ObjectNode toJson(CiReport r) {
        ObjectNode doc = Json.object();
        doc.put("schema", CiReport.SCHEMA);
        doc.put("name", r.name());
        ObjectNode run = r.run().ref().toJson();
        putText(run, "rig", r.run().rig());
        putText(run, "branch", r.run().branch());
        putText(run, "commit", r.run().commit());
        doc.set("run", run);
        CiEvent e = r.event();
        doc.put("mode", e.mode().jsonName());
        if (e.isPullRequest()) {
            ObjectNode pr = doc.putObject("pull_request");
            if (e.changeNumber() == null) {
                pr.putNull("number");
            } else {
                pr.put("number", e.changeNumber());
            }
            putText(pr, "base_branch", e.baseBranch());
            putText(pr, "base_commit", e.baseCommit());
        } else {
            doc.putNull("pull_request");
        }
        CiReport.Baseline b = r.baseline();
        ObjectNode baseline = doc.putObject("baseline");
        baseline.put("kind", b.kind().jsonName());
        ArrayNode runs = baseline.putArray("runs");
        for (UUID id : b.runs()) {
            runs.add(id.toString());
        }
        putText(baseline, "merge_base", b.mergeBase());
        putText(baseline, "branch", b.branch());
        putText(baseline, "file", b.file());
        ArrayNode measures = doc.putArray("measures");
        for (CiReport.MeasureRow m : r.measures()) {
            ObjectNode row = measures.addObject();
            row.put("name", m.name());
            row.put("unit", m.unit());
            putText(row, "direction", m.direction() == null ? null : m.direction().jsonName());
            putNumber(row, "baseline", m.baseline());
            putNumber(row, "current", m.current());
            putNumber(row, "relative_change", m.relativeChange());
            putText(row, "verdict", m.verdict() == null ? null : m.verdict().jsonName());
            row.put("decision", m.decision().jsonName());
            putText(row, "reason", m.reason());
        }
        doc.put("decision", r.decision().jsonName());
        ArrayNode notes = doc.putArray("notes");
        r.notes().forEach(notes::add);
        ObjectNode posted = doc.putObject("posted");
        putText(posted, "comment", r.posted().comment() == null ? null : r.posted().comment().name().toLowerCase(Locale.ROOT));
        putText(posted, "status", r.posted().status() == null ? null : r.posted().status().jsonName());
        posted.put("summary", r.posted().summary());
        posted.put("notified", r.posted().notified());
        return doc;
    }

    /** The document as pretty JSON text ending with a newline. */
    public static String render(CiReport r) {
        return Json.pretty(toJson(r));
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static void putNumber(ObjectNode node, String key, Double value) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, value.doubleValue());
        }
    }
}
