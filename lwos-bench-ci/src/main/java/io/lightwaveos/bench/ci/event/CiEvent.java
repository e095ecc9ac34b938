package io.lightwaveos.bench.ci.event;

import io.lightwaveos.bench.text.Printable;
import java.util.List;
import java.util.Objects;

/**
 * What the CI job is about, read from its environment by {@link CiEvents#detect}: the forge, push
 * or pull/merge request, the branches and commits involved, and where to report. Every field but
 * {@code forge}, {@code mode} and {@code notes} may be null when the environment does not say.
 *
 * @param forge        the forge whose API gets the reports
 * @param mode         push or pull/merge request
 * @param branch       the branch built: the pushed branch, or the pull request's head (source) branch
 * @param baseBranch   a pull request's base (target) branch; null for a push
 * @param changeNumber the pull request number (GitHub) or merge request IID (GitLab); null for a push
 * @param commit       the commit measured, which gets the commit status: the pushed commit, or the
 *                     pull request's head commit (not GitHub's test merge commit)
 * @param baseCommit   a pull request's base commit: GitLab's merge base
 *                     ({@code CI_MERGE_REQUEST_DIFF_BASE_SHA}), GitHub's base commit of the event
 *                     ({@code pull_request.base.sha}); null for a push or when unknown
 * @param repository   the project: GitHub's {@code owner/name}, GitLab's project id (or path)
 * @param runner       the CI runner's name ({@code RUNNER_NAME}, {@code CI_RUNNER_DESCRIPTION}): the rig
 *                     when neither {@code --rig} nor {@code LWOS_BENCH_RIG} says
 * @param buildUrl     the job's web page, linked from the commit status
 * @param notes        what could not be read and was left unknown, one sentence each (to print with {@code -v})
 */
public record CiEvent(ForgeKind forge, CiMode mode, String branch, String baseBranch, Long changeNumber,
        String commit, String baseCommit, String repository, String runner, String buildUrl, List<String> notes) {

    /** Outside a known CI: a push of nothing known. */
    public static final CiEvent LOCAL = new CiEvent(ForgeKind.NONE, CiMode.PUSH, null, null, null, null, null, null,
            null, null, List.of());

    /** Checks forge and mode are given, copies the notes. */
    public CiEvent {
        Objects.requireNonNull(forge, "forge");
        Objects.requireNonNull(mode, "mode");
        notes = List.copyOf(notes);
    }

    /** Whether this is a pull or merge request. */
    public boolean isPullRequest() {
        return mode == CiMode.PULL_REQUEST;
    }

    /** This event with the base commit {@code sha} (from {@code --merge-base} or {@code git merge-base}). */
    public CiEvent withBaseCommit(String sha) {
        return new CiEvent(forge, mode, branch, baseBranch, changeNumber, commit, sha, repository, runner, buildUrl, notes);
    }

    /**
     * One line for people: {@code pull request #12 (feature/x → main) at 3f2c1a9, base 9b8a7c6} or
     * {@code push to main at 3f2c1a9}.
     */
    public String describe() {
        String at = commit == null ? "" : " at " + shortSha(commit);
        if (mode == CiMode.PULL_REQUEST) {
            String what = forge == ForgeKind.GITLAB ? "merge request !" : "pull request #";
            return what + (changeNumber == null ? "?" : changeNumber)
                    + " (" + word(branch) + " → " + word(baseBranch) + ")" + at
                    + (baseCommit == null ? "" : ", base " + shortSha(baseCommit));
        }
        return "push" + (branch == null ? "" : " to " + word(branch)) + at;
    }

    private static String word(String text) {
        return text == null ? "?" : Printable.of(text);
    }

    private static String shortSha(String sha) {
        return sha.length() > 7 ? sha.substring(0, 7) : sha;
    }
}
