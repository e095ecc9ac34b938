package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SteadyRuns;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line of the CI loop (issue 21): {@code ack}, late change points reported once by
 * {@code check --against-history}, not-enough-history and improvements as passes, {@code --metric},
 * the baseline's branch in the header, several formats from one computation, {@code collect
 * --format json} and the pull request in the run's context.
 */
class CiLoopCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    SteadyRuns runs;

    @BeforeEach
    void store() {
        runs = new SteadyRuns(db());
    }

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** A stored run of 200 samples around {@code level} µs, of commit {@code c<number>} on {@code branch}. */
    private void run(String name, String branch, double level) {
        runs.add(name, "bench-a", branch, String.format("c%06d", runs.count()), level);
    }

    private void main(int from, int to, double level) {
        for (int i = from; i < to; i++) {
            run(String.format("main-%02d", i), "main", level);
        }
    }

    private CliRunner.Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void aLateChangePointFailsTheRunThatRevealsItOnceAndAckRestartsTheHistory() throws Exception {
        main(0, 20, 160);
        main(20, 23, 176); // benchmarked, never gated
        CliRunner.Result revealing = cli("check", "main-22", "--against-history", "--metric", "avg_total_us");
        assertThat(revealing.exitCode()).as(revealing.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(revealing.out()).contains("fail (late change point)")
                .contains("avg_total_us regressed at run ").contains("\"main-20\" commit c000020")
                .contains("found late, reported on this run and on no later run").doesNotContain("cpu_load_percent");
        assertThat(revealing.err()).contains("check failed: avg_total_us changed for the worse (at this run, or at an"
                + " earlier run that this run reveals)");

        CliRunner.Result retried = cli("check", "main-22", "--against-history", "--metric", "avg_total_us",
                "--format", "json");
        assertThat(retried.exitCode()).as("a retried job keeps its verdict: " + retried).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = MAPPER.readTree(retried.out());
        JsonNode late = doc.at("/metrics/0/late_change_points/0");
        assertThat(late.at("/run/name").asText()).isEqualTo("main-20");
        assertThat(late.get("first_report").asBoolean()).isFalse();
        assertThat(doc.at("/metrics/0/reason").asText()).isEqualTo("late_change_point");

        main(23, 24, 176);
        CliRunner.Result next = cli("check", "main-23", "--against-history", "--metric", "avg_total_us", "--format",
                "json");
        assertThat(MAPPER.readTree(next.out()).at("/metrics/0/late_change_points")).as(next.toString()).isEmpty();

        CliRunner.Result noReason = cli("ack", "avg_total_us", "main-20");
        assertThat(noReason.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noReason.err()).contains("--reason");
        CliRunner.Result ack = cli("ack", "avg_total_us", "main-20", "--reason", "DSP rework: 10 % slower on purpose");
        assertThat(ack.exitCode()).as(ack.toString()).isEqualTo(ExitCode.OK);
        assertThat(ack.out()).contains("Acknowledged the change of avg_total_us at run ")
                .contains("\"main-20\" (rig bench-a, branch main, workload Ripple): DSP rework: 10 % slower on purpose");

        main(24, 26, 176 * 1.05);
        CliRunner.Result afterAck = cli("check", "main-25", "--against-history", "--metric", "avg_total_us",
                "--format", "json");
        JsonNode gated = MAPPER.readTree(afterAck.out());
        assertThat(gated.at("/metrics/0/acknowledged_change/run/name").asText()).isEqualTo("main-20");
        assertThat(gated.at("/metrics/0/history_runs").asInt()).as("main-20 to main-24").isEqualTo(5);
        assertThat(gated.at("/metrics/0/history_mean").asDouble()).isGreaterThan(176);
        CliRunner.Result afterAckText = cli("check", "main-25", "--against-history", "--metric", "avg_total_us");
        assertThat(afterAckText.out()).contains("avg_total_us: history from the change acknowledged at run ")
                .contains("\"main-20\": DSP rework: 10 % slower on purpose");

        CliRunner.Result history = cli("history", "avg_total_us");
        assertThat(history.out()).contains("▲✓").contains("1 acknowledged change")
                .contains("at #20 run ").contains("acknowledged: DSP rework: 10 % slower on purpose");
        JsonNode h = MAPPER.readTree(cli("history", "avg_total_us", "--format", "json").out());
        assertThat(h.at("/acknowledged/0/index").asInt()).isEqualTo(20);
        assertThat(h.at("/acknowledged/0/reason").asText()).isEqualTo("DSP rework: 10 % slower on purpose");
        assertThat(cli("history", "avg_total_us", "--format", "csv").out().lines().skip(21).findFirst().orElseThrow())
                .endsWith(",regressed,DSP rework: 10 % slower on purpose");

        CliRunner.Result list = cli("ack", "--list");
        assertThat(list.out()).contains("main-20").contains("avg_total_us").contains("DSP rework");
        JsonNode listed = MAPPER.readTree(cli("ack", "--list", "avg_total_us", "--format", "json").out());
        assertThat(listed.get("schema").asText()).isEqualTo("lwos-bench/acknowledged/v1");
        assertThat(listed.get("acknowledged")).hasSize(1);
        assertThat(cli("ack", "--list", "peak_total_us").out()).contains("No acknowledged changes of peak_total_us.");
        CliRunner.Result removed = cli("ack", "--remove", "avg_total_us", "main-20");
        assertThat(removed.out()).contains("Removed the acknowledgement of avg_total_us at run ");
        assertThat(cli("ack", "--remove", "avg_total_us", "main-20").out()).contains("No acknowledgement of avg_total_us");
        assertThat(cli("ack", "--list").out()).contains("No acknowledged changes.");
    }

    @Test
    void ackRefusesWhatItCannotDoWithExitTwo() {
        main(0, 2, 160);
        assertThat(cli("ack", "avg_totl_us", "main-00", "--reason", "x").err()).contains("did you mean \"avg_total_us\"");
        assertThat(cli("ack", "avg_total_us", "nosuch", "--reason", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("ack", "avg_total_us").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("ack", "--list", "--remove").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("ack", "--remove", "avg_total_us", "main-00", "--reason", "x").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(cli("ack", "avg_total_us", "main-00", "--reason", "a\u0007b").err()).contains("control characters");
        assertThat(cli("ack", "--list").out()).contains("No acknowledged changes.");
    }

    @Test
    void theFirstRunsOfARigPassWithExitZeroAndSayThereIsNoBaseline() throws Exception {
        run("first", "main", 160);
        for (String name : List.of("first", "second")) {
            if (name.equals("second")) {
                run("second", "main", 200);
            }
            CliRunner.Result text = cli("check", name, "--against-history");
            assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
            assertThat(text.out()).contains("Result: PASS (not enough history)");
            CliRunner.Result json = cli("check", name, "--against-history", "--format", "json", "--metric", "avg_total_us");
            assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
            JsonNode doc = MAPPER.readTree(json.out());
            assertThat(doc.at("/baseline/kind").asText()).isEqualTo("none");
            assertThat(doc.get("result").asText()).isEqualTo("pass");
            assertThat(doc.get("note").asText()).startsWith("not enough history");
        }
        CliRunner.Result history = cli("history", "avg_total_us", "--branch", "nosuch");
        assertThat(history.exitCode()).as(history.toString()).isEqualTo(ExitCode.OK);
        assertThat(cli("history", "avg_total_us", "--format", "json").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void improvementsPassUnlessAskedAndAPullRequestsHeaderNamesTheBaselinesBranch() throws Exception {
        main(0, 20, 160);
        run("pr-faster", "feature/fft", 140);
        CliRunner.Result pr = cli("check", "pr-faster", "--against-history", "--branch", "main", "--metric",
                "avg_total_us");
        assertThat(pr.exitCode()).as(pr.toString()).isEqualTo(ExitCode.OK);
        assertThat(pr.out()).contains("against the 20 runs before it (rig bench-a, branch main, workload Ripple)")
                .doesNotContain("branch feature/fft").contains("pass (better than prediction interval)")
                .contains("Result: PASS");
        CliRunner.Result loud = cli("check", "pr-faster", "--against-history", "--branch", "main", "--metric",
                "avg_total_us", "--warn-on-improvement", "--strict");
        assertThat(loud.exitCode()).as(loud.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(loud.out()).contains("warn (better than prediction interval)");
        JsonNode doc = MAPPER.readTree(cli("check", "pr-faster", "--against-history", "--branch", "main", "--format",
                "json").out());
        assertThat(doc.at("/baseline/branch").asText()).isEqualTo("main");
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("history");
        assertThat(cli("check", "pr-faster", "--against-history", "--metric", "avg_chroma_us").err())
                .contains("--metric avg_chroma_us: run ");
    }

    @Test
    void everyFormatOfOneCompareCallComesFromOneComputation() throws Exception {
        run("base", "main", 160);
        run("cand", "main", 168);
        Path md = dir.resolve("c.md");
        Path xml = dir.resolve("c.xml");
        CliRunner.Result r = cli("compare", "base", "cand", "--metric", "avg_total_us", "--metric", "avg_goertzel_us",
                "--format", "markdown", "-o", md.toString(), "-o", xml.toString(), "--format", "junit", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("Wrote the comparison to " + md).contains("Wrote the comparison to " + xml);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(doc.get("metrics")).hasSize(2);
        String markdown = Files.readString(md);
        String junit = Files.readString(xml);
        assertThat(markdown).contains("Holm-adjusted over 2 metrics");
        assertThat(junit).contains("name=\"avg_total_us\"").contains("name=\"avg_goertzel_us\"")
                .doesNotContain("name=\"peak_total_us\"");
        double pHolm = doc.at("/metrics/0/adjusted/p_holm").asDouble();
        assertThat(markdown).contains(io.lightwaveos.bench.analysis.render.Format.pValue(pHolm));

        CliRunner.Result twoToStdout = cli("compare", "base", "cand", "--format", "json", "--format", "text");
        assertThat(twoToStdout.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(twoToStdout.err()).contains("both go to standard output");
        CliRunner.Result sameFile = cli("compare", "base", "cand", "-o", md.toString(), "--format", "json", "-o",
                md.toString());
        assertThat(sameFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(sameFile.err()).contains("is given twice");
    }

    @Test
    void checkWritesEveryFormatFromOneGateAndTakesMetrics() throws Exception {
        run("base", "main", 160);
        run("slow", "main", 180);
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{\"avg_total_us\": 160, \"avg_goertzel_us\": 70, \"peak_total_us\": 480}");
        Path json = dir.resolve("check.json");
        Path xml = dir.resolve("check.xml");
        CliRunner.Result r = cli("check", "slow", "--baseline", baseline.toString(), "--metric", "avg_total_us",
                "--format", "json", "--output", json.toString(), "--format", "junit", "-o", xml.toString(),
                "--format", "text");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.out()).contains("avg_total_us").doesNotContain("avg_goertzel_us").doesNotContain("peak_total_us");
        JsonNode doc = MAPPER.readTree(Files.readString(json));
        assertThat(doc.get("metrics")).hasSize(1);
        assertThat(Files.readString(xml)).contains("tests=\"1\"").contains("name=\"avg_total_us\"");
        CliRunner.Result notInFile = cli("check", "slow", "--baseline", baseline.toString(), "--metric", "cpu_load_percent");
        assertThat(notInFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(notInFile.err()).contains("--metric cpu_load_percent: ").contains("has no baseline value for it");
        CliRunner.Result written = cli("check", "base", "--write-baseline", dir.resolve("b2.json").toString(), "--metric",
                "avg_total_us");
        assertThat(written.exitCode()).as(written.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(dir.resolve("b2.json"))).contains("avg_total_us").doesNotContain("peak_total_us");
    }

    @Test
    void collectAsJsonPrintsTheRunDocumentWithThePullRequestFromTheCiVariables() throws Exception {
        Path event = dir.resolve("event.json");
        Files.writeString(event, "{\"pull_request\": {\"number\": 42, \"base\": {\"ref\": \"main\"}}}");
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc", "GITHUB_HEAD_REF",
                "feature/fft", "GITHUB_REF", "refs/pull/42/merge", "GITHUB_BASE_REF", "main", "GITHUB_EVENT_NAME",
                "pull_request", "GITHUB_EVENT_PATH", event.toString(), "RUNNER_NAME", "esp32-rig-2");
        CliRunner.Result r;
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).build())) {
            r = CliRunner.runWithEnvironment(github, "--db", db(), "collect", "--url", device.url(), "--run-name", "pr-42",
                    "--max-samples", "30", "--format", "json");
        }
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/run/v2");
        assertThat(doc.get("name").asText()).isEqualTo("pr-42");
        assertThat(doc.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(doc.at("/context/rig").asText()).as("RUNNER_NAME").isEqualTo("esp32-rig-2");
        assertThat(doc.at("/context/vcs/pull_request").asLong()).isEqualTo(42);
        assertThat(doc.at("/context/vcs/base_branch").asText()).isEqualTo("main");
        assertThat(doc.at("/context/vcs/branch").asText()).isEqualTo("feature/fft");
        assertThat(doc.get("quality").isArray()).isTrue();
        assertThat(r.err()).contains("Run " + doc.get("id").asText() + " \"pr-42\": COMPLETE, 30 samples");
        CliRunner.Result show = cli("show", "pr-42");
        assertThat(show.out()).contains("pull request  #42 into main").contains("rig           esp32-rig-2");

        CliRunner.Result gitlab = CliRunner.runWithEnvironment(Map.of("GITLAB_CI", "true", "CI_RUNNER_DESCRIPTION",
                "gitlab-rig", "CI_MERGE_REQUEST_IID", "7", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "develop",
                "LWOS_BENCH_RIG", "explicit-rig"), "--db", db(), "collect", "--simulate", "--simulate-rate", "200",
                "--run-name", "mr-7", "--max-samples", "20", "--format", "json");
        JsonNode mr = MAPPER.readTree(gitlab.out());
        assertThat(mr.at("/context/rig").asText()).as("LWOS_BENCH_RIG wins over the runner").isEqualTo("explicit-rig");
        assertThat(mr.at("/context/vcs/pull_request").asLong()).isEqualTo(7);
        assertThat(mr.at("/context/vcs/base_branch").asText()).isEqualTo("develop");
    }

    @Test
    void importTakesThePullRequestAsOptionsAndExportsCarryIt() throws Exception {
        Path csv = dir.resolve("run.csv");
        Files.writeString(csv, io.lightwaveos.bench.cli.SampleCsv.synthetic(50, 150, 1));
        CliRunner.Result r = cli("import", csv.toString(), "--run-name", "pr-run", "--pull-request", "12",
                "--base-branch", "main", "--branch", "fix/x");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = MAPPER.readTree(cli("show", "pr-run", "--format", "json").out());
        assertThat(doc.at("/context/vcs/pull_request").asLong()).isEqualTo(12);
        assertThat(doc.at("/context/vcs/base_branch").asText()).isEqualTo("main");
        assertThat(cli("import", csv.toString(), "--run-name", "bad", "--pull-request", "0", "--allow-duplicate")
                .exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
