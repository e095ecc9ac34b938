package io.lightwaveos.bench.analysis.compare;

import java.util.Locale;

/** What a comparison concludes for one metric, by the metric's direction. */
public enum Verdict {
    /** Significant, and B is better than A in the metric's direction. */
    IMPROVED,
    /** Significant, and B is worse than A in the metric's direction. */
    REGRESSED,
    /** Not significant (by Holm-adjusted p and the minimum effect), or not computable. */
    NO_SIGNIFICANT_CHANGE;

    /** The name used in JSON: {@code improved}, {@code regressed}, {@code no_significant_change}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
