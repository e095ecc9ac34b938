package io.lightwaveos.bench.service.json;

import static io.lightwaveos.bench.service.json.JsonAssertions.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunJsonTest {

    private static final Instant START = Instant.parse("2025-11-26T10:00:00Z");

    private static Run run(Instant end, Map<String, Map<String, Double>> cached) {
        return new Run(UUID.fromString("11111111-2222-4333-8444-555555555555"), "baseline", "before the change",
                new LinkedHashSet<>(List.of("ci", "s3")), "ws://lightwaveos.local/ws", START, end,
                end == null ? RunStatus.RUNNING : RunStatus.COMPLETE, 3,
                new RunCounters(2, Map.of(RejectReason.BAD_LENGTH, 1L), 1, 4, 1, 0), Map.of(), cached);
    }

    @Test
    void showDocumentHasTheSpecKeysStatsAndEvents() throws Exception {
        Map<Metric, Summary> stats = new EnumMap<>(Metric.class);
        stats.put(Metric.CPU_LOAD_PERCENT, Summary.of(new double[] {0.5, 0.6, 0.7}));
        stats.put(Metric.AVG_TOTAL_US, Summary.of(new double[] {150, 151, 152}));
        List<RunEvent> events = List.of(new RunEvent(START, EventType.CONNECTED, "ws://lightwaveos.local/ws"),
                new RunEvent(START.plusSeconds(5), EventType.STATS_RESET, ""));
        ObjectNode doc = RunJson.toJson(run(START.plusSeconds(60), Map.of()), stats, events);
        assertThat(keys(doc)).containsExactly("schema", "id", "name", "description", "tags", "source", "status",
                "started_at", "ended_at", "sample_count", "counters", "context", "quality", "stats", "events");
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/run/v2");
        assertThat(doc.get("tags")).hasSize(2);
        assertThat(doc.get("tags").get(0).asText()).isEqualTo("ci");
        assertThat(doc.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(doc.get("started_at").asText()).isEqualTo("2025-11-26T10:00:00Z");
        assertThat(doc.get("ended_at").asText()).isEqualTo("2025-11-26T10:01:00Z");
        JsonNode counters = doc.get("counters");
        assertThat(keys(counters)).containsExactly("frames_foreign", "frames_malformed", "gaps",
                "frames_lost_estimate", "reconnects", "reboots");
        assertThat(keys(counters.get("frames_malformed"))).containsExactly("BAD_LENGTH", "NON_FINITE");
        assertThat(counters.get("frames_malformed").get("BAD_LENGTH").asLong()).isEqualTo(1);
        assertThat(counters.get("frames_malformed").get("NON_FINITE").asLong()).isZero();
        assertThat(keys(doc.get("stats"))).as("registry order").containsExactly("avg_total_us", "cpu_load_percent");
        assertThat(doc.get("stats").get("avg_total_us").get("mean").asDouble()).isEqualTo(151.0);
        JsonNode event = doc.get("events").get(1);
        assertThat(keys(event)).containsExactly("at", "type", "detail");
        assertThat(event.get("type").asText()).isEqualTo("stats-reset");
        assertThat(event.get("at").asText()).isEqualTo("2025-11-26T10:00:05Z");
        JsonAssertions.assertStrictJson(doc);
    }

    @Test
    void contextHasEveryFieldOfSpecSection3AndQualityItsReasons() throws Exception {
        RunContext context = new RunContext("bench-1",
                new DeviceInfo("2.0.0", 20000L, "ESP32-S3-DevKitC-1", "v5.1.4", "Actor System v2", "ESP32-S3", 0, 2,
                        240, 16_777_216L, 201_456L, -58),
                new Workload(7, "Ripple", 128, 10, 3), new Vcs("abc123", "main"),
                new CiBuild("gitlab", "https://gitlab.example/j/1"), Map.of("operator", "ana"));
        Run run = run(START.plusSeconds(60), Map.of()).withContext(context)
                .withQuality(RunQuality.of(QualityReason.GAPS, QualityReason.MIXED_WORKLOAD));
        ObjectNode doc = RunJson.toJson(run);
        JsonNode c = doc.get("context");
        assertThat(keys(c)).containsExactly("rig", "device", "workload", "vcs", "ci", "meta");
        assertThat(keys(c.get("device"))).containsExactly("firmware", "firmware_version_number", "board", "sdk",
                "architecture", "chip_model", "chip_revision", "chip_cores", "cpu_freq_mhz", "flash_size", "free_heap",
                "rssi");
        assertThat(keys(c.get("workload"))).containsExactly("effect_id", "effect_name", "brightness", "speed",
                "palette_id");
        assertThat(keys(c.get("vcs"))).containsExactly("commit", "branch", "pull_request", "base_branch");
        assertThat(keys(c.get("ci"))).containsExactly("provider", "build_url");
        assertThat(c.get("rig").asText()).isEqualTo("bench-1");
        assertThat(c.get("device").get("firmware").asText()).isEqualTo("2.0.0");
        assertThat(c.get("device").get("flash_size").asLong()).isEqualTo(16_777_216L);
        assertThat(c.get("device").get("rssi").asInt()).isEqualTo(-58);
        assertThat(c.get("workload").get("effect_name").asText()).isEqualTo("Ripple");
        assertThat(c.get("vcs").get("commit").asText()).isEqualTo("abc123");
        assertThat(c.get("ci").get("build_url").asText()).isEqualTo("https://gitlab.example/j/1");
        assertThat(c.get("meta").get("operator").asText()).isEqualTo("ana");
        assertThat(doc.get("quality")).extracting(JsonNode::asText).containsExactly("gaps", "mixed_workload");

        ObjectNode empty = RunJson.toJson(run(START.plusSeconds(60), Map.of()));
        assertThat(empty.get("context").get("rig").isNull()).isTrue();
        assertThat(empty.get("context").get("device").get("chip_cores").isNull()).isTrue();
        assertThat(empty.get("context").get("meta")).isEmpty();
        assertThat(empty.get("quality")).isEmpty();
        JsonAssertions.assertStrictJson(doc);
    }

    @Test
    void listElementUsesCachedStatsAndHasNoEvents() throws Exception {
        Map<String, Map<String, Double>> cached = Map.of("avg_total_us", Summary.of(new double[] {1, 2}).asMap());
        ObjectNode doc = RunJson.toJson(run(null, cached));
        assertThat(keys(doc)).doesNotContain("events").endsWith("stats");
        assertThat(doc.get("ended_at").isNull()).isTrue();
        assertThat(doc.get("status").asText()).isEqualTo("RUNNING");
        assertThat(doc.get("stats").get("avg_total_us").get("n").asLong()).isEqualTo(2);
        assertThat(doc.get("stats").get("avg_total_us").get("std").asDouble()).isEqualTo(Math.sqrt(0.5));
        assertThat(Set.copyOf(keys(doc.get("stats").get("avg_total_us")))).hasSize(14);
        JsonAssertions.assertStrictJson(doc);
    }
}
