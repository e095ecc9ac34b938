package io.lightwaveos.bench.analysis.compare;

import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.metric.Direction;
import java.util.Locale;

/**
 * What a comparison concludes for one metric (compare schema v2), one of four, mutually exclusive
 * by construction: a significant change is at least min-effect, so its 90% interval cannot lie
 * inside ±min-effect.
 */
public enum Verdict {
    /** Significant, and B is better than A in the metric's direction. */
    IMPROVED,
    /** Significant, and B is worse than A in the metric's direction. */
    REGRESSED,
    /**
     * Not significant, and the 90% interval of the relative change lies inside (−min-effect,
     * +min-effect): two one-sided tests at level alpha show the change is smaller than min-effect.
     */
    EQUIVALENT,
    /** Neither: the data cannot tell (too few effective samples for the min-effect asked for). */
    INCONCLUSIVE;

    /**
     * The verdict for a difference {@code meanDiff} = B - A.
     *
     * @param significant  whether the change is significant (Holm-adjusted p &lt; alpha and |relative change| &gt;= min-effect)
     * @param meanDiff     B - A; its sign decides improved or regressed
     * @param direction    the metric's direction
     * @param ci90Relative the 90% interval of the relative change; null when not computable
     * @param minEffect    the minimum relative effect, &gt;= 0
     */
    public static Verdict of(boolean significant, double meanDiff, Direction direction, Interval ci90Relative,
            double minEffect) {
        if (significant && meanDiff != 0) {
            return meanDiff * direction.improvementSign() > 0 ? IMPROVED : REGRESSED;
        }
        if (ci90Relative != null && -minEffect < ci90Relative.lo() && ci90Relative.hi() < minEffect) {
            return EQUIVALENT;
        }
        return INCONCLUSIVE;
    }

    /** The name used in JSON: {@code improved}, {@code regressed}, {@code equivalent}, {@code inconclusive}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
