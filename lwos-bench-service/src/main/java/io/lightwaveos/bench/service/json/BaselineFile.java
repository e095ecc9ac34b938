package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes baseline files (SPEC §6, the firmware repository's {@code test/baseline/*.json}
 * format). Reading is {@link Baseline#read(Path)}'s (analysis reads baselines without a JSON
 * library or a store); writing pretty-prints {@link Baseline#toDocument()} with Jackson. A
 * malformed file fails with a {@link BaselineFormatException} naming the key and the problem.
 */
public final class BaselineFile {

    private BaselineFile() {
    }

    /**
     * Parses baseline JSON text: {@link Baseline#parse(String)}.
     *
     * @throws BaselineFormatException with reason SYNTAX for text that is not one JSON object
     *                                 (naming line and column), or naming the key at fault
     */
    public static Baseline parse(String json) {
        return Baseline.parse(json);
    }

    /**
     * Reads a baseline file (UTF-8): {@link Baseline#read(Path)}.
     *
     * @throws IOException             if the file cannot be read
     * @throws BaselineFormatException if it is not a baseline file
     */
    public static Baseline read(Path file) throws IOException {
        return Baseline.read(file);
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
