package io.lightwaveos.bench.ci.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which environment variables hold the forges' API tokens ({@code forge:} in the config). The API
 * URLs come from the CI's own variables ({@code GITHUB_API_URL}, {@code CI_API_V4_URL}); the tokens,
 * secrets, are read from the environment when a request is sent and never printed.
 *
 * @param githubTokenEnv the variable holding the GitHub token (default {@code GITHUB_TOKEN})
 * @param gitlabTokenEnv the variable holding the GitLab token (default {@code LWOS_BENCH_GITLAB_TOKEN}); a
 *                       project access token with the {@code api} scope, since a job token may neither
 *                       comment nor set statuses
 */
public record ForgeSettings(String githubTokenEnv, String gitlabTokenEnv) {

    /** The defaults: {@code GITHUB_TOKEN} and {@code LWOS_BENCH_GITLAB_TOKEN}. */
    public static final ForgeSettings DEFAULTS = new ForgeSettings("GITHUB_TOKEN", "LWOS_BENCH_GITLAB_TOKEN");

    /** Checks both are given. */
    public ForgeSettings {
        Objects.requireNonNull(githubTokenEnv, "githubTokenEnv");
        Objects.requireNonNull(gitlabTokenEnv, "gitlabTokenEnv");
    }

    /** GitHub's API when {@code GITHUB_API_URL} is not set: {@value}. */
    public static final String GITHUB_API = "https://api.github.com";

    /** The value of the variable {@code name} in {@code env}, empty when unset or blank. */
    static Optional<String> variable(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** The GitHub token from {@code env}, empty when its variable is unset. */
    public Optional<String> githubToken(Map<String, String> env) {
        return variable(env, githubTokenEnv);
    }

    /** The GitLab token from {@code env}, empty when its variable is unset. */
    public Optional<String> gitlabToken(Map<String, String> env) {
        return variable(env, gitlabTokenEnv);
    }

    /** GitHub's REST API root: {@code GITHUB_API_URL} (set by GitHub Actions, GHES included), else {@link #GITHUB_API}. */
    public static String githubApiUrl(Map<String, String> env) {
        return variable(env, "GITHUB_API_URL").orElse(GITHUB_API);
    }

    /**
     * GitLab's REST v4 root: {@code CI_API_V4_URL} (set by GitLab CI), else {@code CI_SERVER_URL/api/v4};
     * empty outside GitLab CI.
     */
    public static Optional<String> gitlabApiUrl(Map<String, String> env) {
        Optional<String> v4 = variable(env, "CI_API_V4_URL");
        return v4.isPresent() ? v4 : variable(env, "CI_SERVER_URL").map(s -> s.replaceAll("/+$", "") + "/api/v4");
    }
}
