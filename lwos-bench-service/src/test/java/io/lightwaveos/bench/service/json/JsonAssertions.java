package io.lightwaveos.bench.service.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Shape checks shared by the document tests. */
final class JsonAssertions {

    private JsonAssertions() {
    }

    /** The keys of an object, in document order. */
    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /**
     * No NaN or infinite number anywhere in the tree, and its text parses back and prints the same
     * (trees are compared as text: an integer written from a long reads back as an int node).
     */
    static void assertStrictJson(JsonNode node) throws Exception {
        walk(node);
        String text = Json.pretty(node);
        assertThat(Json.pretty(Json.mapper().readTree(text))).isEqualTo(text);
    }

    private static void walk(JsonNode node) {
        if (node.isNumber()) {
            assertThat(Double.isFinite(node.asDouble())).as("finite number " + node).isTrue();
        }
        node.forEach(JsonAssertions::walk);
    }
}
