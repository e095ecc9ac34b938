package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.SampleColumn;
import java.util.Locale;

/** The sample file formats of {@code export} and {@code import}. */
public enum SampleFormat {
    /** RFC 4180 CSV with a header row of {@link io.lightwaveos.bench.run.SampleColumn} names. */
    CSV("text/csv; charset=utf-8"),
    /** One JSON document: {@code {"schema": "lwos-bench/export/v3", "run": {...}, "measures": [...], "samples": [...]}}. */
    JSON("application/json"),
    /** One sample object per line, keys as the CSV header. */
    JSONL("application/x-ndjson");

    private final String mediaType;

    SampleFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The HTTP media type of a file in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file-name extension, without a dot ({@code csv}, {@code json}, {@code jsonl}). */
    public String extension() {
        return id();
    }

    /** The lower-case name used on the command line and in URLs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code csv}, {@code json} or {@code jsonl} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static SampleFormat parse(String text) {
        for (SampleFormat f : values()) {
            if (f.id().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be csv, json or jsonl, got \"" + text + "\"");
    }

    /** The format a file name's extension names ({@code .csv}, {@code .json}, {@code .jsonl}), if any. */
    public static SampleFormat fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) return CSV;
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return JSONL;
        if (lower.endsWith(".json")) return JSON;
        return null;
    }
}
