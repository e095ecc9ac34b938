package io.lightwaveos.bench.formats;

/**
 * The bounds every reader applies, so no file makes a reader hold more than a bounded amount
 * whatever it contains. Each is checked as it is reached; the {@link FormatException} names the
 * limit and the line.
 *
 * @param maxBytes       bytes in the whole file
 * @param maxLineChars   characters in one line, its end excluded (as the sample-file importers: 1 MiB)
 * @param maxMeasures    measures in one file
 * @param maxValues      numbers in one file (all measures' values and repeats together, and the
 *                       values of a JSON document's tree)
 */
public record FormatLimits(long maxBytes, int maxLineChars, int maxMeasures, int maxValues) {

    /**
     * 32 MiB, lines up to 1 MiB characters, 100,000 measures, 4,000,000 values: far beyond any
     * real result file (a JMH run of 200 benchmarks is ~500 KB), small enough to hold in memory.
     */
    public static final FormatLimits DEFAULT = new FormatLimits(32L << 20, 1 << 20, 100_000, 4_000_000);

    /** Checks the limits are positive. */
    public FormatLimits {
        if (maxBytes <= 0 || maxLineChars <= 0 || maxMeasures <= 0 || maxValues <= 0) {
            throw new IllegalArgumentException("format limits must be positive, got bytes " + maxBytes + ", line "
                    + maxLineChars + ", measures " + maxMeasures + ", values " + maxValues);
        }
    }
}
