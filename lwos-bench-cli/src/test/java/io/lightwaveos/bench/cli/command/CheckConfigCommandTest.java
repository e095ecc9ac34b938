package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.TempStore;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code check --config lwos-bench.yml}: declared warn/fail thresholds decide measures as {@code ci}
 * decides them (beyond fail AND real fails; beyond warn, or beyond fail but not real, warns), against a
 * LightwaveOS baseline file and against history; a bad config is a usage error before anything is gated.
 */
class CheckConfigCommandTest extends TempStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASELINE = """
            {
              "snr_db": 45.0,
              "latency_ms": 8.5,
              "_thresholds": {
                "snr_db": { "warning": "-5%", "failure": "-10%", "direction": "higher_is_better" },
                "latency_ms": { "warning": "+15%", "failure": "+30%", "direction": "lower_is_better" }
              }
            }
            """;


    private void importResults(String runName, double latencyMs, String commit) throws Exception {
        String json = String.format(Locale.ROOT, "{\"snr_db\": 45.0, \"latency_ms\": %.4f}", latencyMs);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file(runName + ".json", json), "--format", "lwos-json",
                "--run-name", runName, "--commit", commit);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void declaredThresholdsReplaceTheBaselineFilesForTheMeasuresTheyName() throws Exception {
        importResults("slow", 8.5 * 1.30, "c1"); // exactly on the file's failure threshold
        String baseline = file("benchmark_baseline.json", BASELINE);

        CliRunner.Result file = CliRunner.run("--db", db(), "check", "slow", "--baseline", baseline);
        assertThat(file.exitCode()).as(file.toString()).isEqualTo(ExitCode.GATE_FAILED);

        String config = file("lwos-bench.yml", "measures:\n  latency_ms: {warn: \"+40%\", fail: \"+60%\"}\n");
        CliRunner.Result declared = CliRunner.run("--db", db(), "check", "slow", "--baseline", baseline,
                "--config", config, "--format", "json");
        assertThat(declared.exitCode()).as(declared.toString()).isEqualTo(ExitCode.OK);
        assertThat(declared.out()).contains("+40%").contains("+60%");

        String tighter = file("tight.yml", "measures:\n  snr_db: {warn: \"-0.001%\", fail: \"-50%\"}\n");
        CliRunner.Result warn = CliRunner.run("--db", db(), "check", "slow", "--baseline", baseline, "--config", tighter);
        assertThat(warn.exitCode()).as("latency_ms keeps the file's +30%%: " + warn).isEqualTo(ExitCode.GATE_FAILED);
    }

    /** Twenty runs of latency 8.4 ms ± 1 % and a last one 12 % slower. */
    private void history() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            importResults(String.format(Locale.ROOT, "n-%02d", i), 8.4 * (1 + 0.01 * random.nextGaussian()), "c" + i);
        }
        importResults("n-20", 8.4 * 1.12, "c20");
    }

    private JsonNode gate(CliRunner.Result r) throws Exception {
        JsonNode metrics = MAPPER.readTree(r.out()).path("metrics");
        assertThat(metrics).as(r.toString()).hasSize(1);
        return metrics.get(0);
    }

    @Test
    void againstHistoryDeclaredThresholdsDecideAsCiDoes() throws Exception {
        history();
        CliRunner.Result plain = CliRunner.run("--db", db(), "check", "n-20", "--against-history", "--metric",
                "latency_ms", "--format", "json");
        assertThat(plain.exitCode()).as(plain.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(gate(plain).path("status").asText()).isEqualTo("fail");
        assertThat(gate(plain).path("reason").asText()).isEqualTo("change_point");

        String loose = file("loose.yml", "measures:\n  latency_ms: {warn: \"+20%\", fail: \"+30%\"}\n");
        CliRunner.Result within = CliRunner.run("--db", db(), "check", "n-20", "--against-history", "--metric",
                "latency_ms", "--format", "json", "--config", loose);
        assertThat(within.exitCode()).as("real, but within fail: a warning " + within).isEqualTo(ExitCode.OK);
        assertThat(gate(within).path("status").asText()).isEqualTo("warn");
        assertThat(gate(within).path("reason").asText()).isEqualTo("a change point at this run, within fail +30%");

        String tight = file("tight.yml", "measures:\n  native:latency_ms: {warn: \"+5%\", fail: \"+10%\"}\n");
        CliRunner.Result beyond = CliRunner.run("--db", db(), "check", "n-20", "--against-history", "--metric",
                "latency_ms", "--config", tight);
        assertThat(beyond.exitCode()).as(beyond.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(beyond.out()).contains("beyond fail +10% and a change point at this run");

        CliRunner.Result earlier = CliRunner.run("--db", db(), "check", "n-19", "--against-history", "--metric",
                "latency_ms", "--format", "json", "--config", tight);
        assertThat(earlier.exitCode()).as(earlier.toString()).isEqualTo(ExitCode.OK);
        assertThat(gate(earlier).path("status").asText()).isEqualTo("pass");
    }

    @Test
    void aBadConfigIsAUsageErrorNamingKeyAndLine() throws Exception {
        importResults("one", 8.5, "c1");
        String baseline = file("benchmark_baseline.json", BASELINE);
        String unknown = file("lwos-bench.yml", "name: audio\nmeasures:\n  latency_ms: {warn: \"+5%\", fial: \"+9%\"}\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "one", "--baseline", baseline, "--config", unknown);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(unknown + ":3: unknown key \"fial\" in measures.latency_ms");
        assertThat(r.out()).isEmpty();

        String wrongWay = file("wrong.yml", "measures:\n  snr_db: {warn: \"+5%\", fail: \"+10%\"}\n");
        CliRunner.Result w = CliRunner.run("--db", db(), "check", "one", "--baseline", baseline, "--config", wrongWay);
        assertThat(w.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(w.err()).contains(wrongWay + ":2:").contains("points the good way");

        String frames = file("frames.json", "{\"avg_total_us\": 130}");
        CliRunner.Result f = CliRunner.run("--db", db(), "check", "one", "--baseline", frames, "--config", unknown);
        assertThat(f.exitCode()).as("an lwos-bench baseline: the config is read all the same").isEqualTo(ExitCode.USAGE);
        assertThat(f.err()).contains("unknown key \"fial\"");

        CliRunner.Result h = CliRunner.run("--db", db(), "check", "one", "--against-history", "--config", unknown);
        assertThat(h.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(h.err()).contains("unknown key \"fial\"");
    }
}
