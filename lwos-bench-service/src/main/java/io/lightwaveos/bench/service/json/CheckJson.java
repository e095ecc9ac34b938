package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.MetricGateResult;

/**
 * The {@code lwos-bench/check/v2} document (SPEC §6), what {@code check --format json} prints. v2
 * over v1: each metric row carries {@code ci95} (the run statistic's 95% interval on n_eff, or
 * null), {@code n_eff}, {@code reason} ({@code beyond_warning} / {@code possible_failure} for a
 * warning, else null) and {@code samples_needed}.
 */
public final class CheckJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/check/v2";

    private CheckJson() {
    }

    /** A run's gate result. */
    public static ObjectNode toJson(RunRef run, GateResult result) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.set("run", run.toJson());
        doc.put("result", result.result().jsonName());
        ArrayNode metrics = doc.putArray("metrics");
        for (MetricGateResult m : result.metrics()) {
            ObjectNode node = metrics.addObject();
            node.put("metric", m.metric());
            node.put("stat", m.stat());
            node.put("baseline", m.baseline());
            Json.putNumber(node, "value", m.value());
            CompareJson.putInterval(node, "ci95", m.ci95());
            Json.putNumber(node, "n_eff", m.nEff());
            Json.putNumber(node, "change", m.change());
            Json.putNumber(node, "warning_limit", m.warningLimit());
            Json.putNumber(node, "failure_limit", m.failureLimit());
            node.put("status", m.status().jsonName());
            Json.putString(node, "reason", m.reason() == null ? null : m.reason().jsonName());
            if (m.samplesNeeded() == null) {
                node.putNull("samples_needed");
            } else {
                node.put("samples_needed", m.samplesNeeded());
            }
        }
        return doc;
    }
}
