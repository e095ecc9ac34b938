package io.lightwaveos.bench.json;

/**
 * Text that {@link StrictJson} refuses: not JSON at all ({@link Reason#SYNTAX}, with the line and
 * column of the problem), or JSON whose top value is not an object ({@link Reason#NOT_AN_OBJECT}).
 */
public final class JsonFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the text was refused. */
    public enum Reason {
        /** The text breaks RFC 8259 (or nests deeper than {@link StrictJson#MAX_DEPTH}). */
        SYNTAX,
        /** The text is JSON, but its top value is not an object. */
        NOT_AN_OBJECT
    }

    private final Reason reason;
    private final int line;
    private final int column;
    private final String problem;

    JsonFormatException(Reason reason, int line, int column, String problem) {
        super(reason == Reason.SYNTAX
                ? "invalid JSON at line " + line + ", column " + column + ": " + problem
                : problem);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** Why the text was refused. */
    public Reason reason() {
        return reason;
    }

    /** The 1-based line of the problem; 0 for {@link Reason#NOT_AN_OBJECT}. */
    public int line() {
        return line;
    }

    /** The 1-based column (in UTF-16 characters) of the problem; 0 for {@link Reason#NOT_AN_OBJECT}. */
    public int column() {
        return column;
    }

    /** The problem alone, without its place: {@code duplicate key "a"}. */
    public String problem() {
        return problem;
    }
}
