package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.service.json.MeasureJson;
import java.io.IOException;

/**
 * The {@code measures} array of an export document ({@code lwos-bench/export/v3}): one
 * {@link MeasureJson} object per measure, in the run's order. Read one object at a time, each a
 * record within the reader's limits, with at most {@value #MAX_MEASURES} measures in all (as
 * many as any result file may hold).
 */
final class MeasureArray {

    /** The most measures one run of an export may carry. */
    static final int MAX_MEASURES = 100_000;

    private MeasureArray() {
    }

    /** Writes {@code measures} as the array's elements, between {@code [} and {@code ]}. */
    static void write(JsonGenerator g, MeasureSet measures) throws IOException {
        g.writeStartArray();
        for (Measure m : measures) {
            g.writeTree(MeasureJson.toJson(m));
        }
        g.writeEndArray();
    }

    /**
     * Reads the array whose {@code [} the parser has just read, up to and including its {@code ]}.
     *
     * @throws ImportException naming the line and the measure, on the first problem
     */
    static MeasureSet read(JsonParser p, BoundedTextReader text) throws IOException {
        MeasureSet.Builder measures = MeasureSet.builder("export");
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new ImportException(line, "measures[" + index + "]: expected a measure object, got "
                        + JsonWords.token(p.currentToken()));
            }
            if (index == MAX_MEASURES) {
                throw new ImportException(line, "expected at most " + MAX_MEASURES + " measures in a run, found more");
            }
            text.startRecord();
            JsonNode node = p.readValueAsTree();
            text.endRecord();
            try {
                measures.add(MeasureJson.read(node, "measures[" + index + "]"));
            } catch (IllegalArgumentException e) {
                throw new ImportException(line, e.getMessage().startsWith("measures[") ? e.getMessage()
                        : "measures[" + index + "]: " + e.getMessage());
            }
            index++;
        }
        return measures.build();
    }
}
