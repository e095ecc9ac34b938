package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.testing.SpecExamples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The baseline's own JSON reader agrees with Jackson (strict) on what it accepts and what it reads. */
class BaselineJsonTest {

    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        " {\"a\": 1, \"b\": -2.5e3, \"c\": 0.125, \"d\": 1E-2, \"e\": -0}\n",
        "{\"s\": \"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\\u00b5\\u20AC\", \"t\": true, \"f\": false, \"n\": null}",
        "{\"nested\": {\"a\": [1, [2, {\"b\": []}], \"c\"], \"o\": {}}}",
        "{\"big\": 123456789012345678901234567890, \"huge\": 1e999, \"µs\": \"µ\"}",
        "{\r\n\t\"avg_total_us\" : 160 ,\"_metadata\":{\"firmware\":\"1.2.3\"}}",
    })
    void readsWhatJacksonReads(String json) throws Exception {
        assertThat(normalised(BaselineJson.parseObject(json))).isEqualTo(normalised(JACKSON.readValue(json, Map.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "{", "{\"a\": 1,}", "{\"a\" 1}", "{a: 1}", "{'a': 1}", "{\"a\": NaN}", "{\"a\": Infinity}",
        "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": .5}", "{\"a\": +1}", "{\"a\": 1e}", "{\"a\": tru}",
        "{\"a\": \"x\\q\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"line\nbreak\"}", "{\"a\": \"open}", "{\"a\": [1, 2}",
        "{\"a\": 1} {}", "{\"a\": 1} x", "{\"a\": 1, \"a\": 2}", "{\"a\": 1} // comment",
    })
    void refusesWhatJacksonRefuses(String json) {
        assertThatThrownBy(() -> JACKSON.readValue(json, Map.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> BaselineJson.parseObject(json)).isInstanceOfSatisfying(BaselineFormatException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(Reason.SYNTAX);
                    assertThat(e.key()).isEmpty();
                });
    }

    @Test
    void namesLineAndColumnOfTheProblem() {
        assertThatThrownBy(() -> BaselineJson.parseObject("{\n  \"a\": 1,\n  \"a\": 2\n}"))
                .hasMessage("baseline: expected a JSON object, found invalid JSON at line 3, column 3: duplicate key \"a\"");
        assertThatThrownBy(() -> BaselineJson.parseObject("{\"a\": 160,"))
                .hasMessageContaining("at line 1, column 11: unexpected end of input");
    }

    @Test
    void theTopMustBeAnObject() {
        assertThatThrownBy(() -> BaselineJson.parseObject("[1, 2]"))
                .hasMessage("baseline: expected a JSON object at the top, found an array");
        assertThatThrownBy(() -> BaselineJson.parseObject("null"))
                .hasMessage("baseline: expected a JSON object at the top, found null");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        assertThatThrownBy(() -> BaselineJson.parseObject(deep)).hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void theSpecExampleReadsAsWithJackson() throws Exception {
        assertThat(Baseline.parse(SpecExamples.BASELINE))
                .isEqualTo(Baseline.fromDocument(JACKSON.readValue(SpecExamples.BASELINE, Map.class)));
    }

    /** Numbers compared as doubles (Jackson reads big integers as BigInteger, this reader as Double). */
    private static Object normalised(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalised(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(BaselineJsonTest::normalised).toList();
        }
        return v instanceof Number n ? n.doubleValue() : v;
    }
}
