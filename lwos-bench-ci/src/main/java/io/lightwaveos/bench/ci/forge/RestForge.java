package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.function.Function;

/**
 * What GitHub's and GitLab's REST APIs share for lwos-bench: the pull/merge request's comment found
 * again by its marker, page by page, then created or updated in place; the commit status posted;
 * every answer that is not 2xx turned into one line for stderr with the forge's own hint. The
 * requests go through {@link ForgeHttp} (one origin, timeouts, one retry on 5xx). A subclass says
 * where and in which words: paths, paging, field names, hints.
 */
abstract class RestForge implements Forge {

    /** The most comment pages read while looking for the marker (10,000 comments). */
    static final int MAX_PAGES = 100;

    /**
     * What differs between the APIs only in a word or a number.
     *
     * @param label          {@code GitHub}, {@code GitLab}
     * @param changeWord     {@code pull request}, {@code merge request}
     * @param numberWord     what the change's number is called: {@code number}, {@code IID}
     * @param commentWord    what a comment is called: {@code comment}, {@code note}
     * @param commitVariable the CI variable the commit comes from, named when it is unknown
     * @param bodyLimit      a comment's limit in characters
     * @param updateMethod   the method that replaces a comment's body: {@code PATCH}, {@code PUT}
     * @param contextField   the status document's field for the context: {@code context}, {@code name}
     * @param state          the status document's state in the forge's words
     */
    record Words(String label, String changeWord, String numberWord, String commentWord, String commitVariable,
            int bodyLimit, String updateMethod, String contextField, Function<CommitState, String> state) {
    }

    final ForgeHttp http;
    final String api;
    final Long change;
    final String commit;
    final Secret token;
    private final Words words;

    /**
     * @param api    the API root without a trailing slash
     * @param change the pull/merge request's number (GitLab: IID), or null for a push
     * @param commit the commit measured, or null when unknown
     */
    RestForge(ForgeHttp http, String api, Long change, String commit, Secret token, Words words) {
        this.http = http;
        this.api = api;
        this.change = change;
        this.commit = commit;
        this.token = token;
        this.words = words;
    }

    /** The first page of comments ({@code previous} null), else the page after {@code previous}; null at the end. */
    abstract URI commentsPage(ForgeHttp.Response previous);

    /** Whether {@code comment} (one of a listed page) is ours: it holds {@code marker}. */
    boolean holdsMarker(JsonNode comment, String marker) {
        return comment.path("body").asText("").contains(marker);
    }

    /** The path where comments are posted ({@code id} null), or of comment {@code id}. */
    abstract String commentPath(Long id);

    /** The path where the commit's status is posted. */
    abstract String statusPath();

    /** What to do about an answer of {@code status}, or null. */
    abstract String hint(int status);

    @Override
    public String label() {
        return words.label();
    }

    @Override
    public final ForgeResult upsertComment(String marker, String markdown) {
        if (change == null) {
            return ForgeResult.skipped(label() + ": not a " + words.changeWord() + " (or its " + words.numberWord()
                    + " is unknown): no comment posted");
        }
        String body = BodyLimit.fitChars(marker + "\n" + markdown, words.bodyLimit(),
                "the " + label() + " " + words.commentWord() + " limit");
        try {
            Long id = findComment(marker);
            ObjectNode json = ForgeHttp.MAPPER.createObjectNode().put("body", body);
            if (id == null) {
                send("POST", uri(commentPath(null)), json, "create the " + words.changeWord() + " comment");
                return ForgeResult.of(ForgeResult.Outcome.CREATED);
            }
            send(words.updateMethod(), uri(commentPath(id)), json, "update the " + words.changeWord() + " comment");
            return ForgeResult.of(ForgeResult.Outcome.UPDATED);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    @Override
    public final ForgeResult setStatus(String context, CommitState state, String description, String targetUrl) {
        if (commit == null) {
            return ForgeResult.skipped(label() + ": the commit is unknown (" + words.commitVariable()
                    + "): no commit status set");
        }
        ObjectNode json = ForgeHttp.MAPPER.createObjectNode()
                .put("state", words.state().apply(state))
                .put(words.contextField(), context)
                .put("description", StatusText.description(description));
        String url = StatusText.targetUrl(targetUrl);
        if (url != null) {
            json.put("target_url", url);
        }
        try {
            send("POST", uri(statusPath()), json, "set the commit status");
            return ForgeResult.of(ForgeResult.Outcome.SENT);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage());
        }
    }

    /** The id of the first comment holding {@code marker}, or null. */
    private Long findComment(String marker) throws ForgeHttp.Failure {
        String what = "list the " + words.changeWord() + " comments";
        URI next = commentsPage(null);
        for (int page = 0; next != null && page < MAX_PAGES; page++) {
            ForgeHttp.Response r = http.get(next, what);
            check(r, what);
            JsonNode list = r.json();
            if (!list.isArray()) {
                throw new ForgeHttp.Failure(label() + ": cannot " + what + ": the answer is not a JSON list");
            }
            for (JsonNode c : list) {
                if (holdsMarker(c, marker) && c.path("id").canConvertToLong()) {
                    return c.path("id").asLong();
                }
            }
            next = commentsPage(r);
        }
        return null;
    }

    private void send(String method, URI uri, ObjectNode json, String what) throws ForgeHttp.Failure {
        check(http.send(method, uri, json.toString(), what), what);
    }

    private void check(ForgeHttp.Response r, String what) throws ForgeHttp.Failure {
        if (!r.ok()) {
            throw http.refused(r, what, hint(r.status()));
        }
    }

    /** {@code api + path}. */
    URI uri(String path) {
        return URI.create(api + path);
    }
}
