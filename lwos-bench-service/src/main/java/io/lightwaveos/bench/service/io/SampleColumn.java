package io.lightwaveos.bench.service.io;

import java.util.List;

/**
 * The export columns (SPEC §6), in order: the older Python tool's ten columns first, then ours.
 * The one list every export and import format is driven from.
 */
public enum SampleColumn {
    TIMESTAMP_UTC("timestamp_utc", true),
    TIMESTAMP_MS("timestamp_ms", true),
    AVG_TOTAL_US("avg_total_us", true),
    AVG_GOERTZEL_US("avg_goertzel_us", true),
    PEAK_TOTAL_US("peak_total_us", true),
    PEAK_GOERTZEL_US("peak_goertzel_us", true),
    CPU_LOAD_PERCENT("cpu_load_percent", true),
    HOP_COUNT("hop_count", true),
    GOERTZEL_COUNT("goertzel_count", true),
    FLAGS("flags", true),
    SEQ("seq", false),
    AVG_DC_AGC_US("avg_dc_agc_us", false),
    AVG_CHROMA_US("avg_chroma_us", false),
    GOERTZEL_COUNT_FULL("goertzel_count_full", false),
    HIST_0("hist_0", false),
    HIST_1("hist_1", false),
    HIST_2("hist_2", false),
    HIST_3("hist_3", false),
    HIST_4("hist_4", false),
    HIST_5("hist_5", false),
    HIST_6("hist_6", false),
    HIST_7("hist_7", false);

    private static final List<SampleColumn> ALL = List.of(values());

    private final String header;
    private final boolean required;

    SampleColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The column name in CSV headers and JSON keys. */
    public String header() {
        return header;
    }

    /** Whether an import needs this column (the Python tool's ten are required, the rest optional). */
    public boolean required() {
        return required;
    }

    /** Whether this column belongs to the extended part of a frame (empty for compact samples). */
    public boolean extended() {
        return ordinal() >= AVG_DC_AGC_US.ordinal();
    }

    /** All columns in export order. */
    public static List<SampleColumn> all() {
        return ALL;
    }

    /** The column with this header, or null. */
    public static SampleColumn byHeader(String header) {
        for (SampleColumn c : ALL) {
            if (c.header.equals(header)) {
                return c;
            }
        }
        return null;
    }
}
