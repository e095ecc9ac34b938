package io.lightwaveos.bench.run;

/**
 * The firmware source a run measured ({@code context.vcs}, SPEC §3): from {@code --commit},
 * {@code --branch}, {@code --pull-request} and {@code --base-branch}, or the CI's environment
 * ({@link CiEnvironment}).
 *
 * @param commit      the commit id (any length, as given); blank becomes {@code null}
 * @param branch      the branch name (of a pull request: its head branch); blank becomes {@code null}
 * @param pullRequest the number of the pull request (GitHub) or merge request (GitLab, its IID) the
 *                    run measured, 1 or more; {@code null} for a push to a branch
 * @param baseBranch  the branch the pull/merge request goes into ({@code main}); blank becomes
 *                    {@code null}
 */
public record Vcs(String commit, String branch, Long pullRequest, String baseBranch) {

    /** Nothing known. */
    public static final Vcs EMPTY = new Vcs(null, null, null, null);

    /**
     * @throws IllegalArgumentException if {@code pullRequest} is below 1
     */
    public Vcs {
        commit = Texts.blankToNull(commit);
        branch = Texts.blankToNull(branch);
        baseBranch = Texts.blankToNull(baseBranch);
        if (pullRequest != null && pullRequest < 1) {
            throw new IllegalArgumentException("vcs.pull_request: expected a pull or merge request number of 1 or"
                    + " more, got " + pullRequest);
        }
    }

    /** A commit and branch, outside any pull request. */
    public Vcs(String commit, String branch) {
        this(commit, branch, null, null);
    }

    /** Whether the run measured a pull/merge request (its number or its base branch is known). */
    public boolean isPullRequest() {
        return pullRequest != null || baseBranch != null;
    }

    /** This with the pull request's number and base branch. */
    public Vcs withPullRequest(Long number, String base) {
        return new Vcs(commit, branch, number, base);
    }

    /** Each field of this one, or {@code fallback}'s where this one is {@code null}. */
    public Vcs orElse(Vcs fallback) {
        return new Vcs(commit != null ? commit : fallback.commit, branch != null ? branch : fallback.branch,
                pullRequest != null ? pullRequest : fallback.pullRequest,
                baseBranch != null ? baseBranch : fallback.baseBranch);
    }
}
