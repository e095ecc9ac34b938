package io.lightwaveos.bench.web;

import java.util.Locale;

/** The export formats the dashboard offers (the CLI's {@code export --format} has these and more). */
public enum ExportFormat {
    /** SPEC §6 export columns with a header line. */
    CSV("text/csv; charset=utf-8", "csv"),
    /** The same columns as JSON, as {@code export --format json} writes it. */
    JSON("application/json", "json");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The HTTP content type. */
    public String contentType() {
        return contentType;
    }

    /** The file-name extension, without a dot. */
    public String extension() {
        return extension;
    }

    /** The query-parameter name ({@code csv}, {@code json}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
