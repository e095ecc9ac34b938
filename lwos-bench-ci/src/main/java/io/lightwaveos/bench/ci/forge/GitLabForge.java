package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
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
final class GitLabForge extends RestForge {

    private static final Words WORDS = new Words("GitLab", "merge request", "IID", "note", "CI_COMMIT_SHA",
            BodyLimit.GITLAB_NOTE, "PUT", "name", CommitState::gitlab);

    private final String project;

    /**
     * @param api     the API root without a trailing slash
     * @param project the project id or path
     * @param iid     the merge request IID, or null for a push
     * @param commit  the commit measured, or null when unknown
     */
    GitLabForge(ForgeHttp http, String api, String project, Long iid, String commit, Secret token) {
        super(http, api, iid, commit, token, WORDS);
        this.project = project;
    }

    /** The header a token goes in: {@code JOB-TOKEN} for the CI job token, {@code PRIVATE-TOKEN} otherwise. */
    static String authHeader(String variable) {
        return variable.equals("CI_JOB_TOKEN") ? "JOB-TOKEN" : "PRIVATE-TOKEN";
    }

    @Override
    URI commentsPage(ForgeHttp.Response previous) {
        String page = previous == null ? "1"
                : previous.headers().firstValue("X-Next-Page").filter(p -> p.matches("[0-9]{1,9}")).orElse(null);
        return page == null ? null : uri(notes() + "?sort=asc&order_by=created_at&per_page=100&page=" + page);
    }

    /** System notes ("added 1 commit") are GitLab's own, never ours. */
    @Override
    boolean holdsMarker(JsonNode note, String marker) {
        return !note.path("system").asBoolean(false) && super.holdsMarker(note, marker);
    }

    @Override
    String commentPath(Long id) {
        return notes() + (id == null ? "" : "/" + id);
    }

    @Override
    String statusPath() {
        return projectPath() + "/statuses/" + commit;
    }

    @Override
    String hint(int status) {
        boolean jobToken = token.variable().equals("CI_JOB_TOKEN");
        return switch (status) {
            case 401 -> jobToken
                    ? "a CI job token may neither comment on merge requests nor set commit statuses; use a project "
                            + "access token with the api scope, in a variable named by forge.gitlab.token_env"
                    : "the token in " + token.variable() + " was refused; it must be a project or personal access "
                            + "token with the api scope";
            case 403 -> "the token in " + token.variable() + " may not do this; it needs the api scope and at least "
                    + "the Developer role";
            case 404 -> "no project " + project + (change == null ? "" : " or merge request !" + change)
                    + " visible to the token in " + token.variable();
            default -> null;
        };
    }

    private String notes() {
        return projectPath() + "/merge_requests/" + change + "/notes";
    }

    private String projectPath() {
        return "/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "GitLab " + project + (change == null ? "" : " !" + change) + " via " + api + " (" + token + ")";
    }
}
