package io.lightwaveos.bench.ci.event;

import java.util.Locale;

/** Which forge the CI job belongs to, and so which API reports go to. */
public enum ForgeKind {
    /** GitHub Actions ({@code GITHUB_ACTIONS=true}): the GitHub REST API. */
    GITHUB,
    /** GitLab CI ({@code GITLAB_CI=true}): the GitLab REST API v4. */
    GITLAB,
    /** Another CI, or none: nothing is posted. */
    NONE;

    /** {@code github}, {@code gitlab}, {@code none}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
