package io.lightwaveos.bench.service.history;

import java.util.List;

/**
 * The baseline of a pull request's run (SPEC §15), as {@link PullRequestBaselines#choose} found it.
 *
 * @param baseBranch the branch the pull request goes into
 * @param mergeBase  the merge-base commit asked for
 * @param method     {@link #ANCESTRY} (git told which runs' commits are the merge base or its
 *                   ancestors) or {@link #EXACT_COMMIT} (no checkout could tell: the runs at the merge
 *                   base's own commit and the base branch's runs that started before the newest of them)
 * @param runs       the baseline runs, newest first; empty when there is no baseline
 * @param note       why there is no baseline, in words; null when there is one
 */
public record PullRequestBaseline(String baseBranch, String mergeBase, String method, List<HistoryRun> runs,
                                  String note) {

    /** The method when git said which commits are ancestors of the merge base. */
    public static final String ANCESTRY = "ancestry";
    /** The method without git: the merge base's own commit, and earlier by start time. */
    public static final String EXACT_COMMIT = "exact_commit";

    public PullRequestBaseline {
        runs = List.copyOf(runs);
    }

    /** Whether a baseline was found ({@code "kind": "merge_base"}), or none ({@code "kind": "none"}). */
    public boolean found() {
        return !runs.isEmpty();
    }

    /** {@code merge_base} or {@code none}, as the CI document's {@code baseline.kind} says. */
    public String kind() {
        return found() ? "merge_base" : "none";
    }
}
