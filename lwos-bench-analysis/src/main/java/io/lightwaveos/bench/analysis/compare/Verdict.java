package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.metric.Direction;
import java.util.Locale;

/** What a comparison concludes for one metric, by the metric's direction. */
public enum Verdict {
    /** Significant, and B is better than A in the metric's direction. */
    IMPROVED,
    /** Significant, and B is worse than A in the metric's direction. */
    REGRESSED,
    /** Not significant (by Holm-adjusted p and the minimum effect), or not computable. */
    NO_SIGNIFICANT_CHANGE;

    /**
     * The verdict for a difference {@code meanDiff} = B - A: no significant change unless
     * {@code significant}; otherwise improved when the difference goes the metric's better way
     * (negative for lower-is-better), regressed when it goes the other way.
     */
    public static Verdict of(boolean significant, double meanDiff, Direction direction) {
        if (!significant || meanDiff == 0) {
            return NO_SIGNIFICANT_CHANGE;
        }
        return meanDiff * direction.improvementSign() > 0 ? IMPROVED : REGRESSED;
    }

    /** The name used in JSON: {@code improved}, {@code regressed}, {@code no_significant_change}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
