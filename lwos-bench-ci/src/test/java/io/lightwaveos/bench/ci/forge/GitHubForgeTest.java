package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.CiMode;
import io.lightwaveos.bench.ci.event.ForgeKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitHubForgeTest {

    static final String TOKEN = "ghs_FAKEtoken0123456789abcdefXYZ";
    static final String SHA = "3f2c1a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";
    static final HttpSettings FAST = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ZERO);

    private FakeForge fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeForge.github(TOKEN);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Forge forge(String token, Long number) {
        CiEvent event = new CiEvent(ForgeKind.GITHUB, number == null ? CiMode.PUSH : CiMode.PULL_REQUEST, "feature/fft",
                "main", number, SHA, null, "lightwave/firmware", "bench-1", null, List.of());
        Map<String, String> env = Map.of("GITHUB_TOKEN", token, "GITHUB_API_URL", fake.apiUrl());
        return Forges.open(CiConfig.defaults(), event, env, FAST::newClient, FAST);
    }

    @Test
    void commentIsCreatedOnTheFirstPostAndUpdatedInPlaceOnTheSecond() {
        fake.seedComment(12, "LGTM", false);
        Forge forge = forge(TOKEN, 12L);
        String marker = CiConfig.defaults().marker();

        ForgeResult first = forge.upsertComment(marker, "first report");
        ForgeResult second = forge.upsertComment(marker, "second report");

        assertThat(first.outcome()).isEqualTo(ForgeResult.Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(ForgeResult.Outcome.UPDATED);
        assertThat(fake.comments(12)).hasSize(2);
        assertThat(fake.comments(12).get(0).body()).isEqualTo("LGTM");
        assertThat(fake.comments(12).get(1).body()).isEqualTo(marker + "\nsecond report");
        assertThat(fake.requests()).extracting(FakeForge.Request::method)
                .containsExactly("GET", "POST", "GET", "PATCH");
        FakeForge.Request create = fake.requests().get(1);
        assertThat(create.path()).isEqualTo("/repos/lightwave/firmware/issues/12/comments");
        assertThat(create.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(create.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(create.header("User-Agent")).isEqualTo("lwos-bench");
        assertThat(fake.requests().get(3).path()).isEqualTo("/repos/lightwave/firmware/issues/comments/"
                + fake.comments(12).get(1).id());
    }

    @Test
    void theMarkedCommentIsFoundOnALaterPageAndOnlyItIsUpdated() {
        for (int i = 0; i < 150; i++) {
            fake.seedComment(7, "comment " + i, false);
        }
        String marker = CiConfig.defaults().marker();
        long ours = fake.seedComment(7, marker + "\nold report", false);
        fake.seedComment(7, "<!-- lwos-bench:other -->\nanother config's report", false);

        ForgeResult r = forge(TOKEN, 7L).upsertComment(marker, "new report");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.UPDATED);
        assertThat(fake.comments(7)).hasSize(152);
        assertThat(fake.comments(7)).filteredOn(c -> c.id() == ours).singleElement()
                .extracting(FakeForge.Comment::body).isEqualTo(marker + "\nnew report");
        assertThat(fake.requests()).extracting(FakeForge.Request::query)
                .containsExactly("per_page=100", "per_page=100&page=2", null);
    }

    @Test
    void aNextPageLinkToAnotherHostIsNotFollowed() {
        for (int i = 0; i < 120; i++) {
            fake.seedComment(3, "comment " + i, false);
        }
        fake.nextLinksTo("https://evil.example");

        ForgeResult r = forge(TOKEN, 3L).upsertComment(CiConfig.defaults().marker(), "report");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).contains("refused to send a request to another host");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void commitStatusIsSetToFailureThenSuccessOnTheMeasuredCommit() {
        Forge forge = forge(TOKEN, 12L);

        assertThat(forge.setStatus("lwos-bench/audio", CommitState.FAILURE, "fail: avg_total_us +10.0 %",
                "https://github.com/lightwave/firmware/actions/runs/1").ok()).isTrue();
        assertThat(forge.setStatus("lwos-bench/audio", CommitState.SUCCESS, "pass: 5 measures within thresholds",
                null).ok()).isTrue();

        assertThat(fake.statuses()).containsExactly(
                new FakeForge.Status(SHA, "failure", "lwos-bench/audio", "fail: avg_total_us +10.0 %",
                        "https://github.com/lightwave/firmware/actions/runs/1"),
                new FakeForge.Status(SHA, "success", "lwos-bench/audio", "pass: 5 measures within thresholds", null));
        assertThat(fake.requests().get(0).path()).isEqualTo("/repos/lightwave/firmware/statuses/" + SHA);
    }

    @Test
    void aLongStatusDescriptionIsCutTo140Characters() {
        forge(TOKEN, null).setStatus("lwos-bench/x", CommitState.SUCCESS, "w".repeat(300), null);

        assertThat(fake.statuses().get(0).description()).hasSize(140).endsWith("…");
    }

    @Test
    void aRefusedTokenIsOneClearLineNamingTheVariableNeverTheToken() {
        Forge forge = forge("ghs_WRONGtoken", 12L);

        ForgeResult comment = forge.upsertComment(CiConfig.defaults().marker(), "report");
        ForgeResult status = forge.setStatus("lwos-bench/x", CommitState.FAILURE, "fail", null);

        assertThat(comment.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(comment.message())
                .isEqualTo("GitHub: cannot list the pull request comments: HTTP 401 (Bad credentials); the token in "
                        + "GITHUB_TOKEN was refused; check that secret")
                .doesNotContain("ghs_WRONGtoken").doesNotContain("\n");
        assertThat(status.message()).startsWith("GitHub: cannot set the commit status: HTTP 401");
    }

    @Test
    void aServerErrorIsRetriedExactlyOnce() {
        fake.failNext(502);

        ForgeResult r = forge(TOKEN, 12L).setStatus("lwos-bench/x", CommitState.SUCCESS, "pass", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SENT);
        assertThat(fake.requests()).hasSize(2);
        assertThat(fake.statuses()).hasSize(1);
    }

    @Test
    void twoServerErrorsInARowFailAfterExactlyOneRetry() {
        fake.failNext(503, 503, 503);

        ForgeResult r = forge(TOKEN, 12L).setStatus("lwos-bench/x", CommitState.SUCCESS, "pass", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).isEqualTo("GitHub: cannot set the commit status: HTTP 503 (Server Error)");
        assertThat(fake.requests()).hasSize(2);
        assertThat(fake.statuses()).isEmpty();
    }

    @Test
    void aClientErrorIsNotRetried() {
        Forge forge = forge(TOKEN, 12L);
        fake.failNext(422);

        ForgeResult r = forge.setStatus("lwos-bench/x", CommitState.SUCCESS, "pass", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void aReportOf70000CharactersIsCutUnderGitHubsLimitWithANote() {
        StringBuilder report = new StringBuilder();
        while (report.length() < 70_000) {
            report.append("| `avg_total_us` | 160.00 µs | 176.00 µs | +10.0 % | regressed | **fail** |\n");
        }
        String marker = CiConfig.defaults().marker();

        ForgeResult r = forge(TOKEN, 12L).upsertComment(marker, report.toString());

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.CREATED);
        String posted = fake.comments(12).get(0).body();
        assertThat(posted.length()).isLessThanOrEqualTo(BodyLimit.GITHUB_COMMENT).isGreaterThan(60_000);
        assertThat(posted).startsWith(marker + "\n")
                .contains("> **Cut:** this report of " + String.format(java.util.Locale.ROOT, "%,d",
                        marker.length() + 1 + report.length()) + " characters was cut here")
                .contains("the GitHub comment limit (65,536 characters)");
        assertThat(posted.substring(0, posted.indexOf("\n\n> **Cut:**"))).endsWith("| **fail** |");
    }

    @Test
    void withoutAPullRequestNoCommentIsPostedAndThatIsSaid() {
        ForgeResult r = forge(TOKEN, null).upsertComment(CiConfig.defaults().marker(), "report");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SKIPPED);
        assertThat(r.message()).contains("not a pull request");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void withoutATokenTheForgeIsUnavailableAndSaysWhichVariable() {
        CiEvent event = new CiEvent(ForgeKind.GITHUB, CiMode.PULL_REQUEST, "f", "main", 1L, SHA, null, "o/r", null, null,
                List.of());

        Forge forge = Forges.open(CiConfig.defaults(), event, Map.of("GITHUB_API_URL", fake.apiUrl()), FAST::newClient, FAST);

        assertThat(forge.available()).isFalse();
        assertThat(forge.unavailableReason()).startsWith("no token in GITHUB_TOKEN: nothing posted to GitHub");
        assertThat(forge.upsertComment("m", "b").outcome()).isEqualTo(ForgeResult.Outcome.SKIPPED);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aPlainHttpApiOnAnotherHostIsRefusedBeforeAnyTokenIsSent() {
        CiEvent event = new CiEvent(ForgeKind.GITHUB, CiMode.PUSH, "main", null, null, SHA, null, "o/r", null, null,
                List.of());

        Forge forge = Forges.open(CiConfig.defaults(), event,
                Map.of("GITHUB_TOKEN", TOKEN, "GITHUB_API_URL", "http://api.example.com"), FAST::newClient, FAST);

        assertThat(forge.available()).isFalse();
        assertThat(forge.unavailableReason()).contains("plain http:// to a host that is not this machine");
        assertThat(forge.toString()).doesNotContain(TOKEN);
    }

    @Test
    void theForgesDescriptionNamesTheVariableNotTheToken() {
        assertThat(forge(TOKEN, 12L).toString()).contains("GITHUB_TOKEN=(hidden)").doesNotContain(TOKEN);
    }
}
