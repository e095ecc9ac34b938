package io.lightwaveos.bench.metric;

import java.util.Locale;

/** Which way a metric improves. */
public enum Direction {
    /** Smaller values are better (times, load). */
    LOWER_IS_BETTER,
    /** Larger values are better. */
    HIGHER_IS_BETTER;

    /** The name used in JSON and baseline files: {@code lower_is_better} or {@code higher_is_better}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@link #jsonName()} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Direction fromJsonName(String text) {
        for (Direction d : values()) {
            if (d.jsonName().equalsIgnoreCase(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "direction must be lower_is_better or higher_is_better, got \"" + text + "\"");
    }

    /**
     * +1 if a positive difference (B - A) is an improvement in this direction, -1 if it is a
     * regression.
     */
    public int improvementSign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
