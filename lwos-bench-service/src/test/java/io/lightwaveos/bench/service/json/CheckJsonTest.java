package io.lightwaveos.bench.service.json;

import static io.lightwaveos.bench.service.json.JsonAssertions.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.testing.SpecExamples;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckJsonTest {

    @Test
    void gateResultRendersAsTheCheckDocument() throws Exception {
        double[] total = new double[21];
        for (int i = 0; i < total.length; i++) {
            total[i] = 150 + i;
        }
        GateResult result = Gate.evaluate(BaselineFile.parse(SpecExamples.BASELINE.replace("\"cpu_load_percent\": 35.0",
                "\"cpu_load_percent\": 35.0, \"frames_per_second\": 10")),
                Map.of(Metric.AVG_TOTAL_US, Summary.of(total), Metric.CPU_LOAD_PERCENT, Summary.of(new double[] {40, 39, 40, 39, 40, 39, 40, 39, 40, 39})));
        RunRef run = new RunRef(UUID.fromString("00000000-0000-4000-8000-000000000001"), "nightly", 21);
        ObjectNode doc = CheckJson.toJson(run, result);
        assertThat(keys(doc)).containsExactly("schema", "run", "result", "metrics");
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/check/v2");
        assertThat(doc.get("run").get("sample_count").asLong()).isEqualTo(21);
        assertThat(doc.get("result").asText()).isEqualTo("fail");
        JsonNode first = doc.get("metrics").get(0);
        assertThat(keys(first)).containsExactly("metric", "stat", "baseline", "value", "ci95", "n_eff", "change",
                "warning_limit", "failure_limit", "status", "reason", "samples_needed");
        assertThat(first.get("metric").asText()).isEqualTo("avg_total_us");
        assertThat(first.get("stat").asText()).isEqualTo("p95");
        assertThat(first.get("value").asDouble()).isEqualTo(169.0);
        assertThat(first.get("warning_limit").asDouble()).isEqualTo(168.0);
        assertThat(first.get("status").asText()).isEqualTo("warn");
        assertThat(first.get("reason").asText()).isEqualTo("beyond_warning");
        assertThat(first.get("ci95").get(0).asDouble()).isEqualTo(162.0);
        assertThat(first.get("ci95").get(1).asDouble()).isEqualTo(170.0);
        assertThat(first.get("n_eff").asDouble()).isEqualTo(2.0);
        assertThat(first.get("samples_needed").asLong()).isEqualTo(2);
        JsonNode cpu = doc.get("metrics").get(1);
        assertThat(cpu.get("status").asText()).isEqualTo("fail");
        assertThat(cpu.get("reason").isNull()).isTrue();
        assertThat(cpu.get("samples_needed").isNull()).isTrue();
        JsonNode skipped = doc.get("metrics").get(2);
        assertThat(skipped.get("metric").asText()).isEqualTo("frames_per_second");
        assertThat(skipped.get("status").asText()).isEqualTo("skipped");
        assertThat(skipped.get("value").isNull()).isTrue();
        assertThat(skipped.get("warning_limit").isNull()).isTrue();
        assertThat(skipped.get("ci95").isNull()).isTrue();
        assertThat(skipped.get("n_eff").isNull()).isTrue();
        JsonAssertions.assertStrictJson(doc);
    }
}
