package io.lightwaveos.bench.ci;

import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;

/**
 * The decision of one measure (SPEC §15 "Decision per measure"): {@code fail} only when the change
 * is beyond the fail threshold AND the statistics say it is real; {@code warn} when beyond warn, or
 * real but below fail, or inconclusive with a large change; {@code pass} otherwise.
 */
final class CiDecisions {

    /** Without a threshold, an inconclusive change at least this large (a fraction, the bad way) warns. */
    static final double LARGE_CHANGE = 0.05;

    private CiDecisions() {
    }

    /** A decision and why, in a few words ({@code null} for a plain pass). */
    record Decided(GateStatus decision, String reason) {
    }

    /**
     * With declared thresholds.
     *
     * @param relative   the relative change (a fraction), or null when unknown
     * @param t          the thresholds
     * @param real       whether the statistics say the change is real and bad
     * @param realReason the words for "real" ({@code regressed}, {@code change point at this run})
     */
    static Decided withThreshold(Double relative, Threshold t, boolean real, String realReason) {
        if (relative == null || !Double.isFinite(relative)) {
            return real ? new Decided(GateStatus.WARN, realReason + ", change unknown")
                    : new Decided(GateStatus.PASS, null);
        }
        double percent = relative * 100;
        boolean beyondFail = reaches(percent, t.failurePercent(), t.direction());
        boolean beyondWarn = reaches(percent, t.warningPercent(), t.direction());
        if (real && beyondFail) {
            return new Decided(GateStatus.FAIL, "beyond fail " + t.failureText() + " and " + realReason);
        }
        if (real) {
            return new Decided(GateStatus.WARN, realReason + ", within fail " + t.failureText());
        }
        if (beyondFail) {
            return new Decided(GateStatus.WARN, "beyond fail " + t.failureText() + ", not statistically real");
        }
        if (beyondWarn) {
            return new Decided(GateStatus.WARN, "beyond warn " + t.warningText());
        }
        return new Decided(GateStatus.PASS, null);
    }

    /**
     * A comparison's verdict without declared thresholds: the verdict's own (regressed beyond the
     * comparison's smallest effect) fails; inconclusive with a change of {@link #LARGE_CHANGE} or more
     * the bad way warns; an improvement warns only when asked.
     */
    static Decided ofVerdict(Verdict verdict, Double relative, Direction direction, boolean warnOnImprovement) {
        if (verdict == Verdict.REGRESSED) {
            return new Decided(GateStatus.FAIL, "regressed");
        }
        if (verdict == Verdict.INCONCLUSIVE && relative != null && direction != null
                && bad(relative, direction) >= LARGE_CHANGE) {
            return new Decided(GateStatus.WARN, "inconclusive with a large change");
        }
        if (verdict == Verdict.IMPROVED && warnOnImprovement) {
            return new Decided(GateStatus.WARN, "improved");
        }
        return new Decided(GateStatus.PASS, null);
    }

    /** How far {@code relative} goes the bad way (negative when it goes the good way). */
    static double bad(double relative, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? -relative : relative;
    }

    /** Whether a change of {@code percent} reaches {@code bound} (the LightwaveOS semantics: on it reaches it). */
    static boolean reaches(double percent, double bound, Direction direction) {
        return direction == Direction.HIGHER_IS_BETTER ? percent <= bound : percent >= bound;
    }
}
