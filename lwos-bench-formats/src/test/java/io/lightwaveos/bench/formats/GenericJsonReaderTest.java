package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GenericJsonReaderTest {

    @Test
    void readsGithubActionBenchmarksShapeWithDirections() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.GENERIC_JSON, "generic.json");
        assertThat(r.measures().measures()).extracting(Measure::name)
                .containsExactly("boot_time_ms", "effects_per_second", "frame_render_us", "led_count");
        assertThat(r.measures().get("generic", "boot_time_ms").orElseThrow().direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.context()).containsOnlyKeys("note.boot_time_ms");
        Measure eps = r.measures().get("generic", "effects_per_second").orElseThrow();
        assertThat(eps.values()).containsExactly(118.2, 119.0, 117.6);
        assertThat(eps.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.measures().get("generic", "frame_render_us").orElseThrow().unit()).isEqualTo("µs");
        assertThat(r.measures().get("generic", "led_count").orElseThrow().gated()).isFalse();
    }

    @Test
    void badEntriesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[\n{\"name\": \"a\", \"value\": 1, \"values\": [1]}]"))
                .hasMessage("g.json:2: [0]: expected either \"value\" (a number) or \"values\" (an array of numbers), got both");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[{\"name\": \"a\", \"unit\": \"ms\"}]"))
                .hasMessage("g.json:1: [0]: expected either \"value\" (a number) or \"values\" (an array of numbers), got neither");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[{\"name\": \"a\", \"value\": 1, \"direction\": \"up\"}]"))
                .hasMessageStartingWith("g.json:1: [0].direction: expected a direction: lower, higher");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[{\"name\": \"a\", \"value\": true}]"))
                .hasMessage("g.json:1: [0].value: expected a number, got true");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[{\"name\": \"" + "n".repeat(201) + "\", \"value\": 1}]"))
                .hasMessageContaining("a measure name must be at most 200 characters, got 201");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GENERIC_JSON, "g.json", "[{\"name\": \"a\", \"value\": 1}, 3]"))
                .hasMessage("g.json:1: [1]: expected a {\"name\", \"unit\", \"value\"} object, got the number 3");
    }
}
