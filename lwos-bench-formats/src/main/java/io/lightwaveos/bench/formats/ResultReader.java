package io.lightwaveos.bench.formats;

/**
 * Reads one result-file format into measures. Implementations are strict and all-or-nothing:
 * the first problem is a {@link FormatException} naming the line, and nothing is returned.
 */
interface ResultReader {

    /**
     * The measures and hints in {@code source}.
     *
     * @throws FormatException (without the file name: {@link ResultFormat#read} adds it) on the first problem
     */
    ReadResult read(SourceText source, FormatLimits limits);
}
