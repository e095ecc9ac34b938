package io.lightwaveos.bench.service.io;

/**
 * The bounds every reader of an input file applies (sample files, archives), so
 * no file can make a reader hold more than a few megabytes: the longest line, the longest record
 * (one JSON sample or run object, a whole baseline document), and the most bytes in all.
 * {@link BoundedTextReader} enforces them and says which one was hit, on which line.
 *
 * @param maxLineChars   characters in one line, its end excluded
 * @param maxRecordChars characters between {@link BoundedTextReader#startRecord()} and the
 *                       record's end (for formats whose records may span lines)
 * @param maxTotalBytes  bytes in the whole input
 */
public record InputLimits(long maxLineChars, long maxRecordChars, long maxTotalBytes) {

    /** Sample files: a sample line is ~300 characters, a run object a few kilobytes; no total bound. */
    public static final InputLimits SAMPLE_FILE = new InputLimits(1 << 20, 1 << 20, Long.MAX_VALUE);

    /** Checks the limits are positive. */
    public InputLimits {
        if (maxLineChars <= 0 || maxRecordChars <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("input limits must be positive, got line " + maxLineChars
                    + ", record " + maxRecordChars + ", total " + maxTotalBytes);
        }
    }
}
