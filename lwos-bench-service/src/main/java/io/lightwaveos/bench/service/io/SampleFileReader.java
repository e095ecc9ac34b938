package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads sample files written by {@link SampleExporter} (and the older Python tool's CSV export,
 * which has the same first ten columns). Streaming: each valid sample goes to a consumer; the
 * first bad line stops the read with an {@link ImportException} naming the line. Callers that
 * need all-or-nothing read once to validate, or write inside one transaction.
 */
public final class SampleFileReader {

    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_NUMBER = 400;
    private static final int MAX_DEPTH = 16;
    /** Tokens no sample file needs longer or deeper: a bound even within one line or record. */
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNestingDepth(MAX_DEPTH).maxNameLength(MAX_STRING).build();
    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder().streamReadConstraints(CONSTRAINTS).build());
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final ObjectReader JSON_LINE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The JSON parser factory every reader of this package uses: bounded tokens, duplicate keys refused. */
    static final JsonFactory JSON_FACTORY = JSON.getFactory();

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
        return switch (format) {
            case CSV -> {
                readCsv(text, seq);
                yield null;
            }
            case JSONL -> {
                readJsonLines(text, seq);
                yield null;
            }
            case JSON -> readJson(text, seq);
        };
    }

    private static void readCsv(BoundedTextReader in, SeqCheck sink) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(in)) {
            boolean empty;
            try {
                empty = !it.hasNextValue();
            } catch (RuntimeException | JsonProcessingException e) {
                throw ownOr(e, new ImportException(1, "expected a CSV header row, got unreadable CSV: " + csvReason(e)));
            }
            if (empty) {
                throw new ImportException(1, "expected a header row with the columns "
                        + requiredHeaders() + ", found an empty file");
            }
            String[] header;
            try {
                header = it.nextValue();
            } catch (RuntimeException | JsonProcessingException e) {
                throw ownOr(e, new ImportException(1, "expected a CSV header row, got unreadable CSV: " + csvReason(e)));
            }
            SampleColumn[] columns = mapHeader(List.of(header));
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
                    throw ownOr(e, new ImportException(line, "unreadable CSV: " + csvReason(e)));
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
                sink.accept(line, toSample(cells::get, index++, line));
            }
        }
    }

    private static void readJsonLines(BoundedTextReader reader, SeqCheck sink) throws IOException {
        String text;
        long index = 0;
        while (true) {
            long line = reader.line();
            text = reader.readLine();
            if (text == null) {
                break;
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON_LINE.readTree(text);
            } catch (JsonProcessingException e) {
                throw ownOr(e, new ImportException(line, "expected one JSON object on the line, got " + JsonWords.reason(e)));
            }
            sink.accept(line, sampleFromObject(node, index++, line));
        }
    }

    private static ExportedRun readJson(BoundedTextReader in, SeqCheck sink) throws IOException {
        try (JsonParser p = JSON_FACTORY.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            ExportedRun run = null;
            String schema = null;
            boolean sawSamples = false;
            long index = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "schema" -> {
                        expect(p, value, JsonToken.VALUE_STRING, "the schema name as a string");
                        schema = p.getText();
                    }
                    case "run" -> {
                        long line = p.currentLocation().getLineNr();
                        expect(p, value, JsonToken.START_OBJECT, "the run object");
                        in.startRecord();
                        run = ExportedRunReader.read(p.readValueAsTree(), line);
                        in.endRecord();
                    }
                    case "samples" -> {
                        expect(p, value, JsonToken.START_ARRAY, "an array of samples");
                        sawSamples = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            long line = p.currentLocation().getLineNr();
                            expect(p, p.currentToken(), JsonToken.START_OBJECT, "a sample object");
                            in.startRecord();
                            JsonNode node = p.readValueAsTree();
                            in.endRecord();
                            sink.accept(line, sampleFromObject(node, index++, line));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new ImportException(p.currentLocation().getLineNr(), "expected a field name, got " + JsonWords.token(p.currentToken()));
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new ImportException(p.currentLocation().getLineNr(),
                        "expected the end of the file after the JSON object, got " + JsonWords.token(after));
            }
            if (!SampleExporter.JSON_SCHEMA.equals(schema) && !SampleExporter.JSON_SCHEMA_V1.equals(schema)) {
                throw new ImportException(0, "expected \"schema\": \"" + SampleExporter.JSON_SCHEMA
                        + "\" (or \"" + SampleExporter.JSON_SCHEMA_V1 + "\"), got "
                        + (schema == null ? "none" : "\"" + Printable.truncate(schema, 60) + "\""));
            }
            if (!sawSamples) {
                throw new ImportException(0, "expected a \"samples\" array, found none");
            }
            return run;
        } catch (JsonProcessingException e) {
            throw ownOr(e, new ImportException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "unreadable JSON: " + JsonWords.reason(e)));
        }
    }

    /** What the CSV parser said, in a user's words ({@link JsonWords#reason}). */
    private static String csvReason(Exception e) {
        return e instanceof JsonProcessingException j ? JsonWords.reason(j)
                : io.lightwaveos.bench.text.Printable.of(String.valueOf(e.getMessage()));
    }

    /**
     * The {@link ImportException} this reader's own input threw (parsers wrap what their input
     * throws), else {@code otherwise}.
     */
    static ImportException ownOr(Throwable e, ImportException otherwise) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ImportException own) {
                return own;
            }
            if (c instanceof StreamConstraintsException) {
                return new ImportException(otherwise.line(), "a value is beyond the limits of this reader (text up to "
                        + MAX_STRING + " characters, numbers up to " + MAX_NUMBER + " digits, nesting up to "
                        + MAX_DEPTH + " levels)");
            }
        }
        return otherwise;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new ImportException(p.currentLocation().getLineNr(), "expected " + what + ", got " + JsonWords.token(actual));
        }
    }

    static Sample sampleFromObject(JsonNode node, long index, long line) {
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

    private static Sample toSample(java.util.function.Function<SampleColumn, String> cell, long index, long line) {
        try {
            return SampleRows.fromRow(cell, index);
        } catch (IllegalArgumentException e) {
            throw new ImportException(line, e.getMessage());
        }
    }

    private static SampleColumn[] mapHeader(List<String> header) {
        return mapHeader(header, 1);
    }

    private static SampleColumn[] mapHeader(List<String> header, long line) {
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

    private static List<String> requiredHeaders() {
        return SampleColumn.all().stream().filter(SampleColumn::required).map(SampleColumn::header).toList();
    }

    /** Refuses seq numbers that do not increase: they would break the run's order. */
    static final class SeqCheck {
        private final Consumer<Sample> sink;
        private long last = -1;

        SeqCheck(Consumer<Sample> sink) {
            this.sink = sink;
        }

        void accept(long line, Sample s) {
            if (s.seq() <= last) {
                throw new ImportException(line, "seq must increase; got " + s.seq() + " after " + last);
            }
            last = s.seq();
            sink.accept(s);
        }
    }
}
