package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LwosJsonReaderTest {

    @Test
    void readsTheResultsJsonInFileOrder() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.LWOS_JSON, "lwos-results.json");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly("snr_db", "false_trigger_rate",
                "cpu_load_percent", "latency_ms", "memory_usage_kb", "sample_rate_hz", "buffer_size");
        assertThat(r.measures().measures()).allMatch(m -> m.suite().equals("native"));
        assertThat(r.measures().get("native", "snr_db").orElseThrow().direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.measures().get("native", "buffer_size").orElseThrow().gated()).isFalse();
        assertThat(r.thresholds()).isEmpty();
    }

    @Test
    void baselineThresholdsAndMetadataAreRead() throws IOException {
        ReadResult r = ResultFormat.LWOS_JSON.read(Fixtures.path("../regression/baseline.json"));
        assertThat(r.thresholds()).containsEntry("snr_db", new Threshold(-5, -10, Direction.HIGHER_IS_BETTER))
                .containsEntry("latency_ms", new Threshold(15, 30, Direction.LOWER_IS_BETTER)).hasSize(5);
        assertThat(r.context()).containsEntry("metadata.platform", "ESP32-S3 @ 240MHz")
                .containsEntry("metadata.test_conditions.duration_seconds", "10")
                .containsEntry("metadata.notes[0]", "same keys and thresholds as the LightwaveOS baseline");
        assertThat(r.measures().size()).isEqualTo(7);
    }

    @Test
    void anUnknownKeyTakesItsThresholdsDirectionOrLowerWithANote() {
        ReadResult r = Fixtures.text(ResultFormat.LWOS_JSON, "b.json", "{\"boot_ms\": 400, \"fps\": 120,"
                + " \"_thresholds\": {\"fps\": {\"warning\": \"-5%\", \"failure\": \"-10%\", \"direction\": \"higher_is_better\"}}}");
        assertThat(r.measures().get("native", "boot_ms").orElseThrow().direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.measures().get("native", "fps").orElseThrow().direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.context()).containsKey("note.boot_ms").doesNotContainKey("note.fps");
    }

    @Test
    void badInputNamesFileAndLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\n  \"latency_ms\": 8.4,\n  \"snr_db\": 4"))
                .hasMessageStartingWith("r.json:3: unreadable JSON: ")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.SYNTAX);
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\n  \"latency_ms\": \"8.4\"\n}"))
                .hasMessage("r.json:2: latency_ms: expected a number, got the string \"8.4\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\n  \"latency_ms\": NaN\n}"))
                .hasMessageStartingWith("r.json:2: unreadable JSON: Non-standard token 'NaN'")
                .hasMessageNotContaining("JsonReadFeature");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\n  \"latency_ms\": 1e400\n}"))
                .hasMessage("r.json:2: latency_ms: expected a number, got 1e400 which is not a finite number");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"a\": 1,\n \"a\": 2}"))
                .hasMessageStartingWith("r.json:2: unreadable JSON: Duplicate field 'a'");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"a\": 1} {}"))
                .hasMessage("r.json:1: expected the end of the file after the JSON document, got an object");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"_metadata\": {}}"))
                .hasMessageStartingWith("r.json:1: found no measure");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json",
                "{\"x\": 1,\n \"_thresholds\": {\"x\":\n {\"warning\": \"+20\", \"failure\": \"+40%\", \"direction\": \"lower_is_better\"}}}"))
                .hasMessage("r.json:3: _thresholds.x: expected a signed percent such as \"+20%\" or \"-5%\", got \"+20\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json",
                "{\"x\": 1, \"_thresholds\": {\"x\": {\"warning\": \"+20%\", \"failure\": \"+40%\"}}}"))
                .hasMessage("r.json:1: _thresholds.x: expected \"direction\" (higher_is_better or lower_is_better), found none");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"x\": 1, \"_thresholds\": {\"x\":\n"
                + " {\"stat\": \"p95\", \"warning\": \"+20%\", \"failure\": \"+40%\", \"direction\": \"lower_is_better\"}}}"))
                .hasMessage("r.json:2: _thresholds.x.stat: expected only the fields warning, failure, direction, found \"stat\"");
    }

    @Test
    void namesWithControlCharactersOrOver200CharactersAreRefused() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"bad\\u001b[2J\": 1}"))
                .hasMessage("r.json:1: bad\\e[2J: a measure name must not hold control characters, got \"bad\\e[2J\"");
        String longName = "m".repeat(201);
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_JSON, "r.json", "{\"" + longName + "\": 1}"))
                .hasMessageContaining("a measure name must be at most 200 characters, got 201");
    }
}
