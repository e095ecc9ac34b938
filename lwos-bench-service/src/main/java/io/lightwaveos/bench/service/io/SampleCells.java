package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.SampleColumn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.run.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * From named cells to a sample, for every import format: a header row or a JSON object's keys
 * mapped to {@link SampleColumn}s (each at most once, the required ones present), and the cells
 * turned into a {@link Sample}; every problem is an {@link ImportException} naming the line.
 */
final class SampleCells {

    private SampleCells() {
    }

    /**
     * The column of each header name ({@code null} for names no column has).
     *
     * @throws ImportException at {@code line} when a column appears twice or a required one is missing
     */
    static SampleColumn[] mapHeader(List<String> header, long line) {
        SampleColumn[] columns = new SampleColumn[header.size()];
        Map<SampleColumn, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            SampleColumn c = SampleColumn.byHeader(header.get(i).trim());
            if (c != null && seen.put(c, i) != null) {
                throw new ImportException(line, "column \"" + c.header() + "\" appears twice");
            }
            columns[i] = c;
        }
        List<String> missing = new ArrayList<>();
        for (SampleColumn c : SampleColumn.all()) {
            if (c.required() && !seen.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(line, "missing required column(s) " + missing + "; expected at least " + requiredHeaders());
        }
        return columns;
    }

    /** The headers every file must have. */
    static List<String> requiredHeaders() {
        return SampleColumn.all().stream().filter(SampleColumn::required).map(SampleColumn::header).toList();
    }

    /** The sample a JSON object (of a JSONL line or a JSON export's array) describes. */
    static Sample fromObject(JsonNode node, long index, long line) {
        if (!(node instanceof ObjectNode obj)) {
            throw new ImportException(line, "expected a sample object, got " + ExportedRunReader.describe(node));
        }
        List<String> keys = new ArrayList<>();
        obj.fieldNames().forEachRemaining(keys::add);
        mapHeader(keys, line);
        return toSample(c -> {
            JsonNode v = obj.get(c.header());
            if (v == null || v.isNull()) {
                return null;
            }
            boolean time = c == SampleColumn.TIMESTAMP_UTC;
            if (time ? !v.isTextual() : !v.isNumber()) {
                throw new ImportException(line, c.header() + ": expected " + (time ? "a time as a string" : "a number")
                        + ", got " + ExportedRunReader.describe(v));
            }
            return v.asText();
        }, index, line);
    }

    /** The sample the cells describe ({@code cell} answers {@code null} for an empty or absent one). */
    static Sample toSample(Function<SampleColumn, String> cell, long index, long line) {
        try {
            return SampleRows.fromRow(cell, index);
        } catch (IllegalArgumentException e) {
            throw new ImportException(line, e.getMessage());
        }
    }
}
