package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GitLab's REST API v4 ({@code CI_API_V4_URL}): the merge request's note, found again by its
 * marker among the notes ({@code GET /projects/:id/merge_requests/:iid/notes}, oldest first, 100 a
 * page, following {@code X-Next-Page}; system notes skipped), created with {@code POST} there and
 * updated with {@code PUT .../notes/:note_id}; the commit status with
 * {@code POST /projects/:id/statuses/:sha} ({@code name} is the context). Authenticated with a
 * {@code PRIVATE-TOKEN} header (a project or personal access token with the {@code api} scope), or
 * {@code JOB-TOKEN} when the config names {@code CI_JOB_TOKEN}, which GitLab allows on few endpoints.
 */
final class GitLabForge implements Forge {

    /** The most note pages read while looking for the marker (10,000 notes). */
    static final int MAX_PAGES = 100;

    private final ForgeHttp http;
    private final String api;
    private final String project;
    private final Long iid;
    private final String commit;
    private final Secret token;

    /**
     * @param api     the API root without a trailing slash
     * @param project the project id or path
     * @param iid     the merge request IID, or null for a push
     * @param commit  the commit measured, or null when unknown
     */
    GitLabForge(ForgeHttp http, String api, String project, Long iid, String commit, Secret token) {
        this.http = http;
        this.api = api;
        this.project = project;
        this.iid = iid;
        this.commit = commit;
        this.token = token;
    }

    /** The header a token goes in: {@code JOB-TOKEN} for the CI job token, {@code PRIVATE-TOKEN} otherwise. */
    static String authHeader(String variable) {
        return variable.equals("CI_JOB_TOKEN") ? "JOB-TOKEN" : "PRIVATE-TOKEN";
    }

    @Override
    public String label() {
        return "GitLab";
    }

    @Override
    public ForgeResult upsertComment(String marker, String markdown) {
        if (iid == null) {
            return ForgeResult.skipped("GitLab: not a merge request (or its IID is unknown): no comment posted");
        }
        String body = BodyLimit.fitChars(marker + "\n" + markdown, BodyLimit.GITLAB_NOTE, "the GitLab note limit");
        String notes = projectPath() + "/merge_requests/" + iid + "/notes";
        try {
            Long id = findNote(notes, marker);
            ObjectNode json = ForgeHttp.MAPPER.createObjectNode().put("body", body);
            if (id == null) {
                ForgeHttp.Response r = http.send("POST", uri(notes), json.toString(), "create the merge request comment");
                check(r, "create the merge request comment");
                return ForgeResult.of(ForgeResult.Outcome.CREATED);
            }
            ForgeHttp.Response r = http.send("PUT", uri(notes + "/" + id), json.toString(),
                    "update the merge request comment");
            check(r, "update the merge request comment");
            return ForgeResult.of(ForgeResult.Outcome.UPDATED);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    @Override
    public ForgeResult setStatus(String context, CommitState state, String description, String targetUrl) {
        if (commit == null) {
            return ForgeResult.skipped("GitLab: the commit is unknown (CI_COMMIT_SHA): no commit status set");
        }
        ObjectNode json = ForgeHttp.MAPPER.createObjectNode()
                .put("state", state.gitlab())
                .put("name", context)
                .put("description", StatusText.description(description));
        String url = StatusText.targetUrl(targetUrl);
        if (url != null) {
            json.put("target_url", url);
        }
        try {
            ForgeHttp.Response r = http.send("POST", uri(projectPath() + "/statuses/" + commit), json.toString(),
                    "set the commit status");
            check(r, "set the commit status");
            return ForgeResult.of(ForgeResult.Outcome.SENT);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    private Long findNote(String notes, String marker) throws ForgeHttp.Failure {
        String page = "1";
        for (int n = 0; page != null && n < MAX_PAGES; n++) {
            ForgeHttp.Response r = http.get(uri(notes + "?sort=asc&order_by=created_at&per_page=100&page=" + page),
                    "list the merge request comments");
            check(r, "list the merge request comments");
            JsonNode list = r.json();
            if (!list.isArray()) {
                throw new ForgeHttp.Failure("GitLab: cannot list the merge request comments: the answer is not a JSON list");
            }
            for (JsonNode note : list) {
                if (!note.path("system").asBoolean(false) && note.path("body").asText("").contains(marker)
                        && note.path("id").canConvertToLong()) {
                    return note.path("id").asLong();
                }
            }
            page = r.headers().firstValue("X-Next-Page").filter(p -> p.matches("[0-9]{1,9}")).orElse(null);
        }
        return null;
    }

    private void check(ForgeHttp.Response r, String what) throws ForgeHttp.Failure {
        if (r.ok()) {
            return;
        }
        boolean jobToken = token.variable().equals("CI_JOB_TOKEN");
        String hint = switch (r.status()) {
            case 401 -> jobToken
                    ? "a CI job token may neither comment on merge requests nor set commit statuses; use a project "
                            + "access token with the api scope, in a variable named by forge.gitlab.token_env"
                    : "the token in " + token.variable() + " was refused; it must be a project or personal access "
                            + "token with the api scope";
            case 403 -> "the token in " + token.variable() + " may not do this; it needs the api scope and at least "
                    + "the Developer role";
            case 404 -> "no project " + project + (iid == null ? "" : " or merge request !" + iid)
                    + " visible to the token in " + token.variable();
            default -> null;
        };
        throw http.refused(r, what, hint);
    }

    private String projectPath() {
        return "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create(api + path);
    }

    @Override
    public String toString() {
        return "GitLab " + project + (iid == null ? "" : " !" + iid) + " via " + api + " (" + token + ")";
    }
}
