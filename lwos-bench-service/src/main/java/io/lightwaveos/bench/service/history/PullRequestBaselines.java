package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses a pull request's baseline (SPEC §15): the base branch's finished runs on the same rig and
 * workload as the pull request's run, at or before the merge-base commit, the newest N of them (to
 * be pooled by the comparison).
 *
 * <p>"At or before the merge base" is decided by the {@link Ancestry} given: with a git checkout
 * ({@link GitAncestry}), a run qualifies when its recorded commit is the merge base or one of its
 * ancestors. Without one (or when git cannot tell, as in a shallow clone without the merge base),
 * exact-commit and earlier-by-time semantics apply: the runs whose commit is the merge base (the
 * same id, or one an abbreviation of the other of at least 7 hex digits) and every base-branch run
 * that started at or before the newest of them. When no run has the merge-base commit, there is no
 * baseline: a run of a later commit cannot be told from one of an earlier commit by time alone.
 * Runs without a commit never qualify.
 */
public final class PullRequestBaselines {

    /** The default number of base-branch runs pooled. */
    public static final int DEFAULT_RUNS = 10;

    private final HistoryService histories;

    PullRequestBaselines(HistoryService histories) {
        this.histories = Objects.requireNonNull(histories, "histories");
    }

    /**
     * The baseline runs of {@code run}, a run of a pull request into {@code baseBranch}.
     *
     * @param run        the pull request's run: its rig and workload select the baseline runs
     * @param baseBranch the branch the pull request goes into
     * @param mergeBase  the merge-base commit (hex, full or abbreviated)
     * @param runs       how many baseline runs to take at most, 1 or more
     * @param ancestry   which commits are ancestors ({@link Ancestry#UNKNOWN} without a checkout)
     * @return the baseline; {@link PullRequestBaseline#found()} false, with a note, when there is none
     * @throws IllegalArgumentException if the base branch or merge base is blank, or runs is below 1
     */
    public PullRequestBaseline choose(Run run, String baseBranch, String mergeBase, int runs, Ancestry ancestry) {
        Objects.requireNonNull(run, "run");
        if (baseBranch == null || baseBranch.isBlank()) {
            throw new IllegalArgumentException("a pull request's baseline needs its base branch");
        }
        if (mergeBase == null || !GitAncestry.isCommitId(mergeBase.strip())) {
            throw new IllegalArgumentException("a merge base is a commit id of 4 to 64 hex digits, got \""
                    + mergeBase + "\"");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("the baseline takes at least 1 run, got " + runs);
        }
        String base = mergeBase.strip();
        HistoryQuery query = new HistoryQuery(Metric.AVG_TOTAL_US, null, run.context().rig(), baseBranch, null, null,
                run.context().workload().effectName(), null, HistoryQuery.DEFAULT_LAST, true,
                ChangePointOptions.defaults());
        List<HistoryRun> candidates = new ArrayList<>(histories.select(query, run, new java.util.HashMap<>())); // newest first
        candidates.removeIf(r -> !Objects.equals(r.context().rig(), run.context().rig())
                || !Objects.equals(r.context().workload().effectName(), run.context().workload().effectName()));
        List<String> commits = candidates.stream().map(r -> r.context().vcs().commit()).filter(Objects::nonNull)
                .distinct().toList();
        Optional<Set<String>> ancestors = commits.isEmpty() ? Optional.empty()
                : Objects.requireNonNull(ancestry, "ancestry").ancestorsOrEqual(base, commits);
        List<HistoryRun> chosen = new ArrayList<>();
        String method;
        if (ancestors.isPresent()) {
            method = PullRequestBaseline.ANCESTRY;
            for (HistoryRun r : candidates) {
                if (chosen.size() < runs && ancestors.get().contains(r.context().vcs().commit())) {
                    chosen.add(r);
                }
            }
        } else {
            method = PullRequestBaseline.EXACT_COMMIT;
            Instant newestAtBase = null;
            for (HistoryRun r : candidates) {
                if (sameCommit(r.context().vcs().commit(), base)) {
                    newestAtBase = r.startedAt();
                    break; // newest first
                }
            }
            if (newestAtBase != null) {
                for (HistoryRun r : candidates) {
                    if (chosen.size() < runs && r.context().vcs().commit() != null
                            && !r.startedAt().isAfter(newestAtBase)) {
                        chosen.add(r);
                    }
                }
            }
        }
        String note = chosen.isEmpty() ? noBaseline(run, baseBranch, base, candidates.isEmpty()) : null;
        return new PullRequestBaseline(baseBranch, base, method, chosen, note);
    }

    /** Whether two commit ids name the same commit: equal, or one abbreviates the other (7+ hex digits). */
    static boolean sameCommit(String recorded, String asked) {
        if (recorded == null) {
            return false;
        }
        String a = recorded.toLowerCase(Locale.ROOT);
        String b = asked.toLowerCase(Locale.ROOT);
        if (a.equals(b)) {
            return true;
        }
        return Math.min(a.length(), b.length()) >= 7 && (a.startsWith(b) || b.startsWith(a));
    }

    private static String noBaseline(Run run, String baseBranch, String mergeBase, boolean noRuns) {
        String where = "branch " + baseBranch + " on rig " + orNone(run.context().rig()) + " with workload "
                + orNone(run.context().workload().effectName());
        return noRuns ? "no baseline: no finished runs of " + where
                : "no baseline: no run of " + where + " at or before the merge base " + mergeBase;
    }

    private static String orNone(String s) {
        return s == null ? "-" : s;
    }
}
