package io.lightwaveos.bench.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.formats.regression.MeasureVerdict;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunRef;
import java.util.Optional;

/**
 * {@code check --format json} against a LightwaveOS baseline: the {@code lwos-bench/check/v2}
 * document with a {@code baseline} object ({@code "kind": "lightwaveos"}, the file, the gated
 * suite, whether the script's built-in thresholds applied) and, per row, besides the check/v2
 * fields: {@code suite}, {@code unit}, {@code direction}, {@code n} (repeats), {@code change_percent}
 * (the script's, null for a missing or new key or a change from a zero baseline),
 * {@code warning_threshold}/{@code failure_threshold} (the signed percent strings), and
 * {@code message} (what {@code detect_regressions.py} prints for the key). {@code stat} is
 * {@code value} for a single value, {@code mean} for repeats; {@code reason} is
 * {@code no_threshold}, {@code beyond_warning}, {@code beyond_failure}, {@code possible_failure},
 * {@code missing}, {@code new} or null. Absent values are null.
 */
public final class LightwaveOsCheckJson {

    /** The schema name, the same as the frame gate's document. */
    public static final String SCHEMA = "lwos-bench/check/v2";

    private LightwaveOsCheckJson() {
    }

    /** The document of {@code report}. */
    public static ObjectNode toJson(RunRef run, LightwaveOsCheckReport report) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.set("run", run.toJson());
        ObjectNode baseline = doc.putObject("baseline");
        baseline.put("kind", "lightwaveos");
        baseline.put("file", report.baselineName());
        baseline.put("suite", report.suite());
        baseline.put("script_thresholds", report.scriptThresholds());
        doc.put("result", LightwaveOsCheckText.status(report.result().overall()));
        ArrayNode metrics = doc.putArray("metrics");
        for (MeasureVerdict v : report.result().verdicts()) {
            ObjectNode row = metrics.addObject();
            Optional<Measure> m = v.runMeasure();
            Threshold t = v.threshold();
            row.put("metric", v.key());
            row.put("suite", m.map(Measure::suite).orElse(report.suite()));
            row.put("unit", report.unitOf(v));
            string(row, "direction", t != null ? t.direction().jsonName()
                    : m.flatMap(Measure::direction).map(Direction::jsonName).orElse(null));
            row.put("stat", m.map(x -> x.count() > 1 ? "mean" : "value").orElse("value"));
            number(row, "n", m.map(x -> (double) x.count()).orElse(null), true);
            number(row, "baseline", v.baseline().orElse(null), false);
            number(row, "value", v.current().orElse(null), false);
            if (v.ci95() == null) {
                row.putNull("ci95");
                row.putNull("n_eff");
            } else {
                row.putArray("ci95").add(v.ci95().lo()).add(v.ci95().hi());
                row.put("n_eff", v.ci95().nEff());
            }
            number(row, "change", v.current().isPresent() && v.baseline().isPresent()
                    ? v.current().get() - v.baseline().get() : null, false);
            number(row, "change_percent", v.changePercent().orElse(null), false);
            string(row, "warning_threshold", t == null ? null : t.warningText());
            string(row, "failure_threshold", t == null ? null : t.failureText());
            number(row, "warning_limit", v.warningLimit().orElse(null), false);
            number(row, "failure_limit", v.failureLimit().orElse(null), false);
            row.put("status", LightwaveOsCheckText.status(v.severity()));
            string(row, "reason", LightwaveOsCheckText.reason(v));
            number(row, "samples_needed", v.samplesNeeded() == null ? null : v.samplesNeeded().doubleValue(), true);
            row.put("message", v.message());
        }
        return doc;
    }

    private static void number(ObjectNode node, String key, Double value, boolean whole) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(key);
        } else if (whole) {
            node.put(key, value.longValue());
        } else {
            node.put(key, value.doubleValue());
        }
    }

    private static void string(ObjectNode node, String key, String value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
