package io.lightwaveos.bench.ci.forge;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's REST API (api.github.com, or {@code GITHUB_API_URL} on GitHub Enterprise Server): the
 * pull request's comment, found again by its marker among the issue comments (paged 100 at a time,
 * following the {@code Link: rel="next"} header on the same host only), created with
 * {@code POST /repos/{owner}/{repo}/issues/{number}/comments} and updated with
 * {@code PATCH /repos/{owner}/{repo}/issues/comments/{id}}; the commit status with
 * {@code POST /repos/{owner}/{repo}/statuses/{sha}}. Authenticated with {@code Authorization: Bearer}.
 */
final class GitHubForge extends RestForge {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private static final Words WORDS = new Words("GitHub", "pull request", "number", "comment", "GITHUB_SHA",
            BodyLimit.GITHUB_COMMENT, "PATCH", "context", CommitState::github);

    private final String repository;

    /**
     * @param api        the API root without a trailing slash
     * @param repository {@code owner/name}
     * @param number     the pull request number, or null for a push
     * @param commit     the commit measured, or null when unknown
     */
    GitHubForge(ForgeHttp http, String api, String repository, Long number, String commit, Secret token) {
        super(http, api, number, commit, token, WORDS);
        this.repository = repository;
    }

    @Override
    URI commentsPage(ForgeHttp.Response previous) {
        if (previous == null) {
            return uri("/repos/" + repository + "/issues/" + change + "/comments?per_page=100");
        }
        for (String link : previous.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                try {
                    return URI.create(m.group(1));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    String commentPath(Long id) {
        return "/repos/" + repository + "/issues/" + (id == null ? change + "/comments" : "comments/" + id);
    }

    @Override
    String statusPath() {
        return "/repos/" + repository + "/statuses/" + commit;
    }

    @Override
    String hint(int status) {
        return switch (status) {
            case 401 -> "the token in " + token.variable() + " was refused; check that secret";
            case 403 -> "the token in " + token.variable() + " may not do this; give the job `permissions: "
                    + "pull-requests: write` and `statuses: write` (a pull request from a fork gets a read-only token)";
            case 404 -> "no repository " + repository + (change == null ? "" : " or pull request #" + change)
                    + " visible to the token in " + token.variable();
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "GitHub " + repository + (change == null ? "" : " #" + change) + " via " + api + " (" + token + ")";
    }
}
