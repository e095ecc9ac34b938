package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads sample files written by {@link SampleExporter} (and the older Python tool's CSV export,
 * which has the same first ten columns), with one reader per format: {@link CsvSampleReader},
 * {@link JsonLinesSampleReader}, {@link JsonSampleReader}. Streaming: each valid sample goes to a
 * consumer; the first bad line stops the read with an {@link ImportException} naming the line.
 * Callers that need all-or-nothing read once to validate, or write inside one transaction.
 */
public final class SampleFileReader {

    private SampleFileReader() {
    }

    /**
     * Reads {@code in} as {@code format}, passing every sample to {@code sink} in file order.
     *
     * @return the run description of a JSON export, or null for CSV and JSONL
     * @throws ImportException naming the line, on the first problem
     * @throws IOException     when reading fails
     */
    public static ExportedRun read(SampleFormat format, InputStream in, Consumer<Sample> sink) throws IOException {
        return read(format, in, InputLimits.SAMPLE_FILE, sink);
    }

    /**
     * {@link #read(SampleFormat, InputStream, Consumer)} within {@code limits}: a line longer
     * than the limit (CSV, JSONL), a sample or run object longer than the record limit (JSON), or
     * an input longer than the total is an {@link InputLimitException} naming the line.
     */
    public static ExportedRun read(SampleFormat format, InputStream in, InputLimits limits, Consumer<Sample> sink)
            throws IOException {
        SeqCheck seq = new SeqCheck(sink);
        BoundedTextReader text = new BoundedTextReader(in, format == SampleFormat.JSON
                ? new InputLimits(Long.MAX_VALUE, limits.maxRecordChars(), limits.maxTotalBytes()) : limits);
        return readerOf(format).read(text, seq);
    }

    private static SampleFormatReader readerOf(SampleFormat format) {
        return switch (format) {
            case CSV -> new CsvSampleReader();
            case JSONL -> new JsonLinesSampleReader();
            case JSON -> new JsonSampleReader();
        };
    }
}

