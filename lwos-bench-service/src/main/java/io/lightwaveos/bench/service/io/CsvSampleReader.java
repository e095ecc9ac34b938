package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV written by {@link SampleExporter} (and the older Python tool's export, which has the
 * same first ten columns): a header row naming the columns, then one sample per row with as many
 * cells as the header; empty lines are skipped.
 *
 * <p>A row of plain cells, as {@code export} writes them, goes from characters to the sample
 * without a string or an object per cell ({@link CsvRecords}, {@link PlainCells}): a million rows
 * take about a second. Any other row is read cell by cell as text ({@link SampleCells}), which
 * accepts the same rows and names the problem of a bad one.
 */
final class CsvSampleReader implements SampleFormatReader {

    @Override
    public ExportedRun read(BoundedTextReader in, SeqCheck sink) throws IOException {
        CsvRecords records = new CsvRecords(in);
        if (!records.next("expected a CSV header row, got unreadable CSV: ")) {
            throw new ImportException(1, "expected a header row with the columns "
                    + SampleCells.requiredHeaders() + ", found an empty file");
        }
        List<String> header = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            header.add(records.cell(i));
        }
        SampleColumn[] columns = SampleCells.mapHeader(header, records.line());
        PlainCells plain = new PlainCells(columns);
        long index = 0;
        while (records.next("unreadable CSV: ")) {
            long line = records.line();
            if (records.size() != header.size()) {
                throw new ImportException(line, "expected " + header.size() + " cells as in the header, got "
                        + records.size());
            }
            Sample sample = records.plain() ? plain.parse(records, index) : null;
            if (sample == null) {
                Map<SampleColumn, String> cells = new EnumMap<>(SampleColumn.class);
                for (int i = 0; i < columns.length; i++) {
                    if (columns[i] != null) {
                        cells.put(columns[i], records.cell(i));
                    }
                }
                sample = SampleCells.toSample(cells::get, index, line);
            }
            index++;
            sink.accept(line, sample);
        }
        return null;
    }
}
