package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Arrays;

/**
 * A row's cells read straight from characters into primitives, for the forms {@code export}
 * writes: plain decimals, whole numbers, {@code 2026-11-26T14:02:19.123456Z}. A cell in any other
 * form (spaces around it, an exponent, too many digits, a time with an offset) is not plain:
 * {@link #parse} answers null and the caller reads the row through {@link SampleRows#fromRow},
 * which accepts or refuses every form. Whatever is plain gives the very sample
 * {@link SampleRows#fromRow} gives, bit for bit.
 */
final class PlainCells {

    /** Not plain: what the number readers answer. */
    static final long NOT_PLAIN = Long.MIN_VALUE;
    /** 10^0 … 10^22, each exactly a double. */
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final long MAX_EXACT_SIGNIFICAND = 1L << 53;
    private static final int MAX_DIGITS = 18;
    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final SampleColumn[] COLUMNS = SampleColumn.all().toArray(new SampleColumn[0]);
    private static final int SEQ = SampleColumn.SEQ.ordinal();
    private static final int TIME = 0;
    private static final int FLOAT = 1;
    private static final int WHOLE = 2;

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    /** Per column ordinal: the cell it is in, or -1 when the header has none. */
    private final int[] position = new int[COLUMNS.length];
    private final int[] kind = new int[COLUMNS.length];
    private final long[] max = new long[COLUMNS.length];
    private final boolean[] extended = new boolean[COLUMNS.length];
    private final int extendedColumns;
    private final long[] cells = new long[COLUMNS.length];

    /** Cells of rows with the given header ({@code columns[i]}: the column of cell i, or null). */
    PlainCells(SampleColumn[] columns) {
        Arrays.fill(position, -1);
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != null) {
                position[columns[i].ordinal()] = i;
            }
        }
        int n = 0;
        for (SampleColumn c : COLUMNS) {
            int o = c.ordinal();
            kind[o] = switch (c.type()) {
                case TIME -> TIME;
                case FLOAT32 -> FLOAT;
                default -> WHOLE;
            };
            max[o] = c.type().max();
            extended[o] = c.extended();
            n += c.extended() ? 1 : 0;
        }
        extendedColumns = n;
    }

    /**
     * The sample of the current record of {@code row}, or null if a cell is not plain or the row is
     * wrong in any way (then {@link SampleRows#fromRow} says how).
     *
     * @param fallbackSeq the seq when the row has none (its 0-based position)
     */
    Sample parse(CsvRecords row, long fallbackSeq) {
        char[] b = row.chars();
        int filled = 0;
        for (int o = 0; o < COLUMNS.length; o++) {
            int at = position[o];
            if (extended[o] && at >= 0 && row.end(at) > row.start(at)) {
                filled++;
            }
        }
        if (filled != 0 && filled != extendedColumns) {
            return null;
        }
        boolean isExtended = filled == extendedColumns;
        for (int o = 0; o < COLUMNS.length; o++) {
            if (extended[o] && !isExtended) {
                continue;
            }
            int at = position[o];
            int s = at < 0 ? 0 : row.start(at);
            int e = at < 0 ? 0 : row.end(at);
            long v;
            if (o == SEQ && s == e) {
                v = fallbackSeq;
            } else {
                int k = kind[o];
                v = k == FLOAT ? floatBits(b, s, e) : k == WHOLE ? whole(b, s, e, max[o]) : micros(b, s, e);
                if (v == NOT_PLAIN) {
                    return null;
                }
            }
            cells[o] = v;
        }
        try {
            return SampleColumn.sampleOf(cells, isExtended);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A float32 written as {@code [+-]digits[.digits]} with at most 18 significant digits, as its raw
     * bits; {@link #NOT_PLAIN} otherwise. The decimal becomes the correctly rounded double (an
     * integer below 2^53 divided by an exact power of ten rounds once), then a float, as
     * {@code (float) Double.parseDouble} does.
     */
    static long floatBits(char[] b, int s, int e) {
        if (s == e) {
            return NOT_PLAIN;
        }
        boolean negative = b[s] == '-';
        if (negative || b[s] == '+') {
            s++;
        }
        long significand = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        boolean any = false;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (point) {
                    fraction++;
                }
                if (significand == 0 && c == '0') {
                    continue;
                }
                if (++digits > MAX_DIGITS) {
                    return NOT_PLAIN;
                }
                significand = significand * 10 + (c - '0');
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return NOT_PLAIN;
            }
        }
        if (!any || fraction >= POWERS_OF_TEN.length || significand > MAX_EXACT_SIGNIFICAND) {
            return NOT_PLAIN;
        }
        double v = significand / POWERS_OF_TEN[fraction];
        return Float.floatToRawIntBits((float) (negative ? -v : v)) & 0xFFFF_FFFFL;
    }

    /** A whole number of at most 18 digits within {@code [0, max]}; {@link #NOT_PLAIN} otherwise. */
    static long whole(char[] b, int s, int e, long max) {
        if (s == e || e - s > MAX_DIGITS) {
            return NOT_PLAIN;
        }
        long n = 0;
        for (int i = s; i < e; i++) {
            char c = b[i];
            if (c < '0' || c > '9') {
                return NOT_PLAIN;
            }
            n = n * 10 + (c - '0');
        }
        return n <= max ? n : NOT_PLAIN;
    }

    /**
     * {@code uuuu-MM-ddTHH:mm:ss[.fraction]} ({@code T} or a space), then {@code Z} or nothing (UTC),
     * as microseconds since the epoch; {@link #NOT_PLAIN} for any other form or an impossible date.
     */
    static long micros(char[] b, int s, int e) {
        int n = e - s;
        if (n > 0 && b[e - 1] == 'Z') {
            n--;
        }
        if (n < 19 || n == 20 || n > 29 || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' && b[s + 10] != ' '
                || b[s + 13] != ':' || b[s + 16] != ':' || n > 19 && b[s + 19] != '.') {
            return NOT_PLAIN;
        }
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        int hour = digits(b, s + 11, 2);
        int minute = digits(b, s + 14, 2);
        int second = digits(b, s + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > Month.of(month).length(Year.isLeap(year))) {
            return NOT_PLAIN;
        }
        long nanos = 0;
        for (int i = 0; i < 9; i++) {
            int at = s + 20 + i;
            int d = at < s + n ? b[at] - '0' : 0;
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            nanos = nanos * 10 + d;
        }
        long seconds = hour * 3600L + minute * 60L + second;
        return epochDay(year, month, day) * MICROS_PER_DAY + seconds * 1_000_000L + nanos / 1_000L;
    }

    /** {@code count} decimal digits as a number, or -1 if one is not a digit. */
    private static int digits(char[] b, int s, int count) {
        int v = 0;
        for (int i = s; i < s + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Days from 1970-01-01 to a valid proleptic Gregorian date (as {@code LocalDate.toEpochDay}). */
    private static long epochDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay();
    }
}
