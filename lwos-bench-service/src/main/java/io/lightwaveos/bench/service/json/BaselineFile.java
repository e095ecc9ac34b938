package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.service.io.BoundedTextReader;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes baseline files (SPEC §6, the firmware repository's {@code test/baseline/*.json}
 * format). The JSON syntax is handled here; the format's rules live in {@link Baseline}, so a
 * malformed file fails with a {@link BaselineFormatException} naming the key and the problem.
 */
public final class BaselineFile {

    private BaselineFile() {
    }

    /**
     * Parses baseline JSON text.
     *
     * @throws BaselineFormatException with reason SYNTAX for text that is not one JSON object
     *                                 (naming line and column), or naming the key at fault
     */
    public static Baseline parse(String json) {
        Object doc;
        try {
            doc = Json.mapper().readerFor(Object.class)
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BaselineFormatException("", Reason.SYNTAX,
                    "expected a JSON object, found invalid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw new BaselineFormatException("", Reason.SYNTAX, "expected a JSON object at the top, found "
                    + (doc == null ? "null" : doc instanceof List<?> ? "an array" : "a " + doc.getClass().getSimpleName()));
        }
        @SuppressWarnings("unchecked") // Jackson reads a JSON object as a map with string keys
        Map<String, Object> map = (Map<String, Object>) doc;
        return Baseline.fromDocument(map);
    }

    /**
     * Reads a baseline file (UTF-8).
     *
     * @throws IOException             if the file cannot be read
     * @throws BaselineFormatException if it is not a baseline file
     */
    public static Baseline read(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (BoundedTextReader in = new BoundedTextReader(Files.newInputStream(file), InputLimits.BASELINE_FILE)) {
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf, 0, buf.length)) >= 0; ) {
                text.append(buf, 0, n);
            }
        } catch (ImportException e) {
            throw new BaselineFormatException("", Reason.SYNTAX, "expected a JSON object in UTF-8, found a file that"
                    + " cannot be read as one: " + e.getMessage());
        }
        return parse(text.toString());
    }

    /** The baseline as a JSON tree: values, then {@code _metadata}, then {@code _thresholds}. */
    public static ObjectNode toJson(Baseline baseline) {
        return Json.mapper().valueToTree(baseline.toDocument());
    }

    /** The baseline file's text, pretty-printed. */
    public static String format(Baseline baseline) {
        return Json.pretty(toJson(baseline));
    }

    /**
     * Writes a baseline file (UTF-8), replacing any file there.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(Baseline baseline, Path file) throws IOException {
        Files.writeString(file, format(baseline), StandardCharsets.UTF_8);
    }
}
