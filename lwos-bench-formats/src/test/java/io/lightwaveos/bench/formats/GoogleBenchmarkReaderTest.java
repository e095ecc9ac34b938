package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GoogleBenchmarkReaderTest {

    @Test
    void repetitionsAreRepeatsAndAggregatesAreNot() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.GOOGLE_BENCHMARK, "google-benchmark-repetitions.json");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly(
                "BM_Goertzel/512", "BM_Goertzel/512:cpu_time", "BM_Goertzel/512:items_per_second");
        Measure real = r.measures().get("google-benchmark", "BM_Goertzel/512").orElseThrow();
        assertThat(real.values()).containsExactly(1695.1, 1701.2, 1698.7);
        assertThat(real.unit()).isEqualTo("ns");
        assertThat(real.direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.measures().get("google-benchmark", "BM_Goertzel/512:cpu_time").orElseThrow().values())
                .containsExactly(1694.0, 1700.3, 1697.9);
        Measure items = r.measures().get("google-benchmark", "BM_Goertzel/512:items_per_second").orElseThrow();
        assertThat(items.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(items.unit()).isEqualTo("items/s");
    }

    @Test
    void anErroredBenchmarkIsAbsentWithItsMessageInTheContext() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.GOOGLE_BENCHMARK, "google-benchmark-repetitions.json");
        assertThat(r.measures().get("google-benchmark", "BM_Chroma")).isEmpty();
        assertThat(r.context()).containsEntry("google-benchmark.error.BM_Chroma", "chroma table not initialised")
                .containsEntry("google-benchmark.host_name", "ci-runner-3")
                .containsEntry("google-benchmark.library_build_type", "release")
                .containsEntry("google-benchmark.num_cpus", "8")
                .doesNotContainKey("google-benchmark.caches");
    }

    @Test
    void aggregatesOnlyTakesTheMeanWithANote() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.GOOGLE_BENCHMARK, "google-benchmark-aggregates-only.json");
        Measure real = r.measures().get("google-benchmark", "BM_Goertzel/512").orElseThrow();
        assertThat(real.values()).containsExactly(1.7021);
        assertThat(real.unit()).isEqualTo("us");
        assertThat(r.context()).containsEntry("google-benchmark.note.BM_Goertzel/512",
                "aggregates only: the mean of 5 repetitions as one value");
    }

    @Test
    void olderFilesWithoutRunTypeAreReadBySuffix() {
        ReadResult r = Fixtures.text(ResultFormat.GOOGLE_BENCHMARK, "old.json", "{\"context\": {\"num_cpus\": 4},"
                + " \"benchmarks\": [{\"name\": \"BM_A\", \"iterations\": 10, \"real_time\": 5, \"cpu_time\": 4},"
                + " {\"name\": \"BM_A\", \"iterations\": 10, \"real_time\": 6, \"cpu_time\": 5},"
                + " {\"name\": \"BM_A_mean\", \"iterations\": 10, \"real_time\": 5.5, \"cpu_time\": 4.5}]}");
        assertThat(r.measures().get("google-benchmark", "BM_A").orElseThrow().values()).containsExactly(5, 6);
        assertThat(r.measures().get("google-benchmark", "BM_A").orElseThrow().unit()).isEqualTo("ns");
    }

    @Test
    void badRowsAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GOOGLE_BENCHMARK, "gb.json", "{\"context\": {},\n"
                + "\"benchmarks\": [\n{\"name\": \"BM_A\", \"run_type\": \"iteration\", \"real_time\": \"5\", \"cpu_time\": 4}]}"))
                .hasMessage("gb.json:3: benchmarks[0].real_time: expected the real time as a number, got the string \"5\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GOOGLE_BENCHMARK, "gb.json", "{\"context\": {},\n"
                + "\"benchmarks\": [\n{\"name\": \"BM_A\", \"run_type\": \"iteration\", \"cpu_time\": 4}]}"))
                .hasMessage("gb.json:3: benchmarks[0]: expected \"real_time\" (the wall-clock time), found none");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GOOGLE_BENCHMARK, "gb.json", "{\"context\": {}, \"benchmarks\": {}}"))
                .hasMessage("gb.json:1: benchmarks: expected the array of results, got an object");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.GOOGLE_BENCHMARK, "gb.json", "{\"context\": {}, \"benchmarks\": []}"))
                .hasMessage("gb.json:1: found no benchmark result with a time");
    }
}
