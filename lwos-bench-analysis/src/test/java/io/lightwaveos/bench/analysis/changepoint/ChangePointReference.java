package io.lightwaveos.bench.analysis.changepoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code changepoint_cases.json}, made by {@code src/test/python/changepoint/make_reference.py}. */
final class ChangePointReference {

    static final JsonNode CASES = read();

    private ChangePointReference() {
    }

    private static JsonNode read() {
        try (InputStream in = ChangePointReference.class.getResourceAsStream("/changepoint_cases.json")) {
            if (in == null) {
                throw new IllegalStateException("changepoint_cases.json missing from the test resources");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
