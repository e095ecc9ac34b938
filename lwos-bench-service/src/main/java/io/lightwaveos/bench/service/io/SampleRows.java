package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.run.Sample;
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
        BenchmarkFrame f = sample.frame();
        String[] row = new String[SampleColumn.all().size()];
        row[SampleColumn.TIMESTAMP_UTC.ordinal()] = formatTimestamp(sample.receivedAt());
        row[SampleColumn.TIMESTAMP_MS.ordinal()] = Long.toString(f.timestampMs());
        row[SampleColumn.AVG_TOTAL_US.ordinal()] = Float.toString(f.avgTotalUs());
        row[SampleColumn.AVG_GOERTZEL_US.ordinal()] = Float.toString(f.avgGoertzelUs());
        row[SampleColumn.PEAK_TOTAL_US.ordinal()] = Integer.toString(f.peakTotalUs());
        row[SampleColumn.PEAK_GOERTZEL_US.ordinal()] = Integer.toString(f.peakGoertzelUs());
        row[SampleColumn.CPU_LOAD_PERCENT.ordinal()] = Float.toString(f.cpuLoadPercent());
        row[SampleColumn.HOP_COUNT.ordinal()] = Long.toString(f.hopCount());
        row[SampleColumn.GOERTZEL_COUNT.ordinal()] = Integer.toString(f.goertzelCount());
        row[SampleColumn.FLAGS.ordinal()] = Integer.toString(f.flags().raw());
        row[SampleColumn.SEQ.ordinal()] = Long.toString(sample.seq());
        ExtendedFields x = f.extended();
        if (x != null) {
            row[SampleColumn.AVG_DC_AGC_US.ordinal()] = Float.toString(x.avgDcAgcUs());
            row[SampleColumn.AVG_CHROMA_US.ordinal()] = Float.toString(x.avgChromaUs());
            row[SampleColumn.GOERTZEL_COUNT_FULL.ordinal()] = Long.toString(x.goertzelCountFull());
            for (int i = 0; i < FrameLayout.HISTOGRAM_BINS; i++) {
                row[SampleColumn.HIST_0.ordinal() + i] = Integer.toString(x.histogramBin(i));
            }
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
        Instant receivedAt = parseTimestamp(required(cell, SampleColumn.TIMESTAMP_UTC));
        long timestampMs = parseUnsigned(cell, SampleColumn.TIMESTAMP_MS, 0xFFFF_FFFFL);
        float avgTotal = parseFloat(cell, SampleColumn.AVG_TOTAL_US);
        float avgGoertzel = parseFloat(cell, SampleColumn.AVG_GOERTZEL_US);
        int peakTotal = (int) parseUnsigned(cell, SampleColumn.PEAK_TOTAL_US, 0xFFFF);
        int peakGoertzel = (int) parseUnsigned(cell, SampleColumn.PEAK_GOERTZEL_US, 0xFFFF);
        float cpu = parseFloat(cell, SampleColumn.CPU_LOAD_PERCENT);
        long hops = parseUnsigned(cell, SampleColumn.HOP_COUNT, 0xFFFF_FFFFL);
        int goertzelCount = (int) parseUnsigned(cell, SampleColumn.GOERTZEL_COUNT, 0xFFFF);
        int flags = (int) parseUnsigned(cell, SampleColumn.FLAGS, 0xFF);
        String seqText = cell.apply(SampleColumn.SEQ);
        long seq = isBlank(seqText) ? fallbackSeq : parseUnsigned(cell, SampleColumn.SEQ, Long.MAX_VALUE);

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
        ExtendedFields ext = null;
        if (present == extendedColumns) {
            int[] hist = new int[FrameLayout.HISTOGRAM_BINS];
            for (int i = 0; i < hist.length; i++) {
                hist[i] = (int) parseUnsigned(cell, SampleColumn.values()[SampleColumn.HIST_0.ordinal() + i], 0xFFFF);
            }
            ext = new ExtendedFields(parseFloat(cell, SampleColumn.AVG_DC_AGC_US),
                    parseFloat(cell, SampleColumn.AVG_CHROMA_US),
                    parseUnsigned(cell, SampleColumn.GOERTZEL_COUNT_FULL, 0xFFFF_FFFFL), 0, hist);
        } else if (present != 0) {
            throw new IllegalArgumentException("extended columns must be all filled (extended frame) or all empty"
                    + " (compact frame); found " + present + " of " + extendedColumns + " filled");
        }
        BenchmarkFrame frame = new BenchmarkFrame(timestampMs, avgTotal, avgGoertzel, cpu, peakTotal,
                peakGoertzel, hops, goertzelCount, Flags.of(flags), 0, ext);
        return new Sample(seq, Sample.toMicros(receivedAt), frame);
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
