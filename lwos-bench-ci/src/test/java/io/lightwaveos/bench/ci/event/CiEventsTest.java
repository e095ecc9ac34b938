package io.lightwaveos.bench.ci.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiEventsTest {

    static final String HEAD = "3f2c1a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";
    static final String MERGE = "1111111111111111111111111111111111111111";
    static final String BASE = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";

    @TempDir
    Path dir;

    private static Map<String, String> env(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, String> github(String... kv) {
        Map<String, String> m = env("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "lightwave/firmware",
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_RUN_ID", "77", "RUNNER_NAME", "bench-rig-1");
        m.putAll(env(kv));
        return m;
    }

    @Test
    void aGitHubPushToABranch() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "push", "GITHUB_REF", "refs/heads/main",
                "GITHUB_REF_NAME", "main", "GITHUB_REF_TYPE", "branch", "GITHUB_SHA", HEAD));

        assertThat(e).isEqualTo(new CiEvent(ForgeKind.GITHUB, CiMode.PUSH, "main", null, null, HEAD, null,
                "lightwave/firmware", "bench-rig-1", "https://github.com/lightwave/firmware/actions/runs/77", List.of()));
        assertThat(e.describe()).isEqualTo("push to main at 3f2c1a9");
    }

    @Test
    void aGitHubPullRequestReadsNumberHeadAndBaseFromTheEventPayload() throws Exception {
        Path payload = dir.resolve("event.json");
        Files.writeString(payload, """
                {"action": "synchronize", "number": 12,
                 "pull_request": {"number": 12,
                   "head": {"ref": "feature/fft", "sha": "%s"},
                   "base": {"ref": "main", "sha": "%s"}}}
                """.formatted(HEAD, BASE));

        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "pull_request", "GITHUB_REF", "refs/pull/12/merge",
                "GITHUB_REF_NAME", "12/merge", "GITHUB_HEAD_REF", "feature/fft", "GITHUB_BASE_REF", "main",
                "GITHUB_SHA", MERGE, "GITHUB_EVENT_PATH", payload.toString()));

        assertThat(e.mode()).isEqualTo(CiMode.PULL_REQUEST);
        assertThat(e.changeNumber()).isEqualTo(12L);
        assertThat(e.branch()).isEqualTo("feature/fft");
        assertThat(e.baseBranch()).isEqualTo("main");
        assertThat(e.commit()).as("the head commit, not the test merge commit").isEqualTo(HEAD);
        assertThat(e.baseCommit()).isEqualTo(BASE);
        assertThat(e.notes()).isEmpty();
        assertThat(e.describe()).isEqualTo("pull request #12 (feature/fft → main) at 3f2c1a9, base 9b8a7c6");
    }

    @Test
    void withoutAPayloadAGitHubPullRequestFallsBackToTheRefAndSaysSo() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "pull_request_target", "GITHUB_REF", "refs/pull/34/merge",
                "GITHUB_HEAD_REF", "fix", "GITHUB_BASE_REF", "develop", "GITHUB_SHA", MERGE));

        assertThat(e.changeNumber()).isEqualTo(34L);
        assertThat(e.commit()).isEqualTo(MERGE);
        assertThat(e.baseCommit()).isNull();
        assertThat(e.notes()).containsExactly(
                "no pull_request.head.sha in the event payload: using GITHUB_SHA, the test merge commit");
    }

    @Test
    void anUnreadablePayloadIsANoteNotAFailure() throws Exception {
        Path payload = dir.resolve("event.json");
        Files.writeString(payload, "{not json");

        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "pull_request", "GITHUB_BASE_REF", "main",
                "GITHUB_HEAD_REF", "x", "GITHUB_SHA", MERGE, "GITHUB_EVENT_PATH", payload.toString()));

        assertThat(e.mode()).isEqualTo(CiMode.PULL_REQUEST);
        assertThat(e.changeNumber()).isNull();
        assertThat(e.notes()).hasSize(3).first().asString()
                .startsWith("cannot read the event payload GITHUB_EVENT_PATH (" + payload + "): ");
        assertThat(e.notes().get(1)).contains("no comment can be posted");
    }

    @Test
    void aGitHubTagPushHasNoBranch() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "push", "GITHUB_REF", "refs/tags/v1.2",
                "GITHUB_REF_NAME", "v1.2", "GITHUB_REF_TYPE", "tag", "GITHUB_SHA", HEAD));

        assertThat(e.mode()).isEqualTo(CiMode.PUSH);
        assertThat(e.branch()).isNull();
        assertThat(e.notes()).containsExactly("GITHUB_REF refs/tags/v1.2 is not a branch: no branch");
    }

    @Test
    void aScheduledGitHubRunIsAPushOfItsBranch() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "schedule", "GITHUB_REF", "refs/heads/main",
                "GITHUB_SHA", HEAD));

        assertThat(e.mode()).isEqualTo(CiMode.PUSH);
        assertThat(e.branch()).isEqualTo("main");
    }

    @Test
    void aGitLabMergeRequest() {
        CiEvent e = CiEvents.detect(env("GITLAB_CI", "true", "CI_PIPELINE_SOURCE", "merge_request_event",
                "CI_MERGE_REQUEST_IID", "5", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "feature/fft",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main", "CI_MERGE_REQUEST_DIFF_BASE_SHA", BASE,
                "CI_COMMIT_SHA", HEAD, "CI_COMMIT_REF_NAME", "feature/fft", "CI_PROJECT_ID", "4711",
                "CI_RUNNER_DESCRIPTION", "esp32-rig-2", "CI_JOB_URL", "https://gitlab.com/x/-/jobs/9"));

        assertThat(e).isEqualTo(new CiEvent(ForgeKind.GITLAB, CiMode.PULL_REQUEST, "feature/fft", "main", 5L, HEAD, BASE,
                "4711", "esp32-rig-2", "https://gitlab.com/x/-/jobs/9", List.of()));
        assertThat(e.describe()).isEqualTo("merge request !5 (feature/fft → main) at 3f2c1a9, base 9b8a7c6");
    }

    @Test
    void aMergedResultsPipelineReportsOnTheSourceBranchCommit() {
        CiEvent e = CiEvents.detect(env("GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", "5",
                "CI_MERGE_REQUEST_SOURCE_BRANCH_SHA", HEAD, "CI_COMMIT_SHA", MERGE, "CI_PROJECT_ID", "4711"));

        assertThat(e.commit()).isEqualTo(HEAD);
    }

    @Test
    void aGitLabPushAndATagPipeline() {
        CiEvent push = CiEvents.detect(env("GITLAB_CI", "true", "CI_PIPELINE_SOURCE", "push", "CI_COMMIT_BRANCH", "main",
                "CI_COMMIT_REF_NAME", "main", "CI_COMMIT_SHA", HEAD, "CI_PROJECT_PATH", "lightwave/firmware"));
        CiEvent tag = CiEvents.detect(env("GITLAB_CI", "true", "CI_COMMIT_TAG", "v1", "CI_COMMIT_REF_NAME", "v1",
                "CI_COMMIT_SHA", HEAD));

        assertThat(push.mode()).isEqualTo(CiMode.PUSH);
        assertThat(push.branch()).isEqualTo("main");
        assertThat(push.repository()).isEqualTo("lightwave/firmware");
        assertThat(tag.branch()).isNull();
    }

    @Test
    void valuesOfTheWrongShapeAreLeftUnknownWithANote() {
        CiEvent e = CiEvents.detect(env("GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", "five", "CI_COMMIT_SHA", "HEAD~1",
                "CI_PROJECT_ID", "../../admin"));

        assertThat(e.changeNumber()).isNull();
        assertThat(e.commit()).isNull();
        assertThat(e.repository()).isNull();
        assertThat(e.notes()).containsExactly(
                "CI_PROJECT_ID ../../admin is not a project id: left unknown",
                "CI_MERGE_REQUEST_IID five is not a number: no comment can be posted",
                "CI_COMMIT_SHA HEAD~1 is not a commit id: left unknown");
    }

    @Test
    void repositoryNamesCannotClimbTheApiPath() {
        assertThat(CiEvents.detect(github("GITHUB_REPOSITORY", "../admin")).repository()).isNull();
        assertThat(CiEvents.detect(github("GITHUB_REPOSITORY", "lightwave/..")).repository()).isNull();
        assertThat(CiEvents.detect(github("GITHUB_REPOSITORY", "lightwave/.github")).repository())
                .isEqualTo("lightwave/.github");
        assertThat(CiEvents.detect(env("GITLAB_CI", "true", "CI_PROJECT_PATH", "group/sub/../x")).repository()).isNull();
        assertThat(CiEvents.detect(env("GITLAB_CI", "true", "CI_PROJECT_PATH", "group/sub/x.y")).repository())
                .isEqualTo("group/sub/x.y");
    }

    @Test
    void anotherCiIsAPushWithNothingToPostTo() {
        CiEvent e = CiEvents.detect(env("JENKINS_URL", "https://ci.example.com", "GIT_COMMIT", HEAD,
                "GIT_BRANCH", "origin/main", "BUILD_URL", "https://ci.example.com/job/1"));

        assertThat(e.forge()).isEqualTo(ForgeKind.NONE);
        assertThat(e.mode()).isEqualTo(CiMode.PUSH);
        assertThat(e.branch()).isEqualTo("main");
        assertThat(e.commit()).isEqualTo(HEAD);
    }

    @Test
    void outsideCiNothingIsKnown() {
        assertThat(CiEvents.detect(Map.of())).isEqualTo(CiEvent.LOCAL);
    }

    @Test
    void blankVariablesCountAsUnset() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "push", "GITHUB_BASE_REF", "", "GITHUB_REF",
                "refs/heads/dev", "RUNNER_NAME", "  "));

        assertThat(e.mode()).isEqualTo(CiMode.PUSH);
        assertThat(e.runner()).isNull();
    }

    @Test
    void aMergeBaseFromGitReplacesTheBaseCommit() {
        CiEvent e = CiEvents.detect(github("GITHUB_EVENT_NAME", "pull_request", "GITHUB_BASE_REF", "main",
                "GITHUB_REF", "refs/pull/1/merge"));

        assertThat(e.withBaseCommit(BASE).baseCommit()).isEqualTo(BASE);
    }
}
