package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.text.Printable;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Reads a multi-run archive (SPEC §12): a header line {@code {"schema": "lwos-bench/archive/v1",
 * "runs": N}}, then exactly N lines, each one {@code lwos-bench/export/v3} document ({@code schema},
 * {@code run}, {@code measures}, {@code samples}, in this order; an archive of the version before
 * holds {@code lwos-bench/export/v2} documents, without measures, and still reads). Streaming: one
 * run object, its measures and one sample object are held at a time, whatever the archive holds;
 * every run, measure and sample is checked as a JSON export's are, and the run must carry its id
 * and be finished. The first problem stops the read
 * with an {@link ImportException} naming the line: a document not on its own line, a cut line,
 * fewer or more documents than the header announces.
 *
 * <pre>{@code
 * try (ArchiveReader archive = new ArchiveReader(in)) {
 *     for (ArchiveReader.Entry e; (e = archive.next()) != null; ) {
 *         e.samples().forEachRemaining(sink);   // or leave them: next() skips what is left
 *     }
 * }
 * }</pre>
 */
public final class ArchiveReader implements Closeable {

    /** The {@code schema} value of an archive's header line. */
    public static final String SCHEMA = "lwos-bench/archive/v1";

    /** What every archive schema name starts with: a header of another version is an archive too (and refused). */
    private static final String FAMILY = "lwos-bench/archive/";

    /** How much of a file {@link #isArchive} looks at for the header line. */
    private static final int HEADER_PEEK = 1 << 16;

    /**
     * One run of the archive.
     *
     * @param run     the run's description, its id a valid UUID and its status not RUNNING
     * @param id      {@code run.id()} parsed
     * @param line    the 1-based line holding the run
     * @param samples the run's samples in order, read as they are asked for; its methods throw
     *                {@link ImportException} for a bad sample and {@link UncheckedIOException}
     *                when reading fails
     */
    public record Entry(ExportedRun run, UUID id, long line, Iterator<Sample> samples) {
    }

    private final BoundedTextReader text;
    private final JsonParser parser;
    private final long declared;
    private long started;
    private Samples current;

    /**
     * Opens an archive and reads its header line.
     *
     * @throws ImportException when the header is not an archive header
     * @throws IOException     when reading fails
     */
    public ArchiveReader(InputStream in) throws IOException {
        this(in, new InputLimits(Long.MAX_VALUE, InputLimits.SAMPLE_FILE.maxRecordChars(), Long.MAX_VALUE));
    }

    /**
     * Opens an archive within {@code limits}: each header, run and sample object is a record of at
     * most {@link InputLimits#maxRecordChars()} characters (an archive line holds a whole run, so
     * records, not lines, are bounded).
     */
    public ArchiveReader(InputStream in, InputLimits limits) throws IOException {
        this.text = new BoundedTextReader(in, limits);
        this.parser = SampleParsers.JSON_FACTORY.createParser(text);
        this.declared = guard(this::readHeader);
    }

    /** The number of runs the header announces. */
    public long runs() {
        return declared;
    }

    /**
     * The next run, after skipping (and checking) what is left of the previous one's samples; null
     * once all the runs the header announces were read and the file ends there.
     *
     * @throws ImportException naming the line, on the first problem
     * @throws IOException     when reading fails
     */
    public Entry next() throws IOException {
        return guard(this::readNext);
    }

    @Override
    public void close() throws IOException {
        parser.close();
        text.close();
    }

    /**
     * Whether {@code in} starts with an archive's header line (whatever the file is called; any
     * {@code lwos-bench/archive/...} schema, so that another version is refused as such). Reads
     * at most the first 64 KiB and resets the stream; needs {@link InputStream#markSupported()}.
     */
    public static boolean isArchive(BufferedInputStream in) throws IOException {
        in.mark(HEADER_PEEK + 1);
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < HEADER_PEEK; i++) {
                int b = in.read();
                if (b < 0 || b == '\n') {
                    break;
                }
                first.write(b);
            }
        } finally {
            in.reset();
        }
        String line = first.toString(StandardCharsets.UTF_8);
        if (!line.contains(FAMILY)) {
            return false;
        }
        try (JsonParser p = SampleParsers.JSON_FACTORY.createParser(line.startsWith("\uFEFF") ? line.substring(1) : line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonNode header = p.readValueAsTree();
            return header.path("schema").isTextual() && header.get("schema").asText().startsWith(FAMILY);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private long readHeader() throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new ImportException(1, "expected the archive header {\"schema\": \"" + SCHEMA + "\", \"runs\": N}, got "
                    + (first == null ? "an empty file" : first));
        }
        text.startRecord();
        JsonNode header = parser.readValueAsTree();
        text.endRecord();
        long end = parser.currentLocation().getLineNr();
        JsonNode schema = header.get("schema");
        if (schema == null || !schema.isTextual() || !schema.asText().equals(SCHEMA)) {
            throw new ImportException(1, "expected \"schema\": \"" + SCHEMA + "\" in the header line, got "
                    + (schema == null ? "none" : ExportedRunReader.describe(schema)));
        }
        JsonNode runs = header.get("runs");
        if (runs == null || !runs.isIntegralNumber() || !runs.canConvertToLong() || runs.asLong() < 0) {
            throw new ImportException(1, "runs: expected the number of runs (a whole number from 0), got "
                    + (runs == null ? "none" : ExportedRunReader.describe(runs)));
        }
        if (end != 1) {
            throw new ImportException(1, "expected the archive header on one line, found it running to line " + end);
        }
        return runs.asLong();
    }

    private Entry readNext() throws IOException {
        if (current != null) {
            current.finish();
            current = null;
        }
        JsonToken t = parser.nextToken();
        long line = parser.currentTokenLocation().getLineNr();
        if (started == declared) {
            if (t != null) {
                throw new ImportException(line, "expected the end of the archive after the " + declared
                        + " run(s) its header announces, found more");
            }
            return null;
        }
        if (t == null) {
            throw new ImportException(started + 2, "the archive ends after " + started + " of the "
                    + declared + " runs its header announces: it is truncated");
        }
        long expectedLine = started + 2;
        if (line != expectedLine || t != JsonToken.START_OBJECT) {
            throw new ImportException(line, "expected run " + (started + 1) + " of " + declared
                    + " as one JSON object on line " + expectedLine + ", got " + JsonWords.token(t));
        }
        started++;
        field("schema", JsonToken.VALUE_STRING, "the schema name as a string");
        boolean withMeasures = parser.getText().equals(SampleExporter.JSON_SCHEMA);
        if (!withMeasures && !parser.getText().equals(SampleExporter.JSON_SCHEMA_V2)) {
            throw new ImportException(line, "expected \"schema\": \"" + SampleExporter.JSON_SCHEMA + "\" (or the older \""
                    + SampleExporter.JSON_SCHEMA_V2 + "\"), got \"" + Printable.truncate(parser.getText(), 60) + "\"");
        }
        field("run", JsonToken.START_OBJECT, "the run object");
        text.startRecord();
        JsonNode runNode = parser.readValueAsTree();
        text.endRecord();
        ExportedRun run = ExportedRunReader.read(runNode, line);
        UUID id;
        try {
            id = UUID.fromString(run.id() == null ? "" : run.id());
        } catch (IllegalArgumentException e) {
            throw new ImportException(line, "run.id: expected the run's UUID, got "
                    + (run.id() == null ? "none" : "\"" + Printable.truncate(run.id(), 40) + "\""));
        }
        if (!id.toString().equals(run.id())) {
            throw new ImportException(line, "run.id: expected the run's UUID in lower case, got \""
                    + Printable.truncate(run.id(), 40) + "\"");
        }
        if (run.status() == RunStatus.RUNNING) {
            throw new ImportException(line, "run.status: expected a finished run (COMPLETE, INTERRUPTED or FAILED),"
                    + " got RUNNING");
        }
        if (withMeasures) {
            field("measures", JsonToken.START_ARRAY, "the array of measures");
            run = run.withMeasures(MeasureArray.read(parser, text));
        }
        field("samples", JsonToken.START_ARRAY, "the array of samples");
        current = new Samples(line);
        return new Entry(run, id, line, current);
    }

    /** Reads the next field, which must be {@code name} with a value starting with {@code value}. */
    private void field(String name, JsonToken value, String what) throws IOException {
        JsonToken t = parser.nextToken();
        long line = parser.currentTokenLocation().getLineNr();
        if (t != JsonToken.FIELD_NAME || !parser.currentName().equals(name)) {
            throw new ImportException(line, "expected the field \"" + name + "\" next in the run's document, got "
                    + (t == JsonToken.FIELD_NAME ? "\"" + Printable.truncate(parser.currentName(), 40) + "\"" : t));
        }
        if (parser.nextToken() != value) {
            throw new ImportException(line, name + ": expected " + what + ", got " + JsonWords.token(parser.currentToken()));
        }
    }

    /** The samples of the current run, pulled from the parser. */
    private final class Samples implements Iterator<Sample> {
        private final long line;
        private final SeqCheck seq;
        private Sample next;
        private long index;
        private boolean done;

        Samples(long line) {
            this.line = line;
            this.seq = new SeqCheck(s -> next = s);
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                guardUnchecked(this::advance);
            }
            return next != null;
        }

        @Override
        public Sample next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Sample s = next;
            next = null;
            return s;
        }

        /** Reads and checks what is left of the run, up to the end of its document. */
        void finish() throws IOException {
            while (!done) {
                next = null;
                advance();
            }
            next = null;
        }

        private Void advance() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                done = true;
                JsonToken end = parser.nextToken();
                if (end != JsonToken.END_OBJECT) {
                    throw new ImportException(parser.currentTokenLocation().getLineNr(),
                            "expected the end of the run's document after its samples, got "
                                    + (end == JsonToken.FIELD_NAME ? "the field \"" + Printable.truncate(parser.currentName(), 40) + "\"" : end));
                }
                long endLine = parser.currentTokenLocation().getLineNr();
                if (endLine != line) {
                    throw new ImportException(endLine, "expected the run's document on one line (line " + line
                            + "), found it running to line " + endLine);
                }
                return null;
            }
            long at = parser.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                throw new ImportException(at, "expected a sample object, got " + JsonWords.token(t));
            }
            text.startRecord();
            JsonNode node = parser.readValueAsTree();
            text.endRecord();
            seq.accept(at, SampleCells.fromObject(node, index++, at));
            return null;
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs a parsing step, turning the parser's own failures into {@link ImportException}s with the line. */
    private <T> T guard(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? parser.currentLocation().getLineNr() : e.getLocation().getLineNr();
            String what = e instanceof JsonEOFException
                    ? "the line ends in the middle of a JSON document (is the archive cut short?)"
                    : "unreadable JSON: " + JsonWords.reason(e);
            throw SampleParsers.ownOr(e, new ImportException(line, what));
        }
    }

    private <T> T guardUnchecked(Step<T> step) {
        try {
            return guard(step);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
