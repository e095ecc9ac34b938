package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigReader;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.CiMode;
import io.lightwaveos.bench.ci.event.ForgeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitLabForgeTest {

    static final String TOKEN = "glpat-FAKEtoken0123456789";
    static final String SHA = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

    private FakeForge fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeForge.gitlab(TOKEN);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Forge forge(CiConfig config, Map<String, String> env, String project, Long iid) {
        CiEvent event = new CiEvent(ForgeKind.GITLAB, iid == null ? CiMode.PUSH : CiMode.PULL_REQUEST, "feature/fft",
                "main", iid, SHA, null, project, "bench-1", null, List.of());
        return Forges.open(config, event, env, GitHubForgeTest.FAST::newClient, GitHubForgeTest.FAST);
    }

    private Forge forge(Long iid) {
        return forge(CiConfig.defaults(), Map.of("LWOS_BENCH_GITLAB_TOKEN", TOKEN, "CI_API_V4_URL", fake.apiUrl()),
                "4711", iid);
    }

    @Test
    void noteIsCreatedOnTheFirstPostAndUpdatedInPlaceOnTheSecond() {
        fake.seedComment(5, "assigned to @anna", true);
        Forge forge = forge(5L);
        String marker = CiConfig.defaults().marker();

        ForgeResult first = forge.upsertComment(marker, "first report");
        ForgeResult second = forge.upsertComment(marker, "second report");

        assertThat(first.outcome()).isEqualTo(ForgeResult.Outcome.CREATED);
        assertThat(second.outcome()).isEqualTo(ForgeResult.Outcome.UPDATED);
        assertThat(fake.comments(5)).hasSize(2);
        assertThat(fake.comments(5).get(1).body()).isEqualTo(marker + "\nsecond report");
        List<FakeForge.Request> requests = fake.requests();
        assertThat(requests).extracting(FakeForge.Request::method).containsExactly("GET", "POST", "GET", "PUT");
        assertThat(requests.get(0).path()).isEqualTo("/api/v4/projects/4711/merge_requests/5/notes");
        assertThat(requests.get(0).query()).isEqualTo("sort=asc&order_by=created_at&per_page=100&page=1");
        assertThat(requests.get(1).header("PRIVATE-TOKEN")).isEqualTo(TOKEN);
        assertThat(requests.get(1).header("Authorization")).isNull();
        assertThat(requests.get(3).path()).isEqualTo("/api/v4/projects/4711/merge_requests/5/notes/"
                + fake.comments(5).get(1).id());
    }

    @Test
    void theMarkedNoteIsFoundOnALaterPageAndSystemNotesAreSkipped() {
        String marker = CiConfig.defaults().marker();
        fake.seedComment(9, "changed the description: " + marker, true);
        for (int i = 0; i < 120; i++) {
            fake.seedComment(9, "note " + i, false);
        }
        long ours = fake.seedComment(9, marker + "\nold", false);

        ForgeResult r = forge(9L).upsertComment(marker, "new");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.UPDATED);
        assertThat(fake.comments(9)).filteredOn(c -> c.id() == ours).singleElement()
                .extracting(FakeForge.Comment::body).isEqualTo(marker + "\nnew");
        assertThat(fake.comments(9).get(0).body()).isEqualTo("changed the description: " + marker);
        assertThat(fake.requests()).extracting(FakeForge.Request::query).containsExactly(
                "sort=asc&order_by=created_at&per_page=100&page=1", "sort=asc&order_by=created_at&per_page=100&page=2", null);
    }

    @Test
    void commitStatusIsSetToFailedThenSuccessWithTheContextAsName() {
        Forge forge = forge(null);

        forge.setStatus("lwos-bench/audio", CommitState.FAILURE, "fail: avg_total_us +10.0 %", "https://gitlab.com/x/-/jobs/1");
        forge.setStatus("lwos-bench/audio", CommitState.SUCCESS, "pass", null);

        assertThat(fake.statuses()).containsExactly(
                new FakeForge.Status(SHA, "failed", "lwos-bench/audio", "fail: avg_total_us +10.0 %",
                        "https://gitlab.com/x/-/jobs/1"),
                new FakeForge.Status(SHA, "success", "lwos-bench/audio", "pass", null));
        assertThat(fake.requests().get(0).path()).isEqualTo("/api/v4/projects/4711/statuses/" + SHA);
    }

    @Test
    void aProjectPathIsEncodedAsOnePathSegment() {
        forge(CiConfig.defaults(), Map.of("LWOS_BENCH_GITLAB_TOKEN", TOKEN, "CI_API_V4_URL", fake.apiUrl()),
                "lightwave/firmware", null).setStatus("lwos-bench/x", CommitState.SUCCESS, "pass", null);

        assertThat(fake.requests().get(0).path()).isEqualTo("/api/v4/projects/lightwave%2Ffirmware/statuses/" + SHA);
    }

    @Test
    void aRefusedTokenSaysWhichVariableAndWhatTokenIsNeeded() {
        ForgeResult r = forge(CiConfig.defaults(), Map.of("LWOS_BENCH_GITLAB_TOKEN", "glpat-wrong", "CI_API_V4_URL",
                fake.apiUrl()), "4711", 5L).upsertComment("<!-- m -->", "report");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).isEqualTo("GitLab: cannot list the merge request comments: HTTP 401 (401 Unauthorized); "
                + "the token in LWOS_BENCH_GITLAB_TOKEN was refused; it must be a project or personal access token with "
                + "the api scope");
    }

    @Test
    void theJobTokenGoesInItsOwnHeaderAndARefusalExplainsItsLimits() {
        CiConfig config = ConfigReader.parse("forge:\n  gitlab: {token_env: CI_JOB_TOKEN}\n", "lwos-bench.yml");
        Forge forge = forge(config, Map.of("CI_JOB_TOKEN", "job-token-wrong", "CI_API_V4_URL", fake.apiUrl()), "4711", 5L);

        ForgeResult r = forge.setStatus("lwos-bench/x", CommitState.SUCCESS, "pass", null);

        assertThat(fake.requests().get(0).header("JOB-TOKEN")).isEqualTo("job-token-wrong");
        assertThat(fake.requests().get(0).header("PRIVATE-TOKEN")).isNull();
        assertThat(r.message()).contains("a CI job token may neither comment on merge requests nor set commit statuses")
                .doesNotContain("job-token-wrong");
    }

    @Test
    void aServerErrorIsRetriedExactlyOnce() {
        fake.failNext(500);

        ForgeResult r = forge(5L).upsertComment("<!-- m -->", "report");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.CREATED);
        assertThat(fake.requests()).extracting(FakeForge.Request::method).containsExactly("GET", "GET", "POST");
    }

    @Test
    void withoutTheApiUrlNothingIsSent() {
        Forge forge = forge(CiConfig.defaults(), Map.of("LWOS_BENCH_GITLAB_TOKEN", TOKEN), "4711", 5L);

        assertThat(forge.available()).isFalse();
        assertThat(forge.unavailableReason()).isEqualTo("CI_API_V4_URL is not set: nothing posted to GitLab");
    }
}
