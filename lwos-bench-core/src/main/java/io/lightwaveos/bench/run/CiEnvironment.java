package io.lightwaveos.bench.run;

import java.util.Map;
import java.util.Objects;

/**
 * Reads the commit, branch and build of a CI job from its environment variables (SPEC §3), so a
 * run collected in CI carries them without options. Takes the environment as a map (pass
 * {@code System.getenv()}); it never reads the process environment itself.
 *
 * <table>
 *   <caption>What each provider sets</caption>
 *   <tr><th>provider</th><th>detected by</th><th>commit</th><th>branch</th><th>build URL</th></tr>
 *   <tr><td>{@code github}</td><td>{@code GITHUB_ACTIONS=true}</td><td>{@code GITHUB_SHA}</td>
 *       <td>{@code GITHUB_HEAD_REF} (pull requests), else {@code GITHUB_REF_NAME}</td>
 *       <td>{@code GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID}</td></tr>
 *   <tr><td>{@code gitlab}</td><td>{@code GITLAB_CI=true}</td><td>{@code CI_COMMIT_SHA}</td>
 *       <td>{@code CI_COMMIT_REF_NAME}</td><td>{@code CI_JOB_URL}, else {@code CI_PIPELINE_URL}</td></tr>
 *   <tr><td>{@code buildkite}</td><td>{@code BUILDKITE=true}</td><td>{@code BUILDKITE_COMMIT}</td>
 *       <td>{@code BUILDKITE_BRANCH}</td><td>{@code BUILDKITE_BUILD_URL}</td></tr>
 *   <tr><td>{@code jenkins}</td><td>{@code JENKINS_URL}, or {@code GIT_COMMIT} with {@code BUILD_URL}</td>
 *       <td>{@code GIT_COMMIT}</td><td>{@code GIT_BRANCH} without a leading {@code origin/}, else
 *       {@code BRANCH_NAME}</td><td>{@code BUILD_URL}</td></tr>
 * </table>
 * The first provider detected, in the order of the table, is used. Blank variables count as unset.
 */
public final class CiEnvironment {

    private CiEnvironment() {
    }

    /**
     * The context that the CI environment tells: {@link RunContext#vcs()} and {@link RunContext#ci()},
     * everything else unknown; {@link RunContext#EMPTY} outside a known CI.
     *
     * @param env environment variables, name → value
     */
    public static RunContext detect(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        if ("true".equalsIgnoreCase(value(env, "GITHUB_ACTIONS"))) {
            String branch = value(env, "GITHUB_HEAD_REF");
            String url = null;
            if (value(env, "GITHUB_REPOSITORY") != null && value(env, "GITHUB_RUN_ID") != null) {
                String server = value(env, "GITHUB_SERVER_URL");
                url = (server != null ? server : "https://github.com") + "/" + value(env, "GITHUB_REPOSITORY")
                        + "/actions/runs/" + value(env, "GITHUB_RUN_ID");
            }
            return context("github", value(env, "GITHUB_SHA"),
                    branch != null ? branch : value(env, "GITHUB_REF_NAME"), url);
        }
        if ("true".equalsIgnoreCase(value(env, "GITLAB_CI"))) {
            String url = value(env, "CI_JOB_URL");
            return context("gitlab", value(env, "CI_COMMIT_SHA"), value(env, "CI_COMMIT_REF_NAME"),
                    url != null ? url : value(env, "CI_PIPELINE_URL"));
        }
        if ("true".equalsIgnoreCase(value(env, "BUILDKITE"))) {
            return context("buildkite", value(env, "BUILDKITE_COMMIT"), value(env, "BUILDKITE_BRANCH"),
                    value(env, "BUILDKITE_BUILD_URL"));
        }
        if (value(env, "JENKINS_URL") != null
                || (value(env, "GIT_COMMIT") != null && value(env, "BUILD_URL") != null)) {
            String branch = value(env, "GIT_BRANCH");
            if (branch != null && branch.startsWith("origin/")) {
                branch = branch.substring("origin/".length());
            }
            return context("jenkins", value(env, "GIT_COMMIT"), branch != null ? branch : value(env, "BRANCH_NAME"),
                    value(env, "BUILD_URL"));
        }
        return RunContext.EMPTY;
    }

    private static RunContext context(String provider, String commit, String branch, String buildUrl) {
        return RunContext.EMPTY.withVcs(new Vcs(commit, branch)).withCi(new CiBuild(provider, buildUrl));
    }

    private static String value(Map<String, String> env, String name) {
        return Texts.blankToNull(env.get(name));
    }
}
