package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.metric.Direction;
import java.util.Optional;

/**
 * The LightwaveOS native benchmark's measures (SPEC §14): one list for the native log and the
 * results/baseline JSON, in the order a result lists them.
 */
enum NativeMeasure {
    SNR_DB("snr_db", "dB", Direction.HIGHER_IS_BETTER),
    FALSE_TRIGGERS("false_triggers", "", Direction.LOWER_IS_BETTER),
    FALSE_TRIGGER_RATE("false_trigger_rate", "%", Direction.LOWER_IS_BETTER),
    DYNAMIC_RANGE("dynamic_range", "", Direction.HIGHER_IS_BETTER),
    LATENCY_MS("latency_ms", "ms", Direction.LOWER_IS_BETTER),
    CPU_LOAD_PERCENT("cpu_load_percent", "%", Direction.LOWER_IS_BETTER),
    MEMORY_USAGE_KB("memory_usage_kb", "KB", Direction.LOWER_IS_BETTER),
    /** A setting: reported, never gated. */
    SAMPLE_RATE_HZ("sample_rate_hz", "Hz", null),
    /** A setting: reported, never gated. */
    BUFFER_SIZE("buffer_size", "samples", null);

    /** The suite of every native measure. */
    static final String SUITE = "native";

    final String id;
    final String unit;
    /** Null: reported, never gated. */
    final Direction direction;

    NativeMeasure(String id, String unit, Direction direction) {
        this.id = id;
        this.unit = unit;
        this.direction = direction;
    }

    static Optional<NativeMeasure> byId(String id) {
        for (NativeMeasure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
