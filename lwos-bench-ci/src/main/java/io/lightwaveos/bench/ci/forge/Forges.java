package io.lightwaveos.bench.ci.forge;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ForgeSettings;
import io.lightwaveos.bench.ci.event.CiEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Opens the {@link Forge} of a CI job: GitHub's or GitLab's API as the event says, with the token
 * from the variable the config names. When something is missing (no token, no project, an API URL
 * that is not https) the forge is {@linkplain Forge#available() unavailable} and says why once.
 */
public final class Forges {

    /** Sent as {@code User-Agent} (GitHub requires one). */
    static final String USER_AGENT = "lwos-bench";

    private Forges() {
    }

    /**
     * The forge for {@code event}.
     *
     * @param config   the CI config (which variable holds each token)
     * @param event    the job's event (forge, project, pull request, commit)
     * @param env      the environment: tokens and API URLs are read from it, never from the config
     * @param client   the HTTP client, asked for only when a request is sent ({@link HttpSettings#lazyClient()})
     * @param settings timeouts and the retry's delay
     */
    public static Forge open(CiConfig config, CiEvent event, Map<String, String> env, Supplier<HttpClient> client,
            HttpSettings settings) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(env, "env");
        return switch (event.forge()) {
            case NONE -> Forge.unavailable("no forge", "not in GitHub Actions or GitLab CI: no comment or commit status posted");
            case GITHUB -> github(config.forge(), event, env, client, settings);
            case GITLAB -> gitlab(config.forge(), event, env, client, settings);
        };
    }

    private static Forge github(ForgeSettings f, CiEvent event, Map<String, String> env, Supplier<HttpClient> client,
            HttpSettings settings) {
        Optional<String> token = f.githubToken(env);
        if (token.isEmpty()) {
            return Forge.unavailable("GitHub", "no token in " + f.githubTokenEnv() + ": nothing posted to GitHub (give the "
                    + "step `env: " + f.githubTokenEnv() + ": ${{ secrets.GITHUB_TOKEN }}`)");
        }
        if (event.repository() == null) {
            return Forge.unavailable("GitHub", "GITHUB_REPOSITORY is not set: nothing posted to GitHub");
        }
        URI api;
        try {
            api = ForgeHttp.checkBase(ForgeSettings.githubApiUrl(env), "GITHUB_API_URL", false);
        } catch (IllegalArgumentException e) {
            return Forge.unavailable("GitHub", e.getMessage() + ": nothing posted to GitHub");
        }
        Secret secret = new Secret(f.githubTokenEnv(), token.get());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/vnd.github+json");
        headers.put("X-GitHub-Api-Version", "2022-11-28");
        headers.put("User-Agent", USER_AGENT);
        headers.put("Authorization", "Bearer " + secret.value());
        ForgeHttp http = new ForgeHttp(client, settings, api, "GitHub", headers, secret, false);
        return new GitHubForge(http, root(api), event.repository(), event.changeNumber(), event.commit(), secret);
    }

    private static Forge gitlab(ForgeSettings f, CiEvent event, Map<String, String> env, Supplier<HttpClient> client,
            HttpSettings settings) {
        Optional<String> token = f.gitlabToken(env);
        if (token.isEmpty()) {
            return Forge.unavailable("GitLab", "no token in " + f.gitlabTokenEnv() + ": nothing posted to GitLab (a "
                    + "project access token with the api scope, as a masked CI/CD variable)");
        }
        if (event.repository() == null) {
            return Forge.unavailable("GitLab", "CI_PROJECT_ID is not set: nothing posted to GitLab");
        }
        Optional<String> url = ForgeSettings.gitlabApiUrl(env);
        if (url.isEmpty()) {
            return Forge.unavailable("GitLab", "CI_API_V4_URL is not set: nothing posted to GitLab");
        }
        URI api;
        try {
            api = ForgeHttp.checkBase(url.get(), "CI_API_V4_URL", false);
        } catch (IllegalArgumentException e) {
            return Forge.unavailable("GitLab", e.getMessage() + ": nothing posted to GitLab");
        }
        Secret secret = new Secret(f.gitlabTokenEnv(), token.get());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("User-Agent", USER_AGENT);
        headers.put(GitLabForge.authHeader(secret.variable()), secret.value());
        ForgeHttp http = new ForgeHttp(client, settings, api, "GitLab", headers, secret, false);
        return new GitLabForge(http, root(api), event.repository(), event.changeNumber(), event.commit(), secret);
    }

    /** The API root as text without trailing slashes, for appending paths. */
    private static String root(URI api) {
        return api.toString().replaceAll("/+$", "");
    }
}
