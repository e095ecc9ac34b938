package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class HyperfineReaderTest {

    @Test
    void everyRunTimeIsARepeatInSeconds() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.HYPERFINE, "hyperfine.json");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly(
                "lwos-bench list-runs --db bench.db", "lwos-bench history avg_total_us --db bench.db");
        Measure list = r.measures().get("hyperfine", "lwos-bench list-runs --db bench.db").orElseThrow();
        assertThat(list.values()).containsExactly(0.3351, 0.3028, 0.2912, 0.3085, 0.3033);
        assertThat(list.unit()).isEqualTo("s");
        assertThat(list.direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.context()).containsOnlyKeys("hyperfine.note.lwos-bench history avg_total_us --db bench.db");
    }

    @Test
    void badResultsAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.HYPERFINE, "h.json",
                "{\"results\": [\n{\"command\": \"x\", \"times\": [0.1,\n 0.2, null]}]}"))
                .hasMessage("h.json:3: results[0].times[2]: expected a run time in seconds, got null");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.HYPERFINE, "h.json", "{\"results\": [{\"command\": \"x\", \"times\": []}]}"))
                .hasMessage("h.json:1: results[0].times: expected at least one run time, got an empty array");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.HYPERFINE, "h.json",
                "{\"results\": [{\"command\": \"x\", \"times\": [1]},\n{\"command\": \"x\", \"times\": [1]}]}"))
                .hasMessage("h.json:2: results[1]: hyperfine:x is recorded twice; each measure once per run");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.HYPERFINE, "h.json", "{\"results\": [{\"times\": [1]}]}"))
                .hasMessage("h.json:1: results[0]: expected \"command\" (the command), found none");
    }
}
