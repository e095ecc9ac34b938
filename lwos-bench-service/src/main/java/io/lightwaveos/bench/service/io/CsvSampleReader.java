package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.SampleColumn;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV written by {@link SampleExporter} (and the older Python tool's export, which has the
 * same first ten columns): a header row naming the columns, then one sample per row with as many
 * cells as the header; empty lines are skipped.
 */
final class CsvSampleReader implements SampleFormatReader {

    @Override
    public ExportedRun read(BoundedTextReader in, SeqCheck sink) throws IOException {
        try (MappingIterator<String[]> it = SampleParsers.CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(in)) {
            boolean empty;
            try {
                empty = !it.hasNextValue();
            } catch (RuntimeException | JsonProcessingException e) {
                throw SampleParsers.ownOr(e, new ImportException(1, "expected a CSV header row, got unreadable CSV: " + reason(e)));
            }
            if (empty) {
                throw new ImportException(1, "expected a header row with the columns "
                        + SampleCells.requiredHeaders() + ", found an empty file");
            }
            String[] header;
            try {
                header = it.nextValue();
            } catch (RuntimeException | JsonProcessingException e) {
                throw SampleParsers.ownOr(e, new ImportException(1, "expected a CSV header row, got unreadable CSV: " + reason(e)));
            }
            SampleColumn[] columns = SampleCells.mapHeader(List.of(header), 1);
            long index = 0;
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                String[] row;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    line = it.getCurrentLocation().getLineNr();
                    row = it.nextValue();
                } catch (RuntimeException | JsonProcessingException e) {
                    throw SampleParsers.ownOr(e, new ImportException(line, "unreadable CSV: " + reason(e)));
                }
                if (row.length != header.length) {
                    throw new ImportException(line, "expected " + header.length + " cells as in the header, got " + row.length);
                }
                Map<SampleColumn, String> cells = new EnumMap<>(SampleColumn.class);
                for (int i = 0; i < row.length; i++) {
                    if (columns[i] != null) {
                        cells.put(columns[i], row[i]);
                    }
                }
                sink.accept(line, SampleCells.toSample(cells::get, index++, line));
            }
        }
        return null;
    }

    /** What the CSV parser said, in a user's words ({@link JsonWords#reason}). */
    private static String reason(Exception e) {
        return e instanceof JsonProcessingException j ? JsonWords.reason(j) : Printable.of(String.valueOf(e.getMessage()));
    }
}
