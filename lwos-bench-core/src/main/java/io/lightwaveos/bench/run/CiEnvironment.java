package io.lightwaveos.bench.run;

import io.lightwaveos.bench.json.JsonFormatException;
import io.lightwaveos.bench.json.StrictJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the commit, branch, pull request and build of a CI job, and the runner it ran on, from its
 * environment variables (SPEC §3), so a run collected in CI carries them without options. Takes
 * the environment as a map (pass {@code System.getenv()}); it never reads the process environment
 * itself. The one file it may read is GitHub's event payload ({@code GITHUB_EVENT_PATH}), for the
 * number of a pull request whose ref does not carry it ({@code pull_request_target}).
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
 *
 * <table>
 *   <caption>Pull/merge request and runner</caption>
 *   <tr><th>provider</th><th>request number</th><th>base branch</th><th>rig</th></tr>
 *   <tr><td>{@code github}</td><td>{@code GITHUB_REF} {@code refs/pull/N/merge} (or {@code /head}), else
 *       {@code pull_request.number} of the {@code GITHUB_EVENT_PATH} payload</td><td>{@code GITHUB_BASE_REF},
 *       else the payload's {@code pull_request.base.ref}</td><td>{@code RUNNER_NAME}</td></tr>
 *   <tr><td>{@code gitlab}</td><td>{@code CI_MERGE_REQUEST_IID}</td>
 *       <td>{@code CI_MERGE_REQUEST_TARGET_BRANCH_NAME}</td><td>{@code CI_RUNNER_DESCRIPTION}</td></tr>
 *   <tr><td>{@code buildkite}</td><td>{@code BUILDKITE_PULL_REQUEST} (unless {@code false})</td>
 *       <td>{@code BUILDKITE_PULL_REQUEST_BASE_BRANCH}</td><td>-</td></tr>
 *   <tr><td>{@code jenkins}</td><td>{@code CHANGE_ID}</td><td>{@code CHANGE_TARGET}</td><td>-</td></tr>
 * </table>
 * The first provider detected, in the order of the table, is used. Blank variables count as unset;
 * a request number that is not a whole number of 1 or more, and an event payload that cannot be
 * read, count as unknown. The rig from the runner comes after {@code --rig} and
 * {@code LWOS_BENCH_RIG} (the caller's {@link RunContext#orElse} order) and before the device's
 * host name.
 */
public final class CiEnvironment {

    /** The most bytes of a GitHub event payload that are read; a larger file counts as unreadable. */
    static final long MAX_EVENT_BYTES = 16L << 20;

    private static final Pattern PULL_REF = Pattern.compile("refs/pull/(\\d+)/(?:merge|head)");

    private CiEnvironment() {
    }

    /**
     * The context that the CI environment tells: {@link RunContext#vcs()}, {@link RunContext#ci()}
     * and, from the runner's name, {@link RunContext#rig()}; everything else unknown;
     * {@link RunContext#EMPTY} outside a known CI. Reads GitHub's event payload when it has to.
     *
     * @param env environment variables, name → value
     */
    public static RunContext detect(Map<String, String> env) {
        return detect(env, CiEnvironment::readEventFile);
    }

    /**
     * {@link #detect(Map)} with the event payload read by {@code files}: given the path in
     * {@code GITHUB_EVENT_PATH}, the file's text, or null when it cannot be read.
     *
     * @param env   environment variables, name → value
     * @param files reads a file's text; null for a file that cannot be read
     */
    public static RunContext detect(Map<String, String> env, Function<String, String> files) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(files, "files");
        if ("true".equalsIgnoreCase(value(env, "GITHUB_ACTIONS"))) {
            String branch = value(env, "GITHUB_HEAD_REF");
            String url = null;
            if (value(env, "GITHUB_REPOSITORY") != null && value(env, "GITHUB_RUN_ID") != null) {
                String server = value(env, "GITHUB_SERVER_URL");
                url = (server != null ? server : "https://github.com") + "/" + value(env, "GITHUB_REPOSITORY")
                        + "/actions/runs/" + value(env, "GITHUB_RUN_ID");
            }
            Vcs vcs = new Vcs(value(env, "GITHUB_SHA"), branch != null ? branch : value(env, "GITHUB_REF_NAME"))
                    .withPullRequest(githubPullRequest(env, files), null);
            String base = value(env, "GITHUB_BASE_REF");
            if (base == null && vcs.pullRequest() != null) {
                base = eventText(env, files, "pull_request", "base", "ref");
            }
            return context("github", vcs.withPullRequest(vcs.pullRequest(), base), url, value(env, "RUNNER_NAME"));
        }
        if ("true".equalsIgnoreCase(value(env, "GITLAB_CI"))) {
            String url = value(env, "CI_JOB_URL");
            Vcs vcs = new Vcs(value(env, "CI_COMMIT_SHA"), value(env, "CI_COMMIT_REF_NAME"),
                    number(value(env, "CI_MERGE_REQUEST_IID")), value(env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"));
            return context("gitlab", vcs, url != null ? url : value(env, "CI_PIPELINE_URL"),
                    value(env, "CI_RUNNER_DESCRIPTION"));
        }
        if ("true".equalsIgnoreCase(value(env, "BUILDKITE"))) {
            Vcs vcs = new Vcs(value(env, "BUILDKITE_COMMIT"), value(env, "BUILDKITE_BRANCH"),
                    number(value(env, "BUILDKITE_PULL_REQUEST")), value(env, "BUILDKITE_PULL_REQUEST_BASE_BRANCH"));
            return context("buildkite", vcs, value(env, "BUILDKITE_BUILD_URL"), null);
        }
        if (value(env, "JENKINS_URL") != null
                || (value(env, "GIT_COMMIT") != null && value(env, "BUILD_URL") != null)) {
            String branch = value(env, "GIT_BRANCH");
            if (branch != null && branch.startsWith("origin/")) {
                branch = branch.substring("origin/".length());
            }
            Vcs vcs = new Vcs(value(env, "GIT_COMMIT"), branch != null ? branch : value(env, "BRANCH_NAME"),
                    number(value(env, "CHANGE_ID")), value(env, "CHANGE_TARGET"));
            return context("jenkins", vcs, value(env, "BUILD_URL"), null);
        }
        return RunContext.EMPTY;
    }

    /** The pull request's number: from {@code GITHUB_REF}, else from the event payload; null for a push. */
    private static Long githubPullRequest(Map<String, String> env, Function<String, String> files) {
        String ref = value(env, "GITHUB_REF");
        if (ref != null) {
            Matcher m = PULL_REF.matcher(ref);
            if (m.matches()) {
                return number(m.group(1));
            }
        }
        String event = value(env, "GITHUB_EVENT_NAME");
        if (event == null || !event.startsWith("pull_request")) {
            return null;
        }
        Object n = eventValue(env, files, "pull_request", "number");
        return n instanceof Long l && l >= 1 ? l : null;
    }

    private static String eventText(Map<String, String> env, Function<String, String> files, String... path) {
        return eventValue(env, files, path) instanceof String s ? s : null;
    }

    /** The value at {@code path} in the event payload, or null when it or the payload is not there. */
    private static Object eventValue(Map<String, String> env, Function<String, String> files, String... path) {
        String file = value(env, "GITHUB_EVENT_PATH");
        if (file == null) {
            return null;
        }
        String text = files.apply(file);
        if (text == null) {
            return null;
        }
        Object node;
        try {
            node = StrictJson.parseObject(text);
        } catch (JsonFormatException e) {
            return null;
        }
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    /** The text of a file of at most {@link #MAX_EVENT_BYTES} bytes, UTF-8; null when it cannot be read. */
    private static String readEventFile(String path) {
        try {
            Path p = Path.of(path);
            if (!Files.isRegularFile(p) || Files.size(p) > MAX_EVENT_BYTES) {
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
                    .toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A whole number of 1 or more, else null. */
    private static Long number(String text) {
        if (text == null || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        long n = Long.parseLong(text);
        return n >= 1 ? n : null;
    }

    private static RunContext context(String provider, Vcs vcs, String buildUrl, String runner) {
        return new RunContext(runner, null, null, vcs, new CiBuild(provider, buildUrl), null);
    }

    private static String value(Map<String, String> env, String name) {
        return Texts.blankToNull(env.get(name));
    }
}
