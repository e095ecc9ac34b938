package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.text.Printable;

/**
 * A result file could not be read. The message names the file (control characters escaped) and the line
 * ({@code results.json:12: results[0].times[3]: expected a number, got a string}) and says what
 * was expected and what was found; {@link #reason()} says which kind of problem it is. A reader
 * that throws has returned nothing: no result is ever half-read.
 */
public final class FormatException extends RuntimeException {

    /** What kind of problem. */
    public enum Reason {
        /** The bytes are not UTF-8 text. */
        NOT_UTF8,
        /** A bound of {@link FormatLimits} was reached (file size, line length, count of measures or values). */
        LIMIT,
        /** The text is not what the format's syntax allows (unreadable JSON, truncated file). */
        SYNTAX,
        /** The syntax is right but a part is missing, of the wrong type or shape. */
        SHAPE,
        /** A value is out of range: NaN, an infinity, a negative count, a name with control characters. */
        VALUE,
        /** The file holds no measure at all. */
        EMPTY,
        /** The format is unknown, or {@code auto} cannot tell which it is. */
        UNKNOWN_FORMAT
    }

    private final String source;
    private final long line;
    private final Reason reason;
    private final String detail;

    private FormatException(String source, long line, Reason reason, String detail) {
        super((source == null ? "" : Printable.escape(source) + ":") + (line > 0 ? line + ":" : "")
                + (source == null && line <= 0 ? "" : " ") + detail);
        this.source = source;
        this.line = line;
        this.reason = reason;
        this.detail = detail;
    }

    /**
     * A problem on {@code line} of the file being read; the reader's caller adds the file's name.
     *
     * @param line   1-based line, or 0 when the problem is not on one line
     * @param reason what kind of problem
     * @param detail what was expected and what was found
     */
    public static FormatException at(long line, Reason reason, String detail) {
        return new FormatException(null, line, reason, detail);
    }

    /** This problem in the file {@code source} (as the user named it). */
    public FormatException in(String source) {
        FormatException e = new FormatException(source, line, reason, detail);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /** The file as the user named it, or null when not known. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    /** What kind of problem. */
    public Reason reason() {
        return reason;
    }

    /** The message without file and line. */
    public String detail() {
        return detail;
    }
}
