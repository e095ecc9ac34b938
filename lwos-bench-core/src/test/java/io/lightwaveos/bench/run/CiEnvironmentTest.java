package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CiEnvironmentTest {

    static Stream<Arguments> providers() {
        return Stream.of(
                Arguments.of("github push", Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc", "GITHUB_REF_NAME",
                        "main", "GITHUB_HEAD_REF", "", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY",
                        "lightwave/firmware", "GITHUB_RUN_ID", "4242"),
                        new Vcs("0123abc", "main"), new CiBuild("github", "https://github.com/lightwave/firmware/actions/runs/4242")),
                Arguments.of("github pull request", Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc",
                        "GITHUB_REF_NAME", "17/merge", "GITHUB_HEAD_REF", "feature/dsp", "GITHUB_REPOSITORY",
                        "lightwave/firmware", "GITHUB_RUN_ID", "7"),
                        new Vcs("0123abc", "feature/dsp"), new CiBuild("github", "https://github.com/lightwave/firmware/actions/runs/7")),
                Arguments.of("gitlab", Map.of("GITLAB_CI", "true", "CI_COMMIT_SHA", "fedcba9", "CI_COMMIT_REF_NAME", "dev",
                        "CI_JOB_URL", "https://gitlab.example/lw/fw/-/jobs/99", "CI_PIPELINE_URL", "https://gitlab.example/p/1"),
                        new Vcs("fedcba9", "dev"), new CiBuild("gitlab", "https://gitlab.example/lw/fw/-/jobs/99")),
                Arguments.of("gitlab without job url", Map.of("GITLAB_CI", "true", "CI_COMMIT_SHA", "fedcba9",
                        "CI_COMMIT_REF_NAME", "dev", "CI_PIPELINE_URL", "https://gitlab.example/p/1"),
                        new Vcs("fedcba9", "dev"), new CiBuild("gitlab", "https://gitlab.example/p/1")),
                Arguments.of("jenkins", Map.of("JENKINS_URL", "https://ci.example/", "GIT_COMMIT", "a1b2c3d",
                        "GIT_BRANCH", "origin/release-2", "BUILD_URL", "https://ci.example/job/fw/12/"),
                        new Vcs("a1b2c3d", "release-2"), new CiBuild("jenkins", "https://ci.example/job/fw/12/")),
                Arguments.of("jenkins multibranch", Map.of("JENKINS_URL", "https://ci.example/", "GIT_COMMIT", "a1b2c3d",
                        "BRANCH_NAME", "main", "BUILD_URL", "https://ci.example/job/fw/13/"),
                        new Vcs("a1b2c3d", "main"), new CiBuild("jenkins", "https://ci.example/job/fw/13/")),
                Arguments.of("buildkite", Map.of("BUILDKITE", "true", "BUILDKITE_COMMIT", "9f8e7d6", "BUILDKITE_BRANCH",
                        "main", "BUILDKITE_BUILD_URL", "https://buildkite.com/lw/fw/builds/5"),
                        new Vcs("9f8e7d6", "main"), new CiBuild("buildkite", "https://buildkite.com/lw/fw/builds/5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void eachProvidersVariablesGiveCommitBranchAndBuild(String label, Map<String, String> env, Vcs vcs, CiBuild ci) {
        RunContext context = CiEnvironment.detect(env);
        assertThat(context.vcs()).isEqualTo(vcs);
        assertThat(context.ci()).isEqualTo(ci);
        assertThat(context.rig()).isNull();
        assertThat(context.device()).isEqualTo(DeviceInfo.EMPTY);
    }

    @Test
    void outsideCiNothingIsKnown() {
        assertThat(CiEnvironment.detect(Map.of("HOME", "/home/ana", "PATH", "/usr/bin", "GIT_COMMIT", "abc")))
                .isEqualTo(RunContext.EMPTY);
        assertThat(CiEnvironment.detect(Map.of("GITHUB_ACTIONS", "false", "GITHUB_SHA", "abc")))
                .isEqualTo(RunContext.EMPTY);
    }

    @Test
    void explicitOptionsWinOverTheEnvironment() {
        RunContext fromCi = CiEnvironment.detect(Map.of("GITLAB_CI", "true", "CI_COMMIT_SHA", "fedcba9",
                "CI_COMMIT_REF_NAME", "dev"));
        RunContext options = RunContext.EMPTY.withVcs(new Vcs(null, "hotfix"));
        RunContext merged = options.orElse(fromCi);
        assertThat(merged.vcs()).isEqualTo(new Vcs("fedcba9", "hotfix"));
        assertThat(merged.ci().provider()).isEqualTo("gitlab");
    }

    @Test
    void aGitHubPullRequestGivesItsNumberFromTheRefAndItsBaseBranchAndTheRunnerIsTheRig() {
        RunContext context = CiEnvironment.detect(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc",
                "GITHUB_REF", "refs/pull/17/merge", "GITHUB_HEAD_REF", "feature/dsp", "GITHUB_BASE_REF", "main",
                "GITHUB_EVENT_NAME", "pull_request", "RUNNER_NAME", "bench-rig-2"), path -> {
                    throw new AssertionError("the ref says it all; no payload is read");
                });
        assertThat(context.vcs()).isEqualTo(new Vcs("0123abc", "feature/dsp", 17L, "main"));
        assertThat(context.vcs().isPullRequest()).isTrue();
        assertThat(context.rig()).isEqualTo("bench-rig-2");
    }

    @Test
    void aGitHubPushIsNoPullRequest() {
        RunContext context = CiEnvironment.detect(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc",
                "GITHUB_REF", "refs/heads/main", "GITHUB_REF_NAME", "main", "GITHUB_EVENT_NAME", "push"));
        assertThat(context.vcs()).isEqualTo(new Vcs("0123abc", "main"));
        assertThat(context.vcs().isPullRequest()).isFalse();
    }

    @Test
    void aPullRequestTargetEventTakesNumberAndBaseFromTheEventPayload(@TempDir Path dir) throws IOException {
        Path event = dir.resolve("event.json");
        Files.writeString(event, "{\"action\": \"synchronize\", \"number\": 42, \"pull_request\": {\"number\": 42,"
                + " \"base\": {\"ref\": \"release-3\", \"sha\": \"aaa\"}, \"head\": {\"ref\": \"fix/x\"}}}",
                StandardCharsets.UTF_8);
        Map<String, String> env = new HashMap<>(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123abc",
                "GITHUB_REF", "refs/heads/release-3", "GITHUB_HEAD_REF", "fix/x", "GITHUB_EVENT_NAME",
                "pull_request_target", "GITHUB_EVENT_PATH", event.toString()));
        assertThat(CiEnvironment.detect(env).vcs()).isEqualTo(new Vcs("0123abc", "fix/x", 42L, "release-3"));

        env.put("GITHUB_EVENT_PATH", dir.resolve("missing.json").toString());
        assertThat(CiEnvironment.detect(env).vcs()).as("an unreadable payload leaves the number unknown")
                .isEqualTo(new Vcs("0123abc", "fix/x"));
        Files.writeString(event, "{not json", StandardCharsets.UTF_8);
        env.put("GITHUB_EVENT_PATH", event.toString());
        assertThat(CiEnvironment.detect(env).vcs().pullRequest()).isNull();
    }

    @Test
    void aGitLabMergeRequestGivesItsIidAndTargetBranchAndTheRunnerDescriptionIsTheRig() {
        RunContext context = CiEnvironment.detect(Map.of("GITLAB_CI", "true", "CI_COMMIT_SHA", "fedcba9",
                "CI_COMMIT_REF_NAME", "feature/fft", "CI_MERGE_REQUEST_IID", "311",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main", "CI_RUNNER_DESCRIPTION", "esp32-bench-1"));
        assertThat(context.vcs()).isEqualTo(new Vcs("fedcba9", "feature/fft", 311L, "main"));
        assertThat(context.rig()).isEqualTo("esp32-bench-1");
    }

    @Test
    void requestNumbersThatAreNotWholeNumbersOfOneOrMoreAreUnknown() {
        for (String iid : new String[] {"0", "-3", "12a", "99999999999999999999", " "}) {
            RunContext context = CiEnvironment.detect(Map.of("GITLAB_CI", "true", "CI_MERGE_REQUEST_IID", iid));
            assertThat(context.vcs().pullRequest()).as(iid).isNull();
        }
        assertThat(CiEnvironment.detect(Map.of("BUILDKITE", "true", "BUILDKITE_PULL_REQUEST", "false")).vcs()
                .pullRequest()).isNull();
        assertThat(CiEnvironment.detect(Map.of("BUILDKITE", "true", "BUILDKITE_PULL_REQUEST", "8",
                "BUILDKITE_PULL_REQUEST_BASE_BRANCH", "main")).vcs()).isEqualTo(new Vcs(null, null, 8L, "main"));
        assertThat(CiEnvironment.detect(Map.of("JENKINS_URL", "https://ci.example/", "CHANGE_ID", "5",
                "CHANGE_TARGET", "main")).vcs()).isEqualTo(new Vcs(null, null, 5L, "main"));
    }

    @Test
    void theRigFromLwosBenchRigOrAnOptionWinsOverTheRunnersName() {
        RunContext ci = CiEnvironment.detect(Map.of("GITHUB_ACTIONS", "true", "RUNNER_NAME", "runner-7"));
        assertThat(RunContext.EMPTY.withRig("bench-1").orElse(ci).rig()).isEqualTo("bench-1");
        assertThat(RunContext.EMPTY.orElse(ci).rig()).isEqualTo("runner-7");
    }
}
