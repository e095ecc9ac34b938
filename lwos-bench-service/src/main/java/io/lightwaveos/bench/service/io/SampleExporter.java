package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a run's samples as CSV, JSON or JSONL (SPEC §6 export columns). Streaming: memory does
 * not grow with the run.
 */
public final class SampleExporter {

    /**
     * The {@code schema} value of a JSON export (SPEC §12, §14): the run with context, quality and
     * events, then its {@code measures}, then its samples.
     */
    public static final String JSON_SCHEMA = "lwos-bench/export/v3";

    /** The {@code schema} value of a JSON export before measures; still read (as a run without measures). */
    public static final String JSON_SCHEMA_V2 = "lwos-bench/export/v2";

    /** The {@code schema} value of a JSON export before context, quality and events; still read. */
    public static final String JSON_SCHEMA_V1 = "lwos-bench/export/v1";

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonFactory JSON = new JsonFactory();
    private static final CsvSchema CSV_SCHEMA;

    static {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (SampleColumn c : SampleColumn.all()) {
            b.addColumn(c.header());
        }
        CSV_SCHEMA = b.build();
    }

    private SampleExporter() {
    }

    /**
     * Writes {@code samples} to {@code out} in {@code format}; {@code run} is written by the JSON
     * format only. {@code out} is flushed, not closed.
     *
     * @throws IOException when writing fails
     */
    public static void write(SampleFormat format, ExportedRun run, SampleSource samples, OutputStream out)
            throws IOException {
        try {
            switch (format) {
                case CSV -> writeCsv(samples, out);
                case JSON -> writeJson(run, samples, out, "\n");
                case JSONL -> writeJsonLines(samples, out);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void writeCsv(SampleSource samples, OutputStream out) throws IOException {
        try (SequenceWriter w = CSV.writer(CSV_SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
            samples.forEach(s -> {
                try {
                    w.write(SampleRows.toRow(s));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Writes the {@code export/v3} JSON document of one run on a single line, ended by a newline:
     * one line of an archive. Streaming like {@link #write}; {@code out} is flushed, not closed.
     *
     * @throws IOException when writing fails
     */
    public static void writeDocumentLine(ExportedRun run, SampleSource samples, OutputStream out) throws IOException {
        try {
            writeJson(run, samples, out, "");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The JSON document; {@code between} goes before each sample and before the end of the array. */
    private static void writeJson(ExportedRun run, SampleSource samples, OutputStream out, String between)
            throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCodec(Json.mapper());
            g.writeStartObject();
            g.writeStringField("schema", JSON_SCHEMA);
            g.writeFieldName("run");
            writeRun(g, run);
            g.writeFieldName("measures");
            MeasureArray.write(g, run.measures());
            g.writeFieldName("samples");
            g.writeStartArray();
            samples.forEach(s -> {
                try {
                    g.writeRaw(between);
                    writeSample(g, s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeRaw(between);
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw("\n");
        }
    }

    private static void writeJsonLines(SampleSource samples, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
            samples.forEach(s -> {
                try {
                    writeSample(g, s);
                    g.writeRaw("\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void writeSample(JsonGenerator g, Sample s) throws IOException {
        String[] row = SampleRows.toRow(s);
        g.writeStartObject();
        List<SampleColumn> columns = SampleColumn.all();
        for (int i = 0; i < row.length; i++) {
            g.writeFieldName(columns.get(i).header());
            if (row[i] == null) {
                g.writeNull();
            } else if (columns.get(i) == SampleColumn.TIMESTAMP_UTC) {
                g.writeString(row[i]);
            } else {
                g.writeNumber(row[i]);
            }
        }
        g.writeEndObject();
    }

    private static void writeRun(JsonGenerator g, ExportedRun run) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", run.id());
        g.writeStringField("name", run.name());
        g.writeStringField("description", run.description());
        g.writeArrayFieldStart("tags");
        for (String t : run.tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeStringField("source", run.source());
        g.writeStringField("status", run.status().name());
        g.writeStringField("started_at", SampleRows.formatTimestamp(run.startedAt()));
        g.writeStringField("ended_at", run.endedAt() == null ? null : SampleRows.formatTimestamp(run.endedAt()));
        g.writeObjectFieldStart("counters");
        g.writeNumberField("frames_foreign", run.counters().framesForeign());
        g.writeObjectFieldStart("frames_malformed");
        for (RejectReason r : malformedReasons()) {
            g.writeNumberField(r.name(), run.counters().framesMalformed().getOrDefault(r, 0L));
        }
        g.writeEndObject();
        g.writeNumberField("gaps", run.counters().gaps());
        g.writeNumberField("frames_lost_estimate", run.counters().framesLostEstimate());
        g.writeNumberField("reconnects", run.counters().reconnects());
        g.writeNumberField("reboots", run.counters().reboots());
        g.writeEndObject();
        g.writeFieldName("context");
        g.writeTree(RunJson.context(run.context()));
        g.writeFieldName("quality");
        g.writeTree(RunJson.quality(run.quality()));
        g.writeFieldName("events");
        g.writeTree(RunJson.events(run.events()));
        if (!run.acknowledged().isEmpty()) {
            // Only when there are some: a run without acknowledgements exports as before.
            g.writeArrayFieldStart("acknowledged");
            for (ExportedRun.Ack a : run.acknowledged()) {
                g.writeStartObject();
                g.writeStringField("metric", a.metric());
                g.writeStringField("reason", a.reason());
                g.writeStringField("acknowledged_at", SampleRows.formatTimestamp(a.acknowledgedAt()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The malformed-frame reasons a JSON export's counters carry. */
    static List<RejectReason> malformedReasons() {
        return List.of(RejectReason.BAD_LENGTH, RejectReason.NON_FINITE);
    }
}
