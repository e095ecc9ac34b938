package io.lightwaveos.bench.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.testing.VectorFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the reference cases: the shared {@code stats.json} and this module's {@code extra_cases.json}. */
public final class ReferenceData {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceData() {
    }

    /** The shared vectors' {@code stats.json}. */
    public static JsonNode sharedStats() {
        try {
            return MAPPER.readTree(VectorFiles.file("stats.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode extra;

    /** {@code extra_cases.json}, made by {@code src/test/python/make_cases.py}; parsed once per test JVM. */
    public static synchronized JsonNode extraCases() {
        if (extra == null) {
            extra = readExtraCases();
        }
        return extra;
    }

    private static JsonNode readExtraCases() {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/extra_cases.json")) {
            if (in == null) {
                throw new IllegalStateException("extra_cases.json missing from the test resources");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of numbers as a double[]. */
    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
