package io.lightwaveos.bench.ci.report;

import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.forge.CommitState;
import io.lightwaveos.bench.ci.forge.ForgeResult;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.service.json.RunRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One {@code lwos-bench ci} call's outcome, the {@code lwos-bench/ci/v1} document (SPEC §15 "JSON"):
 * what was gated against what, each measure's decision, the overall decision, and what was posted.
 * One value feeds every output ({@link CiReportJson}, {@link CiReportMarkdown}, the comment, the
 * summary, the status), so their numbers never disagree. Decisions are {@code pass}, {@code warn}
 * or {@code fail}, never {@code skipped}.
 *
 * @param name     the config's name ({@code audio-pipeline}): the marker and status context
 * @param run      the run gated
 * @param event    what the CI job is about (mode, pull request, branches)
 * @param baseline what it was gated against
 * @param measures each measure's row, in the order to show
 * @param decision the overall decision: the worst of the rows, {@code pass} without rows
 * @param notes    sentences a reader should see ("no baseline: ..."), in order
 * @param posted   what was posted; {@link Posted#NOTHING} before publishing
 */
public record CiReport(String name, RunInfo run, CiEvent event, Baseline baseline, List<MeasureRow> measures,
        GateStatus decision, List<String> notes, Posted posted) {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/ci/v1";

    /** Checks presence and that the decision is a CI decision. */
    public CiReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(baseline, "baseline");
        measures = List.copyOf(measures);
        checkDecision(decision);
        notes = List.copyOf(notes);
        Objects.requireNonNull(posted, "posted");
    }

    /**
     * A report whose decision is the worst of {@code measures} ({@code pass} when there are none)
     * and nothing posted yet.
     */
    public static CiReport of(String name, RunInfo run, CiEvent event, Baseline baseline, List<MeasureRow> measures,
            List<String> notes) {
        GateStatus worst = GateStatus.PASS;
        for (MeasureRow m : measures) {
            if (m.decision().compareTo(worst) > 0) {
                worst = m.decision();
            }
        }
        return new CiReport(name, run, event, baseline, measures, worst, notes, Posted.NOTHING);
    }

    /** This report with {@code posted}. */
    public CiReport withPosted(Posted posted) {
        return new CiReport(name, run, event, baseline, measures, decision, notes, posted);
    }

    /** The exit code of the decision, as {@code check}'s: 3 on fail, else 0. */
    public int exitCode() {
        return decision == GateStatus.FAIL ? 3 : 0;
    }

    /** How many rows have {@code status}. */
    public long count(GateStatus status) {
        return measures.stream().filter(m -> m.decision() == status).count();
    }

    private static void checkDecision(GateStatus d) {
        Objects.requireNonNull(d, "decision");
        if (d == GateStatus.SKIPPED) {
            throw new IllegalArgumentException("a CI decision is pass, warn or fail, got skipped");
        }
    }

    /**
     * The run gated: its reference and where it was measured.
     *
     * @param ref    id, name and sample count
     * @param rig    the rig, or null
     * @param branch the branch, or null
     * @param commit the commit, or null
     */
    public record RunInfo(RunRef ref, String rig, String branch, String commit) {
        /** Checks the reference is given. */
        public RunInfo {
            Objects.requireNonNull(ref, "ref");
        }

        /** The run's id. */
        public UUID id() {
            return ref.id();
        }
    }

    /**
     * What the run was gated against.
     *
     * @param kind      history, merge base, file or none
     * @param runs      the baseline runs' ids, oldest first (empty for a file or none)
     * @param mergeBase the merge-base commit for {@link Kind#MERGE_BASE}, else null
     * @param branch    the branch the baseline runs are from, or null
     * @param file      the baseline file as the user named it, for {@link Kind#FILE}, else null
     */
    public record Baseline(Kind kind, List<UUID> runs, String mergeBase, String branch, String file) {

        /** No baseline. */
        public static final Baseline NONE = new Baseline(Kind.NONE, List.of(), null, null, null);

        /** Checks the kind, copies the ids. */
        public Baseline {
            Objects.requireNonNull(kind, "kind");
            runs = List.copyOf(runs);
        }

        /** The kinds of baseline. */
        public enum Kind {
            /** The run's own branch history (a push to a tracked branch). */
            HISTORY,
            /** The base branch's runs at or before the merge base (a pull request). */
            MERGE_BASE,
            /** A baseline file ({@code --baseline}). */
            FILE,
            /** None: the decision is {@code pass} with a note. */
            NONE;

            /** {@code history}, {@code merge_base}, {@code file}, {@code none}. */
            public String jsonName() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }

    /**
     * One measure's (or frame metric's) decision.
     *
     * @param name           the measure ({@code suite:name} when ambiguous) or metric id
     * @param unit           its unit ({@code ""} for none)
     * @param direction      which way it improves; null when reported, never gated
     * @param baseline       the baseline value (mean of the baseline runs, or the file's), null when none
     * @param current        the run's value, null when the run lacks it
     * @param relativeChange (current - baseline) / baseline as a fraction, null when not computable
     * @param verdict        the statistics' verdict (SPEC §5), null for single values and change points
     * @param decision       pass, warn or fail
     * @param reason         why, in a few words ({@code beyond fail +5% and regressed}); null for a plain pass
     */
    public record MeasureRow(String name, String unit, Direction direction, Double baseline, Double current,
            Double relativeChange, Verdict verdict, GateStatus decision, String reason) {

        /** Checks name, unit and decision. */
        public MeasureRow {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            checkDecision(decision);
        }
    }

    /**
     * What was posted.
     *
     * @param comment  {@link ForgeResult.Outcome#CREATED} or {@link ForgeResult.Outcome#UPDATED}, or null when no comment was posted
     * @param status   the commit status set, or null
     * @param summary  whether the job summary was written
     * @param notified how many webhooks were told of a new change point
     */
    public record Posted(ForgeResult.Outcome comment, CommitState status, boolean summary, int notified) {

        /** Nothing. */
        public static final Posted NOTHING = new Posted(null, null, false, 0);

        /** Checks the comment outcome is one of a comment's. */
        public Posted {
            if (comment != null && comment != ForgeResult.Outcome.CREATED && comment != ForgeResult.Outcome.UPDATED) {
                throw new IllegalArgumentException("a comment is created or updated, got " + comment);
            }
            if (notified < 0) {
                throw new IllegalArgumentException("notified must be 0 or more, got " + notified);
            }
        }

        /** This with {@code n} webhooks notified. */
        public Posted withNotified(int n) {
            return new Posted(comment, status, summary, n);
        }
    }
}
