package io.lightwaveos.bench.ci;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigPrinter;
import io.lightwaveos.bench.ci.config.ConfigReader;
import io.lightwaveos.bench.ci.config.NotifyTarget;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.CiEvents;
import io.lightwaveos.bench.ci.event.CiMode;
import io.lightwaveos.bench.ci.event.ForgeKind;
import io.lightwaveos.bench.ci.forge.CommitState;
import io.lightwaveos.bench.ci.forge.FakeForge;
import io.lightwaveos.bench.ci.forge.Forge;
import io.lightwaveos.bench.ci.forge.ForgeResult;
import io.lightwaveos.bench.ci.forge.Forges;
import io.lightwaveos.bench.ci.forge.HttpSettings;
import io.lightwaveos.bench.ci.forge.WebhookSender;
import io.lightwaveos.bench.ci.report.CiReport;
import io.lightwaveos.bench.ci.report.CiReportJson;
import io.lightwaveos.bench.ci.report.CiReportMarkdown;
import io.lightwaveos.bench.ci.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CiPublisher} against a fake forge: what a CI job's two runs post, and that no secret leaks. */
class CiPublisherTest {

    static final String GITHUB_TOKEN = "ghs_SECRETgithubTOKEN0123456789abcdef";
    static final String GITLAB_TOKEN = "glpat-SECRETgitlabTOKEN0123";
    static final String HOOK_PATH = "T0SECRET/B0SECRET/hookSECRET0123456789";
    static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ZERO);

    @TempDir
    Path dir;

    private FakeForge fake;
    private Path summary;

    @BeforeEach
    void start() throws Exception {
        summary = dir.resolve("step_summary.md");
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    private Map<String, String> githubEnv(String token) {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_TOKEN", token);
        env.put("GITHUB_API_URL", fake.apiUrl());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        return env;
    }

    private static CiPublisher publisher(CiConfig config, CiEvent event, Map<String, String> env) {
        Forge forge = Forges.open(config, event, env, FAST::newClient, FAST);
        return new CiPublisher(config, env, forge);
    }

    @Test
    void aPullRequestGetsOneCommentUpdatedInPlaceAStatusAndTheSummary() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        CiConfig config = ConfigReader.parse("name: audio-pipeline\n", "lwos-bench.yml");
        CiEvent event = Reports.pullRequest(ForgeKind.GITHUB);
        CiPublisher publisher = publisher(config, event, githubEnv(GITHUB_TOKEN));

        CiPublisher.Publication first = publisher.publish(Reports.failing(event));
        CiPublisher.Publication second = publisher.publish(Reports.passing(event));

        assertThat(first.messages()).isEmpty();
        assertThat(first.report().posted()).isEqualTo(new CiReport.Posted(ForgeResult.Outcome.CREATED, CommitState.FAILURE,
                true, 0));
        assertThat(first.report().exitCode()).isEqualTo(3);
        assertThat(second.report().posted()).isEqualTo(new CiReport.Posted(ForgeResult.Outcome.UPDATED, CommitState.SUCCESS,
                true, 0));
        assertThat(second.report().exitCode()).isZero();

        assertThat(fake.comments(12)).singleElement().extracting(FakeForge.Comment::body)
                .isEqualTo("<!-- lwos-bench:audio-pipeline -->\n" + CiReportMarkdown.render(Reports.passing(event)));
        assertThat(fake.statuses()).extracting(FakeForge.Status::state).containsExactly("failure", "success");
        assertThat(fake.statuses()).extracting(FakeForge.Status::context)
                .containsOnly("lwos-bench/audio-pipeline");
        assertThat(fake.statuses().get(0).description()).isEqualTo("fail: avg_total_us +10.0 % (1 of 4 failed)");
        assertThat(fake.statuses().get(0).targetUrl()).isEqualTo("https://github.com/lightwave/firmware/actions/runs/77");
        assertThat(fake.statuses()).extracting(FakeForge.Status::sha).containsOnly(Reports.HEAD);
        assertThat(Files.readString(summary)).isEqualTo(CiReportMarkdown.render(Reports.failing(event)) + "\n"
                + CiReportMarkdown.render(Reports.passing(event)) + "\n");
    }

    @Test
    void aGitLabMergeRequestGetsOneNoteUpdatedInPlaceAndAStatus() throws Exception {
        fake = FakeForge.gitlab(GITLAB_TOKEN);
        CiConfig config = ConfigReader.parse("name: audio-pipeline\nforge:\n  gitlab: {token_env: BENCH_TOKEN}\n",
                "lwos-bench.yml");
        CiEvent event = Reports.pullRequest(ForgeKind.GITLAB);
        Map<String, String> env = Map.of("BENCH_TOKEN", GITLAB_TOKEN, "CI_API_V4_URL", fake.apiUrl());
        CiPublisher publisher = publisher(config, event, env);

        CiPublisher.Publication first = publisher.publish(Reports.failing(event));
        CiPublisher.Publication second = publisher.publish(Reports.passing(event));

        assertThat(first.messages()).isEmpty();
        assertThat(first.report().posted()).isEqualTo(new CiReport.Posted(ForgeResult.Outcome.CREATED, CommitState.FAILURE,
                false, 0));
        assertThat(second.report().posted().comment()).isEqualTo(ForgeResult.Outcome.UPDATED);
        assertThat(fake.comments(12)).hasSize(1);
        assertThat(fake.statuses()).extracting(FakeForge.Status::state).containsExactly("failed", "success");
    }

    @Test
    void aRefusedTokenIsReportedOnStderrAndTheExitCodeStaysTheDecisions() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        CiEvent event = Reports.pullRequest(ForgeKind.GITHUB);

        CiPublisher.Publication p = publisher(CiConfig.defaults(), event, githubEnv("ghs_WRONG")).publish(Reports.failing(event));

        assertThat(p.messages()).containsExactly(
                "GitHub: cannot list the pull request comments: HTTP 401 (Bad credentials); the token in GITHUB_TOKEN was "
                        + "refused; check that secret",
                "GitHub: cannot set the commit status: HTTP 401 (Bad credentials); the token in GITHUB_TOKEN was refused; "
                        + "check that secret");
        assertThat(p.report().posted()).isEqualTo(new CiReport.Posted(null, null, true, 0));
        assertThat(p.report().exitCode()).isEqualTo(3);
        assertThat(CiReportJson.render(p.report())).contains("\"decision\": \"fail\"");
    }

    @Test
    void anUnreachableForgeIsReportedAndTheExitCodeStaysTheDecisions() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        Map<String, String> env = githubEnv(GITHUB_TOKEN);
        fake.close();
        CiEvent event = Reports.pullRequest(ForgeKind.GITHUB);

        CiPublisher.Publication p = publisher(CiConfig.defaults(), event, env).publish(Reports.passing(event));

        assertThat(p.messages()).hasSize(2).allSatisfy(m -> assertThat(m).startsWith("GitHub: cannot ")
                .contains(": cannot connect"));
        assertThat(p.report().exitCode()).isZero();
    }

    @Test
    void withoutATokenNothingIsPostedAndThatIsSaidOnce() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        Map<String, String> env = githubEnv(GITHUB_TOKEN);
        env.remove("GITHUB_TOKEN");
        CiEvent event = Reports.pullRequest(ForgeKind.GITHUB);

        CiPublisher.Publication p = publisher(CiConfig.defaults(), event, env).publish(Reports.failing(event));

        assertThat(p.messages()).singleElement().asString()
                .startsWith("no token in GITHUB_TOKEN: nothing posted to GitHub");
        assertThat(fake.requests()).isEmpty();
        assertThat(p.report().posted()).isEqualTo(new CiReport.Posted(null, null, true, 0));
        assertThat(p.report().exitCode()).isEqualTo(3);
    }

    @Test
    void aPushSetsTheStatusAndPostsNoComment() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        CiEvent push = new CiEvent(ForgeKind.GITHUB, CiMode.PUSH, "main", null, null, Reports.HEAD, null,
                "lightwave/firmware", "bench-1", null, List.of());

        CiPublisher.Publication p = publisher(CiConfig.defaults(), push, githubEnv(GITHUB_TOKEN)).publish(Reports.passing(push));

        assertThat(p.messages()).isEmpty();
        assertThat(p.report().posted()).isEqualTo(new CiReport.Posted(null, CommitState.SUCCESS, true, 0));
        assertThat(fake.requests()).singleElement().extracting(FakeForge.Request::path)
                .isEqualTo("/repos/lightwave/firmware/statuses/" + Reports.HEAD);
    }

    @Test
    void outsideCiNothingIsPostedAndNothingIsSaid() {
        CiPublisher.Publication p = publisher(CiConfig.defaults(), CiEvent.LOCAL, Map.of()).publish(Reports.passing(CiEvent.LOCAL));

        assertThat(p.messages()).isEmpty();
        assertThat(p.report().posted()).isEqualTo(CiReport.Posted.NOTHING);
    }

    @Test
    void aPendingStatusCanBeSetBeforeCollecting() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        CiEvent event = Reports.pullRequest(ForgeKind.GITHUB);

        assertThat(publisher(CiConfig.defaults(), event, githubEnv(GITHUB_TOKEN)).pending().ok()).isTrue();

        assertThat(fake.statuses()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo("pending");
            assertThat(s.context()).isEqualTo("lwos-bench/lwos-bench");
        });
    }

    /**
     * Everything a CI job leaves behind (requests, stderr lines, summary, JSON, Markdown, the printed
     * config, toStrings), after a good run, a refused token, a 5xx and a failing webhook: the token
     * appears only in the Authorization header of requests to the forge, the webhook URL only as the
     * address of requests to the webhook.
     */
    @Test
    void secretsAppearOnlyWhereTheyMustGo() throws Exception {
        fake = FakeForge.github(GITHUB_TOKEN);
        Path payload = dir.resolve("event.json");
        Files.writeString(payload, "{\"pull_request\": {\"number\": 12, \"head\": {\"sha\": \"" + Reports.HEAD
                + "\"}, \"base\": {\"sha\": \"" + Reports.BASE + "\"}}}");
        CiConfig config = ConfigReader.parse("""
                name: audio-pipeline
                notify:
                  - webhook_env: LWOS_BENCH_SLACK_WEBHOOK
                """, "lwos-bench.yml");
        Map<String, String> env = githubEnv(GITHUB_TOKEN);
        env.putAll(Map.of("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "pull_request", "GITHUB_BASE_REF", "main",
                "GITHUB_HEAD_REF", "feature/fft", "GITHUB_REPOSITORY", "lightwave/firmware",
                "GITHUB_EVENT_PATH", payload.toString(), "LWOS_BENCH_SLACK_WEBHOOK", fake.webhookUrl(HOOK_PATH)));
        CiEvent event = CiEvents.detect(env);
        List<String> outputs = new ArrayList<>();

        Forge forge = Forges.open(config, event, env, FAST::newClient, FAST);
        CiPublisher publisher = new CiPublisher(config, env, forge);
        CiPublisher.Publication ok = publisher.publish(Reports.failing(event));
        fake.failNext(502);
        CiPublisher.Publication retried = publisher.publish(Reports.passing(event));
        Map<String, String> wrong = new HashMap<>(env);
        wrong.put("GITHUB_TOKEN", GITHUB_TOKEN.replace("SECRET", "WRONG"));
        CiPublisher.Publication refused = new CiPublisher(config, wrong, Forges.open(config, event, wrong, FAST::newClient,
                FAST)).publish(Reports.failing(event));
        WebhookSender webhooks = new WebhookSender(FAST::newClient, FAST, env);
        NotifyTarget hook = config.webhooks().get(0);
        ForgeResult sent = webhooks.send(hook, "*avg_total_us* regressed", null);
        fake.webhookAnswers(404);
        ForgeResult failed = webhooks.send(hook, "*avg_total_us* regressed", null);

        for (CiPublisher.Publication p : List.of(ok, retried, refused)) {
            outputs.addAll(p.messages());
            outputs.add(CiReportJson.render(p.report()));
            outputs.add(CiReportMarkdown.render(p.report()));
            outputs.add(p.report().toString());
        }
        outputs.add(String.valueOf(sent.message()));
        outputs.add(failed.message());
        outputs.add(Files.readString(summary));
        outputs.add(ConfigPrinter.print(config, env));
        outputs.add(config.toString());
        outputs.add(event.toString());
        outputs.add(forge.toString());
        for (FakeForge.Comment c : fake.comments(12)) {
            outputs.add(c.body());
        }
        fake.statuses().forEach(s -> outputs.add(s.toString()));

        assertThat(sent.ok()).isTrue();
        assertThat(failed.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(refused.messages()).isNotEmpty();
        assertThat(outputs).allSatisfy(text -> assertThat(text)
                .doesNotContain(GITHUB_TOKEN).doesNotContain("SECRETgithub").doesNotContain("WRONGgithub")
                .doesNotContain(HOOK_PATH).doesNotContain("hookSECRET"));

        List<FakeForge.Request> requests = fake.requests();
        assertThat(requests).hasSizeGreaterThan(8);
        int tokenLines = 0;
        int hookLines = 0;
        for (FakeForge.Request r : requests) {
            boolean toHook = r.path().startsWith("/hooks/");
            for (String line : r.whole().split("\n")) {
                if (line.contains("SECRETgithub") || line.contains("WRONGgithub")) {
                    assertThat(toHook).as("a forge token in a request to the webhook: " + line).isFalse();
                    assertThat(line).startsWith("authorization: Bearer ghs_");
                    tokenLines++;
                }
                if (line.contains("hookSECRET")) {
                    assertThat(toHook).isTrue();
                    assertThat(line).isEqualTo("POST /hooks/" + HOOK_PATH);
                    hookLines++;
                }
            }
            if (toHook) {
                assertThat(r.header("Authorization")).isNull();
            }
        }
        assertThat(tokenLines).as("every forge request carries the token, once").isEqualTo(requests.size() - hookLines);
        assertThat(hookLines).as("two webhook requests: one accepted, one refused with 404, which is not retried")
                .isEqualTo(2);
    }
}
