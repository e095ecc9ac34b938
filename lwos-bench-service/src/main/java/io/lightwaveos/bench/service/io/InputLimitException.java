package io.lightwaveos.bench.service.io;

/** An input file broke one of its {@link InputLimits}; the message names the limit and the line. */
public final class InputLimitException extends ImportException {

    /** Which bound was hit. */
    public enum Limit {
        /** {@link InputLimits#maxLineChars()}. */
        LINE,
        /** {@link InputLimits#maxRecordChars()}. */
        RECORD,
        /** {@link InputLimits#maxTotalBytes()}. */
        TOTAL
    }

    private final Limit limit;

    /**
     * @param line    the 1-based line where the limit was reached
     * @param limit   which limit
     * @param message what was found and the bound
     */
    public InputLimitException(long line, Limit limit, String message) {
        super(line, message);
        this.limit = limit;
    }

    /** Which bound was hit. */
    public Limit limit() {
        return limit;
    }
}
