package io.lightwaveos.bench.ci.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.run.CiEnvironment;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link CiEvent} from a CI job's environment variables. Takes the environment as a map
 * (pass {@code System.getenv()}) and never reads the process environment itself; the only file it
 * reads is GitHub's event payload, named by {@code GITHUB_EVENT_PATH}.
 *
 * <table>
 *   <caption>What each forge's variables give</caption>
 *   <tr><th></th><th>GitHub Actions ({@code GITHUB_ACTIONS=true})</th><th>GitLab CI ({@code GITLAB_CI=true})</th></tr>
 *   <tr><td>pull/merge request when</td><td>{@code GITHUB_EVENT_NAME} is {@code pull_request} or
 *       {@code pull_request_target}, or {@code GITHUB_BASE_REF} is set</td>
 *       <td>{@code CI_MERGE_REQUEST_IID} is set, or {@code CI_PIPELINE_SOURCE=merge_request_event}</td></tr>
 *   <tr><td>branch</td><td>{@code GITHUB_HEAD_REF}; on a push {@code GITHUB_REF_NAME} (branches only)</td>
 *       <td>{@code CI_MERGE_REQUEST_SOURCE_BRANCH_NAME}; on a push {@code CI_COMMIT_BRANCH}</td></tr>
 *   <tr><td>base branch</td><td>{@code GITHUB_BASE_REF}</td><td>{@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}</td></tr>
 *   <tr><td>number</td><td>the payload's {@code pull_request.number}, else {@code refs/pull/N/merge} in {@code GITHUB_REF}</td>
 *       <td>{@code CI_MERGE_REQUEST_IID}</td></tr>
 *   <tr><td>commit</td><td>the payload's {@code pull_request.head.sha}, else {@code GITHUB_SHA}</td>
 *       <td>{@code CI_MERGE_REQUEST_SOURCE_BRANCH_SHA}, else {@code CI_COMMIT_SHA}</td></tr>
 *   <tr><td>base commit</td><td>the payload's {@code pull_request.base.sha}</td><td>{@code CI_MERGE_REQUEST_DIFF_BASE_SHA}</td></tr>
 *   <tr><td>project</td><td>{@code GITHUB_REPOSITORY}</td><td>{@code CI_PROJECT_ID}, else {@code CI_PROJECT_PATH}</td></tr>
 *   <tr><td>runner</td><td>{@code RUNNER_NAME}</td><td>{@code CI_RUNNER_DESCRIPTION}</td></tr>
 * </table>
 * Other CIs (Jenkins, Buildkite: see {@link CiEnvironment}) give a push of their branch and commit.
 * Blank variables count as unset; a value of the wrong shape (a PR number that is not a number, a
 * commit that is not hex) is left unknown with a note.
 */
public final class CiEvents {

    /** The largest event payload read, in bytes. */
    static final int MAX_PAYLOAD = 32 * 1024 * 1024;

    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final Pattern PULL_REF = Pattern.compile("refs/pull/([0-9]{1,10})/(?:merge|head)");
    /** A path segment of a repository name: never {@code .} or {@code ..}, which would climb the API's path. */
    private static final String SEGMENT = "(?!\\.{1,2}(?:/|$))[A-Za-z0-9_.-]{1,100}";
    private static final Pattern GITHUB_REPO = Pattern.compile(SEGMENT + "/" + SEGMENT);
    private static final Pattern GITLAB_PROJECT = Pattern.compile("[0-9]{1,19}|" + SEGMENT + "(?:/" + SEGMENT + "){1,20}");
    private static final Set<String> GITHUB_PR_EVENTS = Set.of("pull_request", "pull_request_target");

    private final Map<String, String> env;
    private final List<String> notes = new ArrayList<>();

    private CiEvents(Map<String, String> env) {
        this.env = env;
    }

    /**
     * The event that {@code env} describes; {@link CiEvent#LOCAL}-like (forge {@code NONE}, push)
     * outside GitHub Actions and GitLab CI.
     *
     * @param env environment variables, name → value
     */
    public static CiEvent detect(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        CiEvents r = new CiEvents(env);
        if ("true".equalsIgnoreCase(r.value("GITHUB_ACTIONS"))) {
            return r.github();
        }
        if ("true".equalsIgnoreCase(r.value("GITLAB_CI"))) {
            return r.gitlab();
        }
        var other = CiEnvironment.detect(env);
        return new CiEvent(ForgeKind.NONE, CiMode.PUSH, other.vcs().branch(), null, null, other.vcs().commit(), null,
                null, null, other.ci().buildUrl(), List.of());
    }

    private CiEvent github() {
        String buildUrl = CiEnvironment.detect(env).ci().buildUrl();
        String repository = shaped("GITHUB_REPOSITORY", GITHUB_REPO, "owner/name");
        String runner = value("RUNNER_NAME");
        JsonNode payload = payload();
        String eventName = value("GITHUB_EVENT_NAME");
        boolean pr = (eventName != null && GITHUB_PR_EVENTS.contains(eventName)) || value("GITHUB_BASE_REF") != null;
        if (!pr) {
            String branch = null;
            String ref = value("GITHUB_REF");
            String refType = value("GITHUB_REF_TYPE");
            if ("branch".equals(refType) || (refType == null && ref != null && ref.startsWith("refs/heads/"))) {
                branch = value("GITHUB_REF_NAME");
                if (branch == null && ref != null) {
                    branch = ref.substring("refs/heads/".length());
                }
            } else if (ref != null || refType != null) {
                notes.add("GITHUB_REF " + Printable.of(ref == null ? refType : ref) + " is not a branch: no branch");
            }
            return new CiEvent(ForgeKind.GITHUB, CiMode.PUSH, branch, null, null, sha("GITHUB_SHA", value("GITHUB_SHA")),
                    null, repository, runner, buildUrl, notes);
        }
        JsonNode pull = payload == null ? null : payload.path("pull_request");
        Long number = null;
        if (pull != null && isWhole(pull.path("number"))) {
            number = positive(pull.path("number").asLong());
        } else if (payload != null && isWhole(payload.path("number"))) {
            number = positive(payload.path("number").asLong());
        }
        if (number == null) {
            String ref = value("GITHUB_REF");
            Matcher m = ref == null ? null : PULL_REF.matcher(ref);
            if (m != null && m.matches()) {
                number = positive(Long.parseLong(m.group(1)));
            } else {
                notes.add("no pull request number in the event payload or GITHUB_REF: no comment can be posted");
            }
        }
        String head = pull == null ? null : text(pull.path("head").path("sha"));
        String commit = head != null ? sha("pull_request.head.sha", head) : null;
        if (commit == null) {
            commit = sha("GITHUB_SHA", value("GITHUB_SHA"));
            if (commit != null) {
                notes.add("no pull_request.head.sha in the event payload: using GITHUB_SHA, the test merge commit");
            }
        }
        String baseCommit = pull == null ? null : sha("pull_request.base.sha", text(pull.path("base").path("sha")));
        String baseBranch = value("GITHUB_BASE_REF");
        if (baseBranch == null && pull != null) {
            baseBranch = text(pull.path("base").path("ref"));
        }
        String branch = value("GITHUB_HEAD_REF");
        if (branch == null && pull != null) {
            branch = text(pull.path("head").path("ref"));
        }
        return new CiEvent(ForgeKind.GITHUB, CiMode.PULL_REQUEST, branch, baseBranch, number, commit, baseCommit,
                repository, runner, buildUrl, notes);
    }

    private CiEvent gitlab() {
        String buildUrl = CiEnvironment.detect(env).ci().buildUrl();
        String project = value("CI_PROJECT_ID") != null ? shaped("CI_PROJECT_ID", GITLAB_PROJECT, "a project id")
                : shaped("CI_PROJECT_PATH", GITLAB_PROJECT, "group/project");
        String runner = value("CI_RUNNER_DESCRIPTION");
        String iid = value("CI_MERGE_REQUEST_IID");
        boolean mr = iid != null || "merge_request_event".equals(value("CI_PIPELINE_SOURCE"));
        if (!mr) {
            String branch = value("CI_COMMIT_BRANCH");
            if (branch == null && value("CI_COMMIT_TAG") == null) {
                branch = value("CI_COMMIT_REF_NAME");
            }
            return new CiEvent(ForgeKind.GITLAB, CiMode.PUSH, branch, null, null, sha("CI_COMMIT_SHA", value("CI_COMMIT_SHA")),
                    null, project, runner, buildUrl, notes);
        }
        Long number = null;
        if (iid == null) {
            notes.add("CI_MERGE_REQUEST_IID is not set: no comment can be posted");
        } else if (iid.matches("[0-9]{1,18}")) {
            number = positive(Long.parseLong(iid));
        } else {
            notes.add("CI_MERGE_REQUEST_IID " + Printable.of(iid) + " is not a number: no comment can be posted");
        }
        String commit = sha("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA", value("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"));
        if (commit == null) {
            commit = sha("CI_COMMIT_SHA", value("CI_COMMIT_SHA"));
        }
        String branch = value("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME");
        if (branch == null) {
            branch = value("CI_COMMIT_REF_NAME");
        }
        return new CiEvent(ForgeKind.GITLAB, CiMode.PULL_REQUEST, branch, value("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
                number, commit, sha("CI_MERGE_REQUEST_DIFF_BASE_SHA", value("CI_MERGE_REQUEST_DIFF_BASE_SHA")), project,
                runner, buildUrl, notes);
    }

    /** GitHub's event payload, or null (with a note) when it is not there or not readable. */
    private JsonNode payload() {
        String path = value("GITHUB_EVENT_PATH");
        if (path == null) {
            return null;
        }
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            byte[] bytes = in.readNBytes(MAX_PAYLOAD + 1);
            if (bytes.length > MAX_PAYLOAD) {
                notes.add("the event payload GITHUB_EVENT_PATH is larger than " + MAX_PAYLOAD / (1024 * 1024) + " MiB: not read");
                return null;
            }
            JsonNode node = Payload.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                notes.add("the event payload GITHUB_EVENT_PATH is not a JSON object: not used");
                return null;
            }
            return node;
        } catch (IOException | RuntimeException e) {
            notes.add("cannot read the event payload GITHUB_EVENT_PATH (" + Printable.of(path) + "): "
                    + e.getClass().getSimpleName());
            return null;
        }
    }

    private String value(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private String shaped(String name, Pattern shape, String expected) {
        String v = value(name);
        if (v != null && !shape.matcher(v).matches()) {
            notes.add(name + " " + Printable.of(v) + " is not " + expected + ": left unknown");
            return null;
        }
        return v;
    }

    private String sha(String what, String v) {
        if (v != null && !SHA.matcher(v).matches()) {
            notes.add(what + " " + Printable.of(v) + " is not a commit id: left unknown");
            return null;
        }
        return v;
    }

    private Long positive(long n) {
        if (n <= 0) {
            notes.add("pull request number " + n + " is not positive: left unknown");
            return null;
        }
        return n;
    }

    private static boolean isWhole(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong();
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    /** Made when a payload is read: Jackson's mapper costs a call without one hundreds of classes. */
    private static final class Payload {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
