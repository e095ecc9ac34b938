package io.lightwaveos.bench.analysis.gate;

import java.util.Locale;

/** The outcome of gating one metric, or a whole run, against a baseline. */
public enum GateStatus {
    /** Within the warning limit. */
    PASS,
    /** Beyond the warning limit, within the failure limit. */
    WARN,
    /** Beyond the failure limit. */
    FAIL,
    /** Not evaluated: the key names no metric of the registry, or the run has no value for it. */
    SKIPPED;

    /** The name used in JSON: {@code pass}, {@code warn}, {@code fail}, {@code skipped}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
