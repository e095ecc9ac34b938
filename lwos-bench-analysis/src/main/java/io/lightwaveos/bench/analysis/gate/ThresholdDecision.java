package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.util.Objects;

/**
 * The decision of one metric or measure against declared warn/fail thresholds AND the statistics
 * (SPEC §15 "Decision per measure"), the one rule of {@code ci} and {@code check}: {@code fail} only
 * when the change is beyond the fail threshold and the statistics say it is real; {@code warn} when
 * beyond warn, or real but below fail, or beyond fail but not real; {@code pass} otherwise. Without
 * thresholds, {@link #ofVerdict} decides from a comparison's verdict.
 *
 * <pre>{@code
 * Threshold t = new Threshold(3, 5, Direction.LOWER_IS_BETTER);   // warn +3 %, fail +5 %
 * ThresholdDecision.withThreshold(0.06, t, true, "regressed");     // fail: beyond fail +5% and regressed
 * ThresholdDecision.withThreshold(0.06, t, false, "regressed");    // warn: beyond fail, not statistically real
 * }</pre>
 *
 * @param decision {@link GateStatus#PASS}, {@link GateStatus#WARN} or {@link GateStatus#FAIL}
 * @param reason   why, in a few words ({@code beyond warn +3%}); null for a plain pass
 */
public record ThresholdDecision(GateStatus decision, String reason) {

    /** Without a threshold, an inconclusive change at least this large (a fraction, the bad way) warns. */
    public static final double LARGE_CHANGE = 0.05;

    /** Checks the decision is present. */
    public ThresholdDecision {
        Objects.requireNonNull(decision, "decision");
    }

    /**
     * With declared thresholds.
     *
     * @param relative   the relative change (a fraction, 0.05 = +5 %), or null when unknown
     * @param t          the thresholds, in percent of the baseline
     * @param real       whether the statistics say the change is real and bad
     * @param realReason the words for "real" ({@code regressed}, {@code a change point at this run})
     * @return the decision; an unknown change is a pass, or a warn when real
     */
    public static ThresholdDecision withThreshold(Double relative, Threshold t, boolean real, String realReason) {
        if (relative == null || !Double.isFinite(relative)) {
            return real ? new ThresholdDecision(GateStatus.WARN, realReason + ", change unknown")
                    : new ThresholdDecision(GateStatus.PASS, null);
        }
        double percent = relative * 100;
        boolean beyondFail = reaches(percent, t.failurePercent(), t.direction());
        boolean beyondWarn = reaches(percent, t.warningPercent(), t.direction());
        if (real && beyondFail) {
            return new ThresholdDecision(GateStatus.FAIL, "beyond fail " + t.failureText() + " and " + realReason);
        }
        if (real) {
            return new ThresholdDecision(GateStatus.WARN, realReason + ", within fail " + t.failureText());
        }
        if (beyondFail) {
            return new ThresholdDecision(GateStatus.WARN, "beyond fail " + t.failureText() + ", not statistically real");
        }
        if (beyondWarn) {
            return new ThresholdDecision(GateStatus.WARN, "beyond warn " + t.warningText());
        }
        return new ThresholdDecision(GateStatus.PASS, null);
    }

    /**
     * A comparison's verdict without declared thresholds: regressed (beyond the comparison's smallest
     * effect) fails; inconclusive with a change of {@link #LARGE_CHANGE} or more the bad way warns;
     * an improvement warns only when asked.
     *
     * @param relative  the relative change (a fraction), or null when unknown
     * @param direction which way is better, or null when none (then inconclusive never warns)
     */
    public static ThresholdDecision ofVerdict(Verdict verdict, Double relative, Direction direction,
            boolean warnOnImprovement) {
        if (verdict == Verdict.REGRESSED) {
            return new ThresholdDecision(GateStatus.FAIL, "regressed");
        }
        if (verdict == Verdict.INCONCLUSIVE && relative != null && direction != null
                && bad(relative, direction) >= LARGE_CHANGE) {
            return new ThresholdDecision(GateStatus.WARN, "inconclusive with a large change");
        }
        if (verdict == Verdict.IMPROVED && warnOnImprovement) {
            return new ThresholdDecision(GateStatus.WARN, "improved");
        }
        return new ThresholdDecision(GateStatus.PASS, null);
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
