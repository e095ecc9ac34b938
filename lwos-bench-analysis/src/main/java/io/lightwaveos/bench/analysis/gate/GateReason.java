package io.lightwaveos.bench.analysis.gate;

import java.util.Locale;

/** Why a metric warns (check schema v2). */
public enum GateReason {
    /** The value is beyond the warning limit, within the failure limit. */
    BEYOND_WARNING,
    /**
     * The value is beyond the failure limit, but its 95% interval reaches back inside it: with this
     * few effective samples the run cannot be said to fail.
     */
    POSSIBLE_FAILURE;

    /** The name used in JSON: {@code beyond_warning}, {@code possible_failure}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
