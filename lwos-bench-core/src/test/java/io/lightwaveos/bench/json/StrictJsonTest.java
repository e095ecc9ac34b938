package io.lightwaveos.bench.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The strict reader's values and refusals; its agreement with Jackson is tested where analysis uses it. */
class StrictJsonTest {

    @Test
    void readsPlainValuesInOrder() {
        Map<String, Object> doc = StrictJson.parseObject("{\"b\": [1, 2.5, \"x\"], \"a\": {\"t\": true, \"n\": null}}");
        assertThat(doc.keySet()).containsExactly("b", "a");
        assertThat(doc.get("b")).isEqualTo(List.of(1L, 2.5, "x"));
        @SuppressWarnings("unchecked") Map<String, Object> a = (Map<String, Object>) doc.get("a");
        assertThat(a).containsEntry("t", true).containsEntry("n", null).hasSize(2);
    }

    @Test
    void wholeNumbersAreLongsUpToTheLongRange() {
        assertThat(StrictJson.parseObject("{\"min\": -9223372036854775808, \"max\": 9223372036854775807}"))
                .containsEntry("min", Long.MIN_VALUE).containsEntry("max", Long.MAX_VALUE);
        assertThat(StrictJson.parseObject("{\"big\": 9223372036854775808}")).containsEntry("big", 9.223372036854775808e18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "quote \" backslash \\ slash /", "line\nreturn\rtab\tbell\u0007", "µs €", ""})
    void writtenStringsReadBack(String value) {
        StringBuilder out = new StringBuilder("{\"k\":");
        StrictJson.appendString(out, value);
        assertThat(StrictJson.parseObject(out.append('}').toString())).containsEntry("k", value);
    }

    @Test
    void problemsNameLineColumnAndReason() {
        assertThatThrownBy(() -> StrictJson.parseObject("{\n \"a\": 1,}")).isInstanceOfSatisfying(JsonFormatException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.SYNTAX);
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(9);
                    assertThat(e).hasMessage("invalid JSON at line 2, column 9: expected a string key");
                });
        assertThatThrownBy(() -> StrictJson.parseObject("\"text\"")).isInstanceOfSatisfying(JsonFormatException.class,
                e -> assertThat(e.reason()).isEqualTo(JsonFormatException.Reason.NOT_AN_OBJECT));
    }
}
