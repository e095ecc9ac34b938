package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** A run whose avg_total_us mean is about 150 µs. */
    @BeforeEach
    void run() throws Exception {
        Path csv = dir.resolve("nightly.csv");
        Files.writeString(csv, SampleCsv.synthetic(300, 150, 4));
        assertThat(CliRunner.run("--db", db(), "import", csv.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    private String baseline(double avgTotalUs) throws Exception {
        Path file = dir.resolve("baseline-" + avgTotalUs + ".json");
        Files.writeString(file, """
                {
                  "avg_total_us": %s,
                  "latency_ms": 5,
                  "_metadata": { "description": "test/baseline/nightly.json", "board": "esp32-s3" },
                  "_thresholds": {
                    "avg_total_us": { "stat": "mean", "warning": "+5%%", "failure": "+10%%", "direction": "lower_is_better" }
                  }
                }
                """.formatted(avgTotalUs));
        return file.toString();
    }

    @Test
    void withinTheWarningLimitPassesWithExitZero() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", baseline(150));
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("against " + dir.resolve("baseline-150.0.json") + ": PASS")
                .contains("metric", "stat", "baseline", "value", "change", "warn limit", "fail limit", "status");
        assertThat(line(r, "avg_total_us")).contains("µs", "mean", "150.00", "157.50", "165.00").endsWith("pass");
        assertThat(line(r, "latency_ms")).endsWith("skipped");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void beyondTheWarningLimitWarnsAndFailsOnlyWithStrict() throws Exception {
        String file = baseline(140);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", file);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains(": WARN");
        assertThat(line(r, "avg_total_us")).endsWith("warn");

        CliRunner.Result strict = CliRunner.run("--db", db(), "check", "nightly", "--baseline", file, "--strict");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(strict.out()).contains(": WARN (fails with --strict)");
        assertThat(strict.err()).isEqualTo("lwos-bench: check failed (--strict): avg_total_us beyond the warning limit of "
                + file + "\n");
    }

    @Test
    void beyondTheFailureLimitFailsWithExitThree() throws Exception {
        String file = baseline(130);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", file);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.out()).contains(": FAIL");
        assertThat(line(r, "avg_total_us")).endsWith("fail");
        assertThat(r.err()).contains("check failed: avg_total_us beyond the failure limit");
    }

    @Test
    void jsonIsTheCheckDocument() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", baseline(130), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/check/v2");
        assertThat(doc.get("run").get("name").asText()).isEqualTo("nightly");
        assertThat(doc.get("run").get("sample_count").asLong()).isEqualTo(300);
        assertThat(doc.get("result").asText()).isEqualTo("fail");
        JsonNode total = doc.get("metrics").get(0);
        assertThat(total.get("metric").asText()).isEqualTo("avg_total_us");
        assertThat(total.get("baseline").asDouble()).isEqualTo(130.0);
        assertThat(total.get("failure_limit").asDouble()).isEqualTo(143.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(total.get("status").asText()).isEqualTo("fail");
        assertThat(total.get("reason").isNull()).isTrue();
        assertThat(total.get("ci95").get(0).asDouble()).isGreaterThan(143.0);
        assertThat(total.get("n_eff").asDouble()).isGreaterThan(100.0);
        assertThat(doc.get("metrics").get(1).get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void aWrittenBaselinePassesForItsOwnRunAndReadsBack() throws Exception {
        Path file = dir.resolve("written.json");
        CliRunner.Result w = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", file.toString(),
                "--stat", "p95", "--warning", "+3%", "--failure", "+12.5");
        assertThat(w.exitCode()).as(w.toString()).isEqualTo(ExitCode.OK);
        assertThat(w.err()).contains("Wrote a baseline of 5 metrics (p95, warning +3%, failure +12.5)");
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertThat(doc.get("_thresholds").get("avg_total_us").get("stat").asText()).isEqualTo("p95");
        assertThat(doc.get("_thresholds").get("cpu_load_percent").get("failure").asText()).isEqualTo("+12.5");
        assertThat(doc.get("_metadata").get("run_name").asText()).isEqualTo("nightly");
        assertThat(doc.get("_metadata").get("run_id").asText()).hasSize(36);
        assertThat(doc.get("_metadata").get("n").get("avg_total_us").asInt()).isEqualTo(300);
        assertThat(doc.get("_metadata").get("n_eff").get("avg_total_us").asDouble()).isBetween(2.0, 300.0);
        double p95 = doc.get("avg_total_us").asDouble();
        assertThat(java.math.BigDecimal.valueOf(p95).stripTrailingZeros().precision()).as("4 significant digits")
                .isLessThanOrEqualTo(4);

        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains(": PASS");
        assertThat(r.out().lines().filter(l -> l.endsWith(" pass"))).hasSize(5);

        CliRunner.Result toStdout = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", "-");
        assertThat(new ObjectMapper().readTree(toStdout.out()).get("avg_total_us").asDouble()).isBetween(145.0, 155.0);
    }

    @Test
    void missingOrMalformedBaselinesAndBadOptionsAreUsageErrors() throws Exception {
        CliRunner.Result missing = CliRunner.run("--db", db(), "check", "nightly", "--baseline", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("none.json does not exist");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"avg_total_us\": 150, \"_thresholds\": {\"avg_total_us\": {\"warning\": \"five percent\"}}}");
        CliRunner.Result malformed = CliRunner.run("--db", db(), "check", "nightly", "--baseline", bad.toString());
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).startsWith("lwos-bench: baseline " + bad + ": ").contains("_thresholds.avg_total_us.warning")
                .contains("five percent");

        assertThat(CliRunner.run("--db", db(), "check", "nightly").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CliRunner.run("--db", db(), "check", "nightly", "--baseline", bad.toString(), "--write-baseline", "x.json")
                .exitCode()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result stat = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", "-", "--stat", "average");
        assertThat(stat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(stat.err()).contains("average");
        assertThat(CliRunner.run("--db", db(), "check", "nosuch", "--baseline", baseline(150)).exitCode())
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void writeBaselineRefusesToReplaceAFileWithoutForce() throws Exception {
        Path file = dir.resolve("kept.json");
        Files.writeString(file, "{\"avg_total_us\": 1}");
        CliRunner.Result refused = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).isEqualTo("lwos-bench: baseline file " + file + " exists; add --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("{\"avg_total_us\": 1}");
        CliRunner.Result forced = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", file.toString(),
                "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isEqualTo(ExitCode.OK);
        assertThat(new ObjectMapper().readTree(file.toFile()).get("avg_total_us").asDouble()).isBetween(145.0, 155.0);
    }

    @Test
    void aBaselineFromANoisyRunIsWrittenWithAWarning() throws Exception {
        Path file = dir.resolve("noisy.json");
        CliRunner.Result w = CliRunner.run("--db", db(), "check", "nightly", "--write-baseline", file.toString(),
                "--warning", "+0.05%", "--failure", "+1%");
        assertThat(w.exitCode()).as(w.toString()).isEqualTo(ExitCode.OK);
        assertThat(w.err()).containsPattern("warning: avg_total_us mean 1[45][0-9]\\.[0-9]{2} µs is uncertain: its 95 % CI"
                + " \\[[0-9.]+, [0-9.]+\\] is wider than the warning allowance \\+0\\.05% \\(±0\\.07[0-9]+ µs\\); a longer"
                + " run makes a steadier baseline");
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void aBaselineOfKeysTheRunDoesNotHaveIsAUsageErrorNotAPass() throws Exception {
        Path file = dir.resolve("foreign.json");
        Files.writeString(file, "{\"latency_ms\": 5, \"avg_chroma_us\": 30}");
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "nightly", "--baseline", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot check run ").contains("\"nightly\"")
                .endsWith("nothing to compare: every baseline key was skipped: latency_ms (no metric of this name),"
                        + " avg_chroma_us (the run has no mean)\n");
        assertThat(r.out()).isEmpty();
    }

    private static String line(CliRunner.Result r, String metric) {
        return r.out().lines().filter(l -> l.startsWith(metric + " ")).findFirst().orElseThrow();
    }
}
