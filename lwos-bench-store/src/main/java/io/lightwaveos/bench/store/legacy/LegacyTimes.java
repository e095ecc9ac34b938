package io.lightwaveos.bench.store.legacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the times the Python tool wrote: Python's {@code isoformat()}, with or without an offset
 * ({@code 2025-01-15T10:30:00.123456}, {@code ...+00:00}, {@code ...Z}), or SQLite's
 * {@code 2025-01-15 10:30:00}. A time without an offset is UTC, as the tool stored UTC.
 */
final class LegacyTimes {

    private LegacyTimes() {
    }

    /**
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected an ISO-8601 time, found none");
        }
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == ' ') {
            t = t.substring(0, 10) + 'T' + t.substring(11);
        }
        try {
            if (t.endsWith("Z") || t.endsWith("z") || hasOffset(t)) {
                return OffsetDateTime.parse(t.endsWith("z") ? t.substring(0, t.length() - 1) + "Z" : t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected an ISO-8601 time like 2025-01-15T10:30:00.123456, found \""
                    + text + "\"", e);
        }
    }

    /** An offset such as {@code +00:00} or {@code -05:00} after the time part. */
    private static boolean hasOffset(String t) {
        int timeStart = t.indexOf('T');
        if (timeStart < 0) {
            return false;
        }
        return t.indexOf('+', timeStart) > 0 || t.indexOf('-', timeStart) > 0;
    }
}
