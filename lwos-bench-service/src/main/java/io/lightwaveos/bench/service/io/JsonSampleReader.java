package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;

/**
 * Reads a JSON export: one object with the {@code schema} name (this version's or an older one),
 * the {@code run} description, its {@code measures} (export/v3) and the {@code samples} array,
 * streamed one sample object at a time (each within the record limit); other fields are skipped.
 */
final class JsonSampleReader implements SampleFormatReader {

    @Override
    public ExportedRun read(BoundedTextReader in, SeqCheck sink) throws IOException {
        try (JsonParser p = SampleParsers.JSON_FACTORY.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "a JSON object");
            ExportedRun run = null;
            MeasureSet measures = null;
            long measuresLine = 0;
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
                    case "measures" -> {
                        measuresLine = p.currentLocation().getLineNr();
                        expect(p, value, JsonToken.START_ARRAY, "an array of measures");
                        measures = MeasureArray.read(p, in);
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
                            sink.accept(line, SampleCells.fromObject(node, index++, line));
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
            if (!SampleExporter.JSON_SCHEMA.equals(schema) && !SampleExporter.JSON_SCHEMA_V2.equals(schema)
                    && !SampleExporter.JSON_SCHEMA_V1.equals(schema)) {
                throw new ImportException(0, "expected \"schema\": \"" + SampleExporter.JSON_SCHEMA
                        + "\" (or the older \"" + SampleExporter.JSON_SCHEMA_V2 + "\", \"" + SampleExporter.JSON_SCHEMA_V1
                        + "\"), got " + (schema == null ? "none" : "\"" + Printable.truncate(schema, 60) + "\""));
            }
            if (!sawSamples) {
                throw new ImportException(0, "expected a \"samples\" array, found none");
            }
            if (measures != null && !measures.isEmpty()) {
                if (run == null) {
                    throw new ImportException(measuresLine, "expected the \"run\" object the measures belong to,"
                            + " found none");
                }
                run = run.withMeasures(measures);
            }
            return run;
        } catch (JsonProcessingException e) {
            throw SampleParsers.ownOr(e, new ImportException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "unreadable JSON: " + JsonWords.reason(e)));
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, String what) {
        if (actual != expected) {
            throw new ImportException(p.currentLocation().getLineNr(), "expected " + what + ", got " + JsonWords.token(actual));
        }
    }
}
