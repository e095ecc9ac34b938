package io.lightwaveos.bench.service.io;

/** A sample file could not be read; the message names the line and what was wrong there. */
public class ImportException extends RuntimeException {

    private final long line;

    /**
     * @param line    1-based line of the file, or 0 when the problem is not on one line
     * @param message what was expected and what was found
     */
    public ImportException(long line, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }
}
