package io.lightwaveos.bench.analysis.compare;

import java.util.Locale;

/** A label for the magnitude of Cohen's d: |d| &lt; 0.2 negligible, &lt; 0.5 small, &lt; 0.8 medium, else large. */
public enum EffectSize {
    /** |d| &lt; 0.2. */
    NEGLIGIBLE,
    /** 0.2 &lt;= |d| &lt; 0.5. */
    SMALL,
    /** 0.5 &lt;= |d| &lt; 0.8. */
    MEDIUM,
    /** |d| &gt;= 0.8. */
    LARGE;

    /** The label for Cohen's d ({@code d} of either sign). */
    public static EffectSize of(double d) {
        double a = Math.abs(d);
        if (a < 0.2) {
            return NEGLIGIBLE;
        }
        if (a < 0.5) {
            return SMALL;
        }
        return a < 0.8 ? MEDIUM : LARGE;
    }

    /** The name used in JSON: {@code negligible}, {@code small}, {@code medium}, {@code large}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
