package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
final class GitHubForge implements Forge {

    /** The most comment pages read while looking for the marker (10,000 comments). */
    static final int MAX_PAGES = 100;

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final ForgeHttp http;
    private final String api;
    private final String repository;
    private final Long number;
    private final String commit;
    private final Secret token;

    /**
     * @param api        the API root without a trailing slash
     * @param repository {@code owner/name}
     * @param number     the pull request number, or null for a push
     * @param commit     the commit measured, or null when unknown
     */
    GitHubForge(ForgeHttp http, String api, String repository, Long number, String commit, Secret token) {
        this.http = http;
        this.api = api;
        this.repository = repository;
        this.number = number;
        this.commit = commit;
        this.token = token;
    }

    @Override
    public String label() {
        return "GitHub";
    }

    @Override
    public ForgeResult upsertComment(String marker, String markdown) {
        if (number == null) {
            return ForgeResult.skipped("GitHub: not a pull request (or its number is unknown): no comment posted");
        }
        String body = BodyLimit.fitChars(marker + "\n" + markdown, BodyLimit.GITHUB_COMMENT, "the GitHub comment limit");
        try {
            Long id = findComment(marker);
            ObjectNode json = ForgeHttp.MAPPER.createObjectNode().put("body", body);
            if (id == null) {
                ForgeHttp.Response r = http.send("POST", uri("/repos/" + repository + "/issues/" + number + "/comments"),
                        json.toString(), "create the pull request comment");
                check(r, "create the pull request comment");
                return ForgeResult.of(ForgeResult.Outcome.CREATED);
            }
            ForgeHttp.Response r = http.send("PATCH", uri("/repos/" + repository + "/issues/comments/" + id),
                    json.toString(), "update the pull request comment");
            check(r, "update the pull request comment");
            return ForgeResult.of(ForgeResult.Outcome.UPDATED);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    @Override
    public ForgeResult setStatus(String context, CommitState state, String description, String targetUrl) {
        if (commit == null) {
            return ForgeResult.skipped("GitHub: the commit is unknown (GITHUB_SHA): no commit status set");
        }
        ObjectNode json = ForgeHttp.MAPPER.createObjectNode()
                .put("state", state.github())
                .put("context", context)
                .put("description", StatusText.description(description));
        String url = StatusText.targetUrl(targetUrl);
        if (url != null) {
            json.put("target_url", url);
        }
        try {
            ForgeHttp.Response r = http.send("POST", uri("/repos/" + repository + "/statuses/" + commit), json.toString(),
                    "set the commit status");
            check(r, "set the commit status");
            return ForgeResult.of(ForgeResult.Outcome.SENT);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    /** The id of the first comment holding {@code marker}, or null. */
    private Long findComment(String marker) throws ForgeHttp.Failure {
        URI next = uri("/repos/" + repository + "/issues/" + number + "/comments?per_page=100");
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            ForgeHttp.Response r = http.get(next, "list the pull request comments");
            check(r, "list the pull request comments");
            JsonNode list = r.json();
            if (!list.isArray()) {
                throw new ForgeHttp.Failure("GitHub: cannot list the pull request comments: the answer is not a JSON list");
            }
            for (JsonNode c : list) {
                if (c.path("body").asText("").contains(marker) && c.path("id").canConvertToLong()) {
                    return c.path("id").asLong();
                }
            }
            next = nextPage(r);
        }
        return null;
    }

    private static URI nextPage(ForgeHttp.Response r) {
        for (String link : r.headers().allValues("Link")) {
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

    private void check(ForgeHttp.Response r, String what) throws ForgeHttp.Failure {
        if (r.ok()) {
            return;
        }
        String hint = switch (r.status()) {
            case 401 -> "the token in " + token.variable() + " was refused; check that secret";
            case 403 -> "the token in " + token.variable() + " may not do this; give the job `permissions: "
                    + "pull-requests: write` and `statuses: write` (a pull request from a fork gets a read-only token)";
            case 404 -> "no repository " + repository + (number == null ? "" : " or pull request #" + number)
                    + " visible to the token in " + token.variable();
            default -> null;
        };
        throw http.refused(r, what, hint);
    }

    private URI uri(String path) {
        return URI.create(api + path);
    }

    @Override
    public String toString() {
        return "GitHub " + repository + (number == null ? "" : " #" + number) + " via " + api + " (" + token + ")";
    }
}
