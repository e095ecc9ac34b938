package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The records of a CSV text, one at a time, read from a {@link BoundedTextReader} in large chunks;
 * empty lines are skipped. A record without quotes (every record {@code export} writes) is split
 * where it lies: its cells are ranges of {@link #chars()}, and no string is made. A record with
 * quotes, which may go on over several lines, is read by Jackson's CSV parser into strings, so that
 * quoting means what it always meant.
 */
final class CsvRecords {

    private static final int FIRST_BUFFER = 1 << 16;

    private final BoundedTextReader in;
    private char[] buf = new char[FIRST_BUFFER];
    /** The next character not yet handed out. */
    private int pos;
    /** The end of the characters read so far. */
    private int limit;
    private boolean eof;
    private long nextLine = 1;

    private long line;
    private int size;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    /** The cells of the current record when it has quotes, else null. */
    private String[] quoted;
    /** Further records of the last quoted text (Jackson also ends a record at a lone carriage return). */
    private final ArrayDeque<String[]> more = new ArrayDeque<>();

    CsvRecords(BoundedTextReader in) {
        this.in = in;
    }

    /**
     * Moves to the next record; false at the end of the input.
     *
     * @param unreadable how a message about a record the CSV parser cannot read begins
     *                   ({@code "unreadable CSV: "})
     * @throws ImportException naming the line, for a record the CSV parser cannot read, and as the
     *                         {@link BoundedTextReader} throws them
     */
    boolean next(String unreadable) throws IOException {
        if (!more.isEmpty()) {
            useQuoted(more.poll());
            return true;
        }
        while (true) {
            int newline = find();
            int start = pos;
            if (newline < 0 && start == limit) {
                return false;
            }
            int rawEnd = newline < 0 ? limit : newline + 1;
            int end = newline < 0 ? limit : newline;
            pos = rawEnd;
            line = nextLine++;
            if (end > start && buf[end - 1] == '\r') {
                end--;
            }
            if (end == start) {
                continue;
            }
            if (split(start, end)) {
                return true;
            }
            if (readQuoted(start, rawEnd, unreadable)) {
                return true;
            }
        }
    }

    /** The 1-based line the current record starts on. */
    long line() {
        return line;
    }

    /** The number of cells of the current record. */
    int size() {
        return size;
    }

    /** Whether the current record had no quotes, so its cells are ranges of {@link #chars()}. */
    boolean plain() {
        return quoted == null;
    }

    /** The characters a plain record's cells are ranges of (valid until the next {@link #next}). */
    char[] chars() {
        return buf;
    }

    /** Where cell {@code i} of a plain record starts in {@link #chars()}. */
    int start(int i) {
        return starts[i];
    }

    /** Where cell {@code i} of a plain record ends in {@link #chars()} (exclusive). */
    int end(int i) {
        return ends[i];
    }

    /** Cell {@code i} as text, for any record. */
    String cell(int i) {
        return quoted != null ? quoted[i] : new String(buf, starts[i], ends[i] - starts[i]);
    }

    /**
     * Splits the line {@code [start, end)} at its commas into the current record; false, splitting
     * nothing, if it holds a quote or a carriage return (a record for the CSV parser).
     */
    private boolean split(int start, int end) {
        int n = 0;
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            char c = i == end ? ',' : buf[i];
            if (c == ',') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = cellStart;
                ends[n] = i;
                n++;
                cellStart = i + 1;
            } else if (c == '"' || c == '\r') {
                return false;
            }
        }
        quoted = null;
        size = n;
        return true;
    }

    /**
     * Reads the record with quotes that starts at {@code start}: lines are added while a quote is
     * open, then the text is parsed. False if it held no record after all.
     */
    private boolean readQuoted(int start, int rawEnd, String unreadable) throws IOException {
        StringBuilder text = new StringBuilder().append(buf, start, rawEnd - start);
        int quotes = quotes(start, rawEnd);
        while (quotes % 2 == 1) {
            int newline = find();
            int s = pos;
            if (newline < 0 && s == limit) {
                break;
            }
            int e = newline < 0 ? limit : newline + 1;
            pos = e;
            nextLine++;
            text.append(buf, s, e - s);
            quotes += quotes(s, e);
        }
        try (MappingIterator<String[]> it = SampleParsers.CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text.toString())) {
            while (it.hasNextValue()) {
                more.add(it.nextValue());
            }
        } catch (RuntimeException | JsonProcessingException e) {
            throw SampleParsers.ownOr(e, new ImportException(line, unreadable + reason(e)));
        }
        if (more.isEmpty()) {
            return false;
        }
        useQuoted(more.poll());
        return true;
    }

    private void useQuoted(String[] cells) {
        quoted = cells;
        size = cells.length;
    }

    private int quotes(int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (buf[i] == '"') {
                n++;
            }
        }
        return n;
    }

    /**
     * The index of the next line feed at or after {@link #pos}, reading more input as needed (the
     * unread characters move to the front of the buffer, which grows when a line fills it; the
     * reader bounds a line's length); -1 when the input ends first.
     */
    private int find() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            if (eof) {
                return -1;
            }
            int scanned = limit - pos;
            fill();
            from = pos + scanned;
        }
    }

    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** What the CSV parser said, in a user's words ({@link JsonWords#reason}). */
    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? JsonWords.reason(j) : Printable.of(String.valueOf(e.getMessage()));
    }
}
