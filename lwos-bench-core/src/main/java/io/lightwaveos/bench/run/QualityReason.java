package io.lightwaveos.bench.run;

import java.util.Locale;

/** Why a run's numbers are doubtful (SPEC §3, run quality). */
public enum QualityReason {
    /** Frames were lost on the way (the run has gaps). */
    GAPS,
    /** The device restarted during the run. */
    REBOOT,
    /** The connection dropped and the collector reconnected. */
    RECONNECTS,
    /** The device's statistics were reset during the run ({@code hopCount} stepped back). */
    STATS_RESET,
    /** The device changed its effect (the workload) during the run. */
    MIXED_WORKLOAD,
    /** Too few effective samples: n_eff of avg_total_us below {@link RunQuality#MIN_N_EFF}. */
    SHORT;

    /** The name in JSON, the store and the CLI: lower case ({@code stats_reset}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@link #jsonName()}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static QualityReason fromJsonName(String text) {
        for (QualityReason r : values()) {
            if (r.jsonName().equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("quality reason must be one of gaps, reboot, reconnects, stats_reset,"
                + " mixed_workload, short, got \"" + text + "\"");
    }
}
