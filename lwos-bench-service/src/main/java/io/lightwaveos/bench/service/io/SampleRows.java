package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import io.lightwaveos.bench.text.Printable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts a {@link Sample} to its export row and back. Every value is text here; the formats
 * decide how text is framed (CSV cells, JSON strings and numbers).
 */
public final class SampleRows {

    private static final DateTimeFormatter UTC_MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** A decimal number as CSV and JSON write them: no hex, no type suffix, no NaN or Infinity. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private SampleRows() {
    }

    /**
     * The row of {@code sample}, one string per {@link SampleColumn} in order; extended columns
     * are {@code null} for compact samples. Floats are written in their shortest form that reads
     * back to the same float32.
     */
    public static String[] toRow(Sample sample) {
        String[] row = new String[SampleColumn.all().size()];
        for (SampleColumn c : SampleColumn.all()) {
            Object v = c.valueIn(sample);
            row[c.ordinal()] = v == null ? null : v instanceof Instant t ? formatTimestamp(t) : v.toString();
        }
        return row;
    }

    /**
     * The sample a row describes.
     *
     * @param cell        the text of a column, or null/blank when the column is absent or empty
     * @param fallbackSeq the seq to use when the row has none (its 0-based position)
     * @throws IllegalArgumentException naming the column and the problem
     */
    public static Sample fromRow(Function<SampleColumn, String> cell, long fallbackSeq) {
        int present = 0;
        int extendedColumns = 0;
        for (SampleColumn c : SampleColumn.all()) {
            if (c.extended()) {
                extendedColumns++;
                if (!isBlank(cell.apply(c))) {
                    present++;
                }
            }
        }
        boolean extended = present == extendedColumns;
        Object[] values = new Object[SampleColumn.all().size()];
        for (SampleColumn c : SampleColumn.all()) {
            if (c.extended() && !extended) {
                continue;
            }
            if (c == SampleColumn.SEQ && isBlank(cell.apply(c))) {
                values[c.ordinal()] = fallbackSeq;
            } else {
                values[c.ordinal()] = switch (c.type()) {
                    case TIME -> parseTimestamp(required(cell, c));
                    case FLOAT32 -> parseFloat(cell, c);
                    default -> parseUnsigned(cell, c, c.type().max());
                };
            }
        }
        if (!extended && present != 0) {
            throw new IllegalArgumentException("extended columns must be all filled (extended frame) or all empty"
                    + " (compact frame); found " + present + " of " + extendedColumns + " filled");
        }
        return SampleColumn.sampleOf(c -> values[c.ordinal()]);
    }

    /** {@code 2026-11-26T14:02:19.123456Z}: UTC, always six fraction digits. */
    public static String formatTimestamp(Instant t) {
        return UTC_MICROS.format(t);
    }

    /**
     * Parses an ISO-8601 time: with {@code Z} or an offset, or without one (taken as UTC, as the
     * Python tool wrote it); a space instead of {@code T} is accepted.
     *
     * @throws IllegalArgumentException when the text is no such time
     */
    public static Instant parseTimestamp(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("timestamp_utc: expected an ISO-8601 time like "
                        + "2026-11-26T14:02:19.123456Z, got \"" + Printable.of(text) + "\"");
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(Function<SampleColumn, String> cell, SampleColumn c) {
        String v = cell.apply(c);
        if (isBlank(v)) {
            throw new IllegalArgumentException(c.header() + ": expected a value, got an empty cell");
        }
        return v.strip();
    }

    private static float parseFloat(Function<SampleColumn, String> cell, SampleColumn c) {
        String v = required(cell, c);
        if (!DECIMAL.matcher(v).matches()) {
            throw new IllegalArgumentException(c.header() + ": expected "
                    + (v.matches("[+-]?(NaN|Infinity)") ? "a finite float32" : "a number") + ", got \"" + Printable.of(v) + "\"");
        }
        float f = (float) Double.parseDouble(v);
        if (!Float.isFinite(f)) {
            throw new IllegalArgumentException(c.header() + ": expected a finite float32, got \"" + v + "\"");
        }
        return f;
    }

    private static long parseUnsigned(Function<SampleColumn, String> cell, SampleColumn c, long max) {
        String v = required(cell, c);
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            // pandas writes integer columns as 12.0 once a column had a missing value
            if (!DECIMAL.matcher(v).matches()) {
                throw new IllegalArgumentException(c.header() + ": expected a whole number, got \"" + Printable.of(v) + "\"");
            }
            double d = Double.parseDouble(v);
            if (d != Math.rint(d) || Math.abs(d) > 9.0e15) {
                throw new IllegalArgumentException(c.header() + ": expected a whole number, got \"" + Printable.of(v) + "\"");
            }
            n = (long) d;
        }
        if (n < 0 || n > max) {
            throw new IllegalArgumentException(c.header() + ": expected 0 to " + max + ", got " + Printable.of(v));
        }
        return n;
    }
}
