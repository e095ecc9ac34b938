package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SteadyRuns;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path dir;
    SteadyRuns runs;

    @BeforeEach
    void store() {
        runs = new SteadyRuns(db()).runNoise(0.005).steadyCpu().tags("nightly");
    }

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** A stored run of 200 samples around {@code level} µs on rig {@code rig}. */
    private void run(String name, String rig, double level) {
        runs.add(name, rig, "main", String.format("c%06d", runs.count()), level);
    }

    private void steppedHistory() {
        for (int i = 0; i < 30; i++) {
            run(String.format("nightly-%02d", i), "bench-a", i < 20 ? 160 : 176);
        }
    }

    @Test
    void textShowsTheSparklineTheTableAndTheChangePoint() {
        steppedHistory();
        run("elsewhere", "bench-b", 300);
        CliRunner.Result r = CliRunner.run("--db", db(), "history", "avg_total_us", "--rig", "bench-a");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("avg_total_us mean per run (µs, lower is better) · rig bench-a · workload Ripple · 30 runs")
                .contains("1 change point:")
                .contains("regressed at #20 run ")
                .contains("\"nightly-20\" commit c000020")
                .doesNotContain("elsewhere");
        assertThat(r.out().lines().filter(l -> l.contains("nightly-")).count()).isEqualTo(31);
        List<String> lines = r.out().lines().toList();
        String spark = lines.get(1).strip();
        assertThat(spark).hasSize(30);
        assertThat(spark.substring(0, 20)).matches("[▁▂▃]+");
        assertThat(spark.substring(20)).matches("[▆▇█]+");
        assertThat(lines.get(2)).isEqualTo(" ".repeat(22) + "^");
    }

    @Test
    void jsonIsTheHistoryDocument() throws Exception {
        steppedHistory();
        CliRunner.Result r = CliRunner.run("--db", db(), "history", "avg_total_us", "--format", "json", "--last", "25");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/history/v1");
        assertThat(doc.get("points")).hasSize(25);
        assertThat(doc.get("points").get(0).get("run").get("name").asText()).isEqualTo("nightly-05");
        assertThat(doc.get("change_points")).hasSize(1);
        assertThat(doc.get("change_points").get(0).get("index").asInt()).isEqualTo(15);
        assertThat(doc.get("change_points").get(0).get("run").get("name").asText()).isEqualTo("nightly-20");
        assertThat(doc.get("filters").get("rig").asText()).isEqualTo("bench-a");
    }

    @Test
    void csvAndMarkdownHaveOneRowPerRun() {
        steppedHistory();
        CliRunner.Result csv = CliRunner.run("--db", db(), "history", "avg_total_us", "--format", "csv");
        assertThat(csv.out().lines()).hasSize(31).first().asString().startsWith("index,run_id,run_name,started_at");
        assertThat(csv.out().lines().filter(l -> l.endsWith(",regressed,"))).hasSize(1);
        CliRunner.Result md = CliRunner.run("--db", db(), "history", "avg_total_us", "--format", "markdown");
        assertThat(md.out()).contains("| # | run | name |").contains("**regressed**");
    }

    @Test
    void unknownMetricOrStatisticIsAUsageError() {
        steppedHistory();
        assertThat(CliRunner.run("--db", db(), "history", "latency").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result typo = CliRunner.run("--db", db(), "history", "avg_totl_us");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).as(typo.toString()).contains("unknown metric \"avg_totl_us\"; did you mean \"avg_total_us\"?");
        CliRunner.Result r = CliRunner.run("--db", db(), "history", "avg_total_us", "--stat", "p97");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown statistic \"p97\"");
    }

    @Test
    void checkAgainstHistoryPassesAndFailsWithTheCheckExitCodes() {
        for (int i = 0; i < 30; i++) {
            run(String.format("nightly-%02d", i), "bench-a", 160);
        }
        run("candidate-ok", "bench-a", 160);
        CliRunner.Result pass = CliRunner.run("--db", db(), "check", "candidate-ok", "--against-history");
        assertThat(pass.exitCode()).as(pass.toString()).isEqualTo(ExitCode.OK);
        assertThat(pass.out()).contains("against the 30 runs before it (rig bench-a, branch main, workload Ripple)")
                .contains("Result: PASS");

        run("candidate-slow", "bench-a", 200);
        CliRunner.Result fail = CliRunner.run("--db", db(), "check", "candidate-slow", "--against-history", "--window", "20");
        assertThat(fail.exitCode()).as(fail.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(fail.out()).contains("fail (change point)").contains("Result: FAIL");
        assertThat(fail.err()).contains("check failed: avg_total_us").contains("changed for the worse at this run");

        CliRunner.Result json = CliRunner.run("--db", db(), "check", "candidate-slow", "--against-history", "--format", "json");
        assertThat(json.out()).contains("\"schema\": \"lwos-bench/history-check/v1\"").contains("\"result\": \"fail\"");
    }

    @Test
    void checkAgainstAShortHistoryPassesWithANoteInsteadOfAConfidentPass() throws Exception {
        run("nightly-00", "bench-a", 160);
        run("nightly-01", "bench-a", 160);
        run("candidate-slower", "bench-a", 160 * 1.077);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "candidate-slower", "--against-history");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("against the 2 runs before it")
                .contains("Not enough history (2 runs, the rule needs 5): the run is not gated")
                .contains("Result: PASS (not enough history)")
                .doesNotContain("99% prediction");

        CliRunner.Result json = CliRunner.run("--db", db(), "check", "candidate-slower", "--against-history", "--format",
                "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.get("result").asText()).isEqualTo("pass");
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("none");
        assertThat(doc.at("/baseline/runs").asInt()).isEqualTo(2);
        assertThat(doc.at("/baseline/runs_needed").asInt()).isEqualTo(5);
        assertThat(doc.get("note").asText()).isEqualTo("not enough history (2 runs, the rule needs 5)");
        for (JsonNode m : doc.get("metrics")) {
            assertThat(m.get("status").asText()).isEqualTo("pass");
            assertThat(m.get("reason").asText()).isEqualTo("not_enough_history");
            assertThat(m.get("prediction_interval").isNull()).isTrue();
        }
    }

    @Test
    void checkAgainstHistoryOfAFirstRunPassesWithExitZero() {
        run("lonely", "bench-a", 160);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "lonely", "--against-history");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Not enough history (0 runs, the rule needs 5)").contains("Result: PASS");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void predictionIntervalsOfAGatedHistoryAreNeverBelowZero() throws Exception {
        for (int i = 0; i < 5; i++) {
            run(String.format("nightly-%02d", i), "bench-a", 160);
        }
        run("candidate", "bench-a", 160);
        CliRunner.Result json = CliRunner.run("--db", db(), "check", "candidate", "--against-history", "--format",
                "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("history");
        assertThat(doc.get("note").isNull()).isTrue();
        for (JsonNode m : doc.get("metrics")) {
            assertThat(m.get("prediction_scale").asText()).as(m.toString()).isEqualTo("log");
            assertThat(m.get("prediction_interval").get(0).asDouble()).as(m.toString()).isPositive();
        }
    }
}
