package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.ci.forge.FakeForge;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SteadyRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lwos-bench ci} end to end (issue 21): real SQLite store, runs stored directly (a 10 % step
 * is runs whose avg_total_us differ by 10 % with realistic noise), a loopback fake GitHub recording
 * every request.
 */
class CiCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TOKEN = "ghs_SECRETciTOKEN0123456789abcdef";
    static final String HOOK_PATH = "T0SECRET/B0SECRET/hookSECRETci0123456789";

    @TempDir
    Path dir;
    SteadyRuns runs;
    FakeForge fake;
    final List<String> outputs = new ArrayList<>();

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @BeforeEach
    void store() {
        runs = new SteadyRuns(db());
    }

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** The commit id of run number {@code i}. */
    static String sha(int i) {
        return String.format("c0ffee%034x", i);
    }

    /** A stored run of 200 samples around {@code level} µs on {@code rig}, commit {@code commit}, {@code branch}. */
    private void run(String name, String rig, String branch, String commit, double level) {
        runs.add(name, rig, branch, commit, level);
    }

    private void main(String rig, int from, int to, double level) {
        for (int i = from; i < to; i++) {
            run(String.format("main-%s-%02d", rig, i), rig, "main", sha(i), level);
        }
    }

    /** Twelve runs of main at 160 µs, then {@code name}: commit {@code sha(500)} of feature/fft, 10 % slower. */
    private void slowChange(String name) {
        main("bench-a", 0, 12, 160);
        run(name, "bench-a", "feature/fft", sha(500), 176);
    }

    private CliRunner.Result ci(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db(), "ci"));
        all.addAll(List.of(args));
        CliRunner.Result r = CliRunner.runWithEnvironment(env, all.toArray(String[]::new));
        outputs.add(r.out());
        outputs.add(r.err());
        return r;
    }

    /** GitHub Actions on pull request #12 with head {@code head} and base commit {@code base}. */
    private Map<String, String> pullRequest(String head, String base, String token) throws Exception {
        Path payload = dir.resolve("event-" + head + ".json");
        Files.writeString(payload, """
                {"number": 12, "pull_request": {"number": 12,
                  "head": {"ref": "feature/fft", "sha": "%s"}, "base": {"ref": "main", "sha": "%s"}}}
                """.formatted(head, base));
        Map<String, String> env = github(token);
        env.putAll(Map.of("GITHUB_EVENT_NAME", "pull_request", "GITHUB_REF", "refs/pull/12/merge", "GITHUB_HEAD_REF",
                "feature/fft", "GITHUB_BASE_REF", "main", "GITHUB_SHA", sha(999), "GITHUB_EVENT_PATH", payload.toString()));
        return env;
    }

    private Map<String, String> push(String commit) {
        Map<String, String> env = github(TOKEN);
        env.putAll(Map.of("GITHUB_EVENT_NAME", "push", "GITHUB_REF", "refs/heads/main", "GITHUB_REF_NAME", "main",
                "GITHUB_REF_TYPE", "branch", "GITHUB_SHA", commit));
        return env;
    }

    private Map<String, String> github(String token) {
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY",
                "lightwave/firmware", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_RUN_ID", "77",
                "GITHUB_API_URL", fake.apiUrl(), "GITHUB_TOKEN", token,
                "GITHUB_STEP_SUMMARY", dir.resolve("summary.md").toString()));
        return env;
    }

    @Test
    void aPullRequestTenPercentSlowerFailsThenItsFixPassesWithOneCommentUpdatedAndTwoStatuses() throws Exception {
        fake = FakeForge.github(TOKEN);
        slowChange("pr-slow");
        CliRunner.Result slow = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-slow", "--format", "json",
                "--format", "markdown", "-o", dir.resolve("ci.md").toString(), "--format", "junit", "-o",
                dir.resolve("ci.xml").toString());
        assertThat(slow.exitCode()).as(slow.toString()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = MAPPER.readTree(slow.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/ci/v1");
        assertThat(doc.get("mode").asText()).isEqualTo("pull_request");
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("merge_base");
        assertThat(doc.at("/baseline/runs")).hasSize(10);
        assertThat(doc.get("decision").asText()).isEqualTo("fail");
        JsonNode avg = measure(doc, "avg_total_us");
        assertThat(avg.get("verdict").asText()).isEqualTo("regressed");
        assertThat(avg.get("decision").asText()).isEqualTo("fail");
        assertThat(avg.get("relative_change").asDouble()).isBetween(0.08, 0.12);
        assertThat(doc.at("/posted/comment").asText()).isEqualTo("created");
        assertThat(doc.at("/posted/status").asText()).isEqualTo("failure");
        assertThat(Files.readString(dir.resolve("ci.md"))).contains("lwos-bench · lwos-bench: fail")
                .contains("`avg_total_us`");
        assertThat(Files.readString(dir.resolve("ci.xml"))).contains("<failure message=\"avg_total_us: baseline");

        run("pr-fixed", "bench-a", "feature/fft", sha(501), 160);
        CliRunner.Result fixed = ci(pullRequest(sha(501), sha(11), TOKEN), "pr-fixed");
        assertThat(fixed.exitCode()).as(fixed.toString()).isEqualTo(ExitCode.OK);
        assertThat(fixed.out()).contains("Result: PASS").contains("avg_total_us");
        assertThat(fixed.err()).isEmpty();

        oneCommentAndAFailureThenASuccess(12, "lwos-bench", "failure");
        String summary = Files.readString(dir.resolve("summary.md"));
        assertThat(summary).contains(": fail").contains(": pass");
        assertThat(summary.indexOf(": fail")).isLessThan(summary.indexOf(": pass"));
        noSecretAnywhere();
    }

    /** GitLab CI on merge request !7 of project 42, head {@code head}, diff base {@code base}, token in MY_GITLAB_TOKEN. */
    private Map<String, String> mergeRequest(String head, String base, String token) {
        return new HashMap<>(Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", "7", "CI_PROJECT_ID", "42",
                "CI_API_V4_URL", fake.apiUrl(), "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main",
                "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature/fft", "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA", head,
                "CI_MERGE_REQUEST_DIFF_BASE_SHA", base, "MY_GITLAB_TOKEN", token));
    }

    @Test
    void aMergeRequestOnGitLabGetsOneNoteUpdatedInPlaceAndTheCommitStatuses() throws Exception {
        fake = FakeForge.gitlab(TOKEN);
        Path config = dir.resolve("lwos-bench.yml");
        Files.writeString(config, "name: audio-pipeline\nforge:\n  gitlab: {token_env: MY_GITLAB_TOKEN}\n");
        slowChange("mr-slow");
        CliRunner.Result slow = ci(mergeRequest(sha(500), sha(11), TOKEN), "mr-slow", "--config", config.toString(),
                "--format", "json");
        assertThat(slow.exitCode()).as(slow.toString()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = MAPPER.readTree(slow.out());
        assertThat(doc.get("mode").asText()).isEqualTo("pull_request");
        assertThat(doc.at("/pull_request/number").asLong()).isEqualTo(7);
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("merge_base");
        assertThat(doc.at("/baseline/merge_base").asText()).isEqualTo(sha(11));
        assertThat(doc.at("/posted/comment").asText()).isEqualTo("created");
        assertThat(doc.at("/posted/status").asText()).isEqualTo("failure");

        run("mr-fixed", "bench-a", "feature/fft", sha(501), 160);
        CliRunner.Result fixed = ci(mergeRequest(sha(501), sha(11), TOKEN), "mr-fixed", "--config", config.toString(),
                "--format", "json");
        assertThat(fixed.exitCode()).as(fixed.toString()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(fixed.out()).at("/posted/comment").asText()).isEqualTo("updated");
        assertThat(fixed.err()).isEmpty();

        oneCommentAndAFailureThenASuccess(7, "audio-pipeline", "failed");
        assertThat(fake.requests()).allSatisfy(q -> {
            assertThat(q.path()).startsWith("/api/v4/projects/42/");
            assertThat(q.header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
        });

        CliRunner.Result refused = ci(mergeRequest(sha(500), sha(11), "glpat-WRONGtoken"), "mr-slow", "--config",
                config.toString());
        assertThat(refused.exitCode()).as("the verdict's exit code: " + refused).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(refused.err()).contains("lwos-bench ci: GitLab").contains("401").contains("MY_GITLAB_TOKEN")
                .doesNotContain("glpat-WRONGtoken");
        assertThat(refused.out()).contains("Result: FAIL").doesNotContain("glpat-WRONGtoken");
        assertThat(fake.comments(7)).hasSize(1);
        assertThat(fake.statuses()).hasSize(2);
        noSecretAnywhere();
    }

    @Test
    void aPullRequestWhoseMergeBaseHasNoRunsSaysNoBaselineAndPasses() throws Exception {
        fake = FakeForge.github(TOKEN);
        main("bench-a", 0, 6, 160);
        run("pr", "bench-a", "feature/fft", sha(500), 200);
        CliRunner.Result r = ci(pullRequest(sha(500), "deadbeef00deadbeef00deadbeef00deadbeef00", TOKEN), "pr",
                "--format", "text", "--format", "json", "-o", dir.resolve("ci.json").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("no baseline").contains("Result: PASS (no baseline)");
        JsonNode doc = MAPPER.readTree(dir.resolve("ci.json").toFile());
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("none");
        assertThat(doc.get("decision").asText()).isEqualTo("pass");
        assertThat(fake.statuses()).extracting(FakeForge.Status::description).containsExactly("pass: no baseline");
    }

    @Test
    void aRegressionOnOneRigOnlyIsUnconfirmedWithConfirmRigsTwo() throws Exception {
        fake = FakeForge.github(TOKEN);
        main("bench-a", 0, 12, 160);
        main("bench-b", 0, 12, 160);
        run("pr-a", "bench-a", "feature/fft", sha(500), 176);
        run("pr-b", "bench-b", "feature/fft", sha(500), 160);
        CliRunner.Result r = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-a", "--confirm-rigs", "2", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        JsonNode avg = measure(MAPPER.readTree(r.out()), "avg_total_us");
        assertThat(avg.get("decision").asText()).isEqualTo("warn");
        assertThat(avg.get("reason").asText()).startsWith("unconfirmed: regressed on 1 of the 2 rigs needed");

        run("pr-b2", "bench-b", "feature/fft", sha(500), 176);
        CliRunner.Result both = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-a", "--confirm-rigs", "2");
        assertThat(both.exitCode()).as("regressed on both rigs: " + both).isEqualTo(ExitCode.GATE_FAILED);
    }

    @Test
    void aStepOnMainNotifiesOnceAcrossFourRunsAndAckRestartsTheHistory() throws Exception {
        fake = FakeForge.github(TOKEN);
        Path config = dir.resolve("lwos-bench.yml");
        Files.writeString(config, "name: audio-pipeline\nnotify:\n  - webhook_env: LWOS_BENCH_SLACK_WEBHOOK\n");
        main("bench-a", 0, 20, 160);
        int notified = 0;
        List<Integer> codes = new ArrayList<>();
        for (int i = 20; i < 24; i++) {
            main("bench-a", i, i + 1, 176);
            Map<String, String> env = push(sha(i));
            env.put("LWOS_BENCH_SLACK_WEBHOOK", fake.webhookUrl(HOOK_PATH));
            CliRunner.Result r = ci(env, String.format("main-bench-a-%02d", i), "--config", config.toString(),
                    "--format", "json");
            codes.add(r.exitCode());
            notified += MAPPER.readTree(r.out()).at("/posted/notified").asInt();
        }
        // The step moves avg_total_us and the two metrics that follow it: one message per metric, across four runs.
        assertThat(fake.webhookBodies()).as("one step, one message per metric that moved").hasSize(3)
                .allSatisfy(b -> assertThat(b).contains("regressed +10.").contains("at run \\\"main-bench-a-20\\\""));
        assertThat(fake.webhookBodies().stream().filter(b -> b.contains("avg_total_us regressed"))).hasSize(1);
        assertThat(notified).isEqualTo(3);
        assertThat(codes).as("the run that reveals the step fails, once").containsOnlyOnce(ExitCode.GATE_FAILED);

        CliRunner.Result ack = CliRunner.run("--db", db(), "ack", "avg_total_us", "main-bench-a-20", "--reason",
                "DSP rework: 10 % slower on purpose");
        assertThat(ack.exitCode()).as(ack.toString()).isEqualTo(ExitCode.OK);
        main("bench-a", 24, 26, 176);
        CliRunner.Result after = ci(push(sha(25)), "main-bench-a-25", "--config", config.toString(), "--format", "json",
                "--metric", "avg_total_us");
        assertThat(after.exitCode()).as(after.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = MAPPER.readTree(after.out());
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("history");
        assertThat(doc.at("/baseline/runs")).as("main-20 to main-24: the runs from the acknowledged change").hasSize(5);
        assertThat(measure(doc, "avg_total_us").get("decision").asText()).isEqualTo("pass");
        noSecretAnywhere();
    }

    @Test
    void aRefusedTokenIsSaidOnStandardErrorAndTheExitCodeIsTheVerdicts() throws Exception {
        fake = FakeForge.github(TOKEN);
        slowChange("pr-slow");
        CliRunner.Result r = ci(pullRequest(sha(500), sha(11), "ghs_WRONGtoken"), "pr-slow");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.err()).contains("lwos-bench ci: ").contains("401").doesNotContain("ghs_WRONGtoken");
        assertThat(fake.comments(12)).isEmpty();
        assertThat(r.out()).contains("Result: FAIL");
    }

    @Test
    void printConfigMasksSecretsAndNeedsNoStore() throws Exception {
        fake = FakeForge.github(TOKEN);
        Path config = dir.resolve("lwos-bench.yml");
        Files.writeString(config, "name: audio-pipeline\nnotify:\n  - webhook_env: LWOS_BENCH_SLACK_WEBHOOK\n");
        Map<String, String> env = push(sha(1));
        env.put("LWOS_BENCH_SLACK_WEBHOOK", fake.webhookUrl(HOOK_PATH));
        CliRunner.Result r = ci(env, "--print-config", "--config", config.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("audio-pipeline").contains("LWOS_BENCH_SLACK_WEBHOOK").contains("GITHUB_TOKEN");
        assertThat(Files.exists(dir.resolve("bench.db"))).isFalse();
        noSecretAnywhere();

        Files.writeString(config, "name: x\nbaseline_run: 3\n");
        CliRunner.Result bad = ci(env, "--print-config", "--config", config.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).contains("lwos-bench.yml:2: unknown key \"baseline_run\"");
    }

    @Test
    void anImportedResultFileIsDecidedAgainstABaselineFileWithTheLightwaveOsSemantics() throws Exception {
        Path baseline = dir.resolve("benchmark_baseline.json");
        Files.writeString(baseline, """
                {"snr_db": 45.2, "latency_ms": 8.4, "memory_usage_kb": 127.5,
                 "_thresholds": {"latency_ms": {"warning": "+15%", "failure": "+30%", "direction": "lower_is_better"},
                                 "snr_db": {"warning": "-5%", "failure": "-10%", "direction": "higher_is_better"}}}
                """);
        Path results = dir.resolve("results.json");
        Files.writeString(results, "{\"snr_db\": 45.0, \"latency_ms\": 11.2, \"buffer_size\": 512}\n");
        CliRunner.Result r = ci(Map.of(), "--import", results.toString(), "--format", "lwos-json", "--baseline",
                baseline.toString(), "--format", "json", "--rig", "bench-a");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(doc.at("/baseline/kind").asText()).isEqualTo("file");
        assertThat(measure(doc, "latency_ms").get("decision").asText()).as("+33 %% beyond +30 %%").isEqualTo("fail");
        assertThat(measure(doc, "snr_db").get("decision").asText()).isEqualTo("pass");
        assertThat(measure(doc, "memory_usage_kb").get("reason").asText()).isEqualTo("missing from this run");
        assertThat(measure(doc, "buffer_size").get("decision").asText()).isEqualTo("warn");
        assertThat(r.err()).contains("Imported run ");
    }

    @Test
    void theHtmlReportComparesWithTheNewestBaselineRunAndCarriesTheDecisions() throws Exception {
        fake = FakeForge.github(TOKEN);
        slowChange("pr-slow");
        Path html = dir.resolve("ci.html");
        CliRunner.Result r = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-slow", "--format", "json", "--report",
                html.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.err()).contains("Wrote the HTML report to " + html);
        JsonNode doc = MAPPER.readTree(r.out());
        String page = Files.readString(html);
        selfContained(page);
        assertThat(page).contains("<title>lwos-bench ci: lwos-bench · pr-slow: fail</title>")
                .contains(doc.at("/run/id").asText()).contains("A is the baseline, B the candidate");
        for (JsonNode id : doc.at("/baseline/runs")) {
            assertThat(page).contains(id.asText());
        }
        JsonNode data = reportData(page);
        assertThat(data.at("/ci/decision").asText()).isEqualTo("fail");
        assertThat(data.at("/ci/measures")).anySatisfy(m -> {
            assertThat(m.get("name").asText()).isEqualTo("avg_total_us");
            assertThat(m.get("decision").asText()).isEqualTo("fail");
        });
        assertThat(data.at("/ci/posted/comment").asText()).isEqualTo("created");
        assertThat(data.get("runs")).extracting(n -> n.get("name").asText()).containsExactly("main-bench-a-11", "pr-slow");
        assertThat(data.at("/compare/metrics")).isNotEmpty();
        noSecretAnywhere();
    }

    @Test
    void theHtmlReportOfARunWithoutBaselineShowsTheRunAloneAndSaysNoBaseline() throws Exception {
        fake = FakeForge.github(TOKEN);
        run("first", "bench-a", "main", sha(1), 160);
        Path html = dir.resolve("first.html");
        CliRunner.Result r = ci(push(sha(1)), "first", "--report", html.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        String page = Files.readString(html);
        selfContained(page);
        assertThat(page).contains("The run alone: there is no baseline run to compare it with.");
        JsonNode data = reportData(page);
        assertThat(data.get("compare").isNull()).isTrue();
        assertThat(data.get("runs")).singleElement().satisfies(n -> assertThat(n.get("name").asText()).isEqualTo("first"));
        assertThat(data.at("/ci/baseline/kind").asText()).isEqualTo("none");
        assertThat(data.at("/ci/notes/0").asText()).startsWith("no baseline");
        assertThat(data.at("/charts/avg_total_us/series")).hasSize(1);
        noSecretAnywhere();
    }

    @Test
    void aReportPathThatCannotBeWrittenIsAUsageErrorBeforeAnythingIsPosted() throws Exception {
        fake = FakeForge.github(TOKEN);
        slowChange("pr-slow");
        for (String bad : List.of(dir.resolve("nosuch").resolve("ci.html").toString(), dir.toString(), "-")) {
            CliRunner.Result r = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-slow", "--report", bad);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--report").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
        Path md = dir.resolve("ci.md");
        CliRunner.Result twice = ci(pullRequest(sha(500), sha(11), TOKEN), "pr-slow", "-o", md.toString(), "--report",
                md.toString());
        assertThat(twice.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(twice.err()).contains("--report " + md + " is also an --output");
        assertThat(fake.requests()).as("nothing posted").isEmpty();
        assertThat(dir.resolve("summary.md")).doesNotExist();
        assertThat(md).doesNotExist();
    }

    /** One file that loads nothing: a Content-Security-Policy forbidding requests, no external resource. */
    private static void selfContained(String page) {
        assertThat(page).startsWith("<!doctype html>").endsWith("</html>\n")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link ");
    }

    /** The report's embedded data. */
    private static JsonNode reportData(String page) throws Exception {
        String start = "<script type=\"application/json\" id=\"report-data\">";
        int from = page.indexOf(start) + start.length();
        return MAPPER.readTree(page.substring(from, page.indexOf("</script>", from)));
    }

    /**
     * Change {@code number} has one comment of config {@code name}, updated to pass, and commits 500 then 501 the
     * statuses {@code failure} (in the forge's word) then {@code success}.
     */
    private void oneCommentAndAFailureThenASuccess(long number, String name, String failure) {
        assertThat(fake.comments(number)).as("updated in place, not duplicated").singleElement()
                .satisfies(c -> assertThat(c.body()).startsWith("<!-- lwos-bench:" + name + " -->").contains(": pass"));
        assertThat(fake.statuses()).extracting(FakeForge.Status::state).containsExactly(failure, "success");
        assertThat(fake.statuses()).extracting(FakeForge.Status::sha).containsExactly(sha(500), sha(501));
        assertThat(fake.statuses()).extracting(FakeForge.Status::context).containsOnly("lwos-bench/" + name);
    }

    private static JsonNode measure(JsonNode doc, String name) {
        for (JsonNode m : doc.get("measures")) {
            if (m.get("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no measure " + name + " in " + doc);
    }

    /** No token or webhook URL in any output, file written or the store. */
    private void noSecretAnywhere() throws Exception {
        List<String> secrets = List.of(TOKEN, HOOK_PATH, "hookSECRETci");
        for (String text : outputs) {
            secrets.forEach(s -> assertThat(text).doesNotContain(s));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                secrets.forEach(s -> assertThat(bytes).as(f.toString()).doesNotContain(s));
            }
        }
    }
}
