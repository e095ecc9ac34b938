package io.lightwaveos.bench.formats.regression;

import java.util.Locale;

/** How bad a change is, in the LightwaveOS {@code detect_regressions.py}'s three levels, best first. */
public enum Severity {
    /** Within the thresholds, or not gated. */
    PASS,
    /** At or beyond the warning threshold, or new in the current results. */
    WARNING,
    /** At or beyond the failure threshold, or missing from the current results. */
    FAILURE;

    /** {@code pass}, {@code warning}, {@code failure}: the script's JSON words. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
