package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory JSON_FACTORY = JSON.getFactory();

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
        SeqCheck seq = new SeqCheck(sink);
        return switch (format) {
            case CSV -> {
                readCsv(in, seq);
                yield null;
            }
            case JSONL -> {
                readJsonLines(in, seq);
                yield null;
            }
            case JSON -> readJson(in, seq);
        };
    }

    private static void readCsv(InputStream in, SeqCheck sink) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(in)) {
            if (!it.hasNextValue()) {
                throw new ImportException(1, "expected a header row with the columns "
                        + requiredHeaders() + ", found an empty file");
            }
            String[] header = it.nextValue();
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
                } catch (RuntimeException e) {
                    throw new ImportException(line, "unreadable CSV: " + e.getMessage());
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

    private static void readJsonLines(InputStream in, SeqCheck sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        long line = 0;
        long index = 0;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new ImportException(line, "expected a JSON object, got unreadable JSON: " + e.getOriginalMessage());
            }
            sink.accept(line, sampleFromObject(node, index++, line));
        }
    }

    private static ExportedRun readJson(InputStream in, SeqCheck sink) throws IOException {
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
                    case "schema" -> schema = p.getValueAsString();
                    case "run" -> {
                        long line = p.currentLocation().getLineNr();
                        expect(p, value, JsonToken.START_OBJECT, "the run object");
                        run = runFrom(p.readValueAsTree(), line);
                    }
                    case "samples" -> {
                        expect(p, value, JsonToken.START_ARRAY, "an array of samples");
                        sawSamples = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            long line = p.currentLocation().getLineNr();
                            expect(p, p.currentToken(), JsonToken.START_OBJECT, "a sample object");
                            JsonNode node = p.readValueAsTree();
                            sink.accept(line, sampleFromObject(node, index++, line));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!SampleExporter.JSON_SCHEMA.equals(schema)) {
                throw new ImportException(0, "expected \"schema\": \"" + SampleExporter.JSON_SCHEMA
                        + "\", got " + (schema == null ? "none" : "\"" + schema + "\""));
            }
            if (!sawSamples) {
                throw new ImportException(0, "expected a \"samples\" array, found none");
            }
            return run;
        } catch (JsonProcessingException e) {
            throw new ImportException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "unreadable JSON: " + e.getOriginalMessage());
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new ImportException(p.currentLocation().getLineNr(), "expected " + what + ", got " + actual);
        }
    }

    private static Sample sampleFromObject(JsonNode node, long index, long line) {
        if (!(node instanceof ObjectNode obj)) {
            throw new ImportException(line, "expected a sample object, got " + node.getNodeType());
        }
        List<String> keys = new ArrayList<>();
        obj.fieldNames().forEachRemaining(keys::add);
        mapHeader(keys, line);
        return toSample(c -> {
            JsonNode v = obj.get(c.header());
            return v == null || v.isNull() ? null : v.asText();
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

    private static ExportedRun runFrom(JsonNode run, long line) {
        try {
            List<String> tags = new ArrayList<>();
            run.path("tags").forEach(t -> tags.add(t.asText()));
            JsonNode c = run.path("counters");
            Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);
            for (RejectReason r : SampleExporter.malformedReasons()) {
                malformed.put(r, c.path("frames_malformed").path(r.name()).asLong(0));
            }
            RunCounters counters = new RunCounters(c.path("frames_foreign").asLong(0), malformed,
                    c.path("gaps").asLong(0), c.path("frames_lost_estimate").asLong(0),
                    c.path("reconnects").asLong(0), c.path("reboots").asLong(0));
            String name = text(run, "name");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("run.name: expected a non-empty name");
            }
            String started = text(run, "started_at");
            if (started == null) {
                throw new IllegalArgumentException("run.started_at: expected a time, got none");
            }
            String ended = text(run, "ended_at");
            String status = text(run, "status");
            return new ExportedRun(text(run, "id"), name, text(run, "description"), tags, text(run, "source"),
                    status == null ? RunStatus.COMPLETE : RunStatus.parse(status),
                    SampleRows.parseTimestamp(started), ended == null ? null : SampleRows.parseTimestamp(ended),
                    counters);
        } catch (IllegalArgumentException e) {
            throw new ImportException(line, e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Refuses seq numbers that do not increase: they would break the run's order. */
    private static final class SeqCheck {
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
