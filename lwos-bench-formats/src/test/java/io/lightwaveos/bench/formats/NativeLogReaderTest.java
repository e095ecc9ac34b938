package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class NativeLogReaderTest {

    @Test
    void readsFormatResultsSummaryOfTheRealTestOutput() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-full-benchmark.log");

        assertThat(r.measures().measures()).extracting(Measure::name)
                .containsExactly("snr_db", "false_triggers", "dynamic_range", "latency_ms", "cpu_load_percent");
        Measure snr = r.measures().get("native", "snr_db").orElseThrow();
        assertThat(snr.values()).as("the summary's SNR wins over the SNR test's 'Average SNR' line").containsExactly(45.2);
        assertThat(snr.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(snr.unit()).isEqualTo("dB");
        Measure falseTriggers = r.measures().get("native", "false_triggers").orElseThrow();
        assertThat(falseTriggers.values()).containsExactly(3);
        assertThat(falseTriggers.unit()).isEmpty();
        assertThat(r.measures().get("native", "dynamic_range").orElseThrow().direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.measures().get("native", "latency_ms").orElseThrow().values()).containsExactly(8.4);
        assertThat(r.measures().get("native", "cpu_load_percent").orElseThrow().values()).containsExactly(34.8);
    }

    @Test
    void measuresNotInTheLogAreAbsentNeverZero() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-full-benchmark.log");
        assertThat(r.measures().get("native", "false_trigger_rate")).isEmpty();
        assertThat(r.measures().get("native", "memory_usage_kb")).isEmpty();
        assertThat(r.measures().get("native", "sample_rate_hz")).isEmpty();
        assertThat(r.measures().get("native", "buffer_size")).isEmpty();
    }

    @Test
    void unityLinesAndVerdictsBecomeContext() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-full-benchmark.log");
        assertThat(r.tests()).hasSize(10);
        assertThat(r.tests().get(0)).isEqualTo(new TestOutcome("test_spectral_accuracy_per_band", TestOutcome.Status.PASS, null, 15));
        assertThat(r.tests()).filteredOn(t -> t.status() == TestOutcome.Status.FAIL).singleElement()
                .isEqualTo(new TestOutcome("test_preset_comparison", TestOutcome.Status.FAIL,
                        "Expected attack/release ratio above 40", 72));
        assertThat(r.tests()).filteredOn(t -> t.status() == TestOutcome.Status.IGNORE).extracting(TestOutcome::message)
                .containsExactly("pink noise generator pending");
        assertThat(r.context()).containsEntry("native.preset", "LightwaveOS v2")
                .containsEntry("native.overall", "PASS")
                .containsEntry("native.verdict.latency_ms", "PASS")
                .containsEntry("native.snr_bands_db", "47.1, 46.3, 45.8, 45.0, 44.6, 44.1, 44.0, 44.7")
                .containsEntry("unity.tests", "11").containsEntry("unity.failures", "1").containsEntry("unity.ignored", "1");
    }

    @Test
    void readsTheToolsReadmeLinesWithTheirNamesAndDirections() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-readme-lines.log");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly("snr_db", "false_trigger_rate",
                "latency_ms", "cpu_load_percent", "memory_usage_kb", "sample_rate_hz", "buffer_size");
        assertThat(r.measures().get("native", "false_trigger_rate").orElseThrow().values()).containsExactly(2.3);
        assertThat(r.measures().get("native", "memory_usage_kb").orElseThrow().unit()).isEqualTo("KB");
        Measure rate = r.measures().get("native", "sample_rate_hz").orElseThrow();
        assertThat(rate.values()).containsExactly(44100);
        assertThat(rate.gated()).as("reported, never gated").isFalse();
        assertThat(r.measures().get("native", "buffer_size").orElseThrow().gated()).isFalse();
    }

    @Test
    void readsTheParsersAlternativeLinesAndRepeatsInLogOrder() {
        ReadResult r = Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "run.log", String.join("\n",
                "Signal-to-Noise Ratio: 44.0", "processing latency: 9.1", "False Positives: 1.5%", "CPU Usage: 30",
                "Latency: 8.0 ms", "latency: 8.2 ms"));
        assertThat(r.measures().get("native", "snr_db").orElseThrow().values()).containsExactly(44.0);
        assertThat(r.measures().get("native", "latency_ms").orElseThrow().values()).containsExactly(9.1, 8.0, 8.2);
        assertThat(r.measures().get("native", "false_trigger_rate").orElseThrow().values()).containsExactly(1.5);
        assertThat(r.measures().get("native", "cpu_load_percent").orElseThrow().values()).containsExactly(30);
    }

    @Test
    void aNegativeSnrIsReadNotDropped() {
        ReadResult r = Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "run.log", "SNR: -3.5 dB\n");
        assertThat(r.measures().get("native", "snr_db").orElseThrow().values()).containsExactly(-3.5);
    }

    @Test
    void nanOrInfinityIsRefusedNamingFileAndLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "bench.log",
                "=== Benchmark Results: x ===\nLatency: nan ms PASS\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage("bench.log:2: latency_ms: expected a finite number, got \"nan\"")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.VALUE);
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "bench.log", "CPU Load: inf%\n"))
                .hasMessage("bench.log:1: cpu_load_percent: expected a finite number, got \"inf\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "bench.log", "Memory Usage: 1e999 KB\n"))
                .hasMessageStartingWith("bench.log:1: memory_usage_kb: expected a finite number");
    }

    @Test
    void aLogWithoutMeasuresIsRefused() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "empty.log", "Building...\nOK\n"))
                .hasMessageStartingWith("empty.log: found no benchmark measure: expected lines such as")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.EMPTY);
    }

    /**
     * What {@code parse_benchmark_serial.py --platformio} printed for the two fixtures (run outside
     * the repository): on the README lines it agrees with this reader; on the real test output it
     * takes the SNR test's 44.9 instead of the summary's 45.2 and reports a false_trigger_rate of
     * 0.0 that the log never printed, which this reader leaves absent.
     */
    @Test
    void agreesWithParseBenchmarkSerialWhereItReadsTheLogAndNotWhereItInventsZero() throws IOException {
        ReadResult readme = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-readme-lines.log");
        java.util.Map<String, Double> python = new java.util.LinkedHashMap<>();
        python.put("snr_db", 45.2);
        python.put("false_trigger_rate", 2.3);
        python.put("cpu_load_percent", 34.8);
        python.put("latency_ms", 8.4);
        python.put("memory_usage_kb", 127.5);
        python.put("sample_rate_hz", 44100.0);
        python.put("buffer_size", 512.0);
        java.util.Map<String, Double> ours = new java.util.LinkedHashMap<>();
        readme.measures().forEach(m -> ours.put(m.name(), m.mean()));
        assertThat(ours).containsExactlyInAnyOrderEntriesOf(python);

        ReadResult real = Fixtures.read(ResultFormat.LWOS_NATIVE_LOG, "native-full-benchmark.log");
        // python: {"snr_db": 44.9, "false_trigger_rate": 0.0, "cpu_load_percent": 34.8, "latency_ms": 8.4}
        assertThat(real.measures().get("native", "snr_db").orElseThrow().values()).containsExactly(45.2);
        assertThat(real.measures().get("native", "false_trigger_rate")).isEmpty();
        assertThat(real.measures().get("native", "false_triggers").orElseThrow().values()).containsExactly(3);
        assertThat(real.measures().get("native", "cpu_load_percent").orElseThrow().values()).containsExactly(34.8);
        assertThat(real.measures().get("native", "latency_ms").orElseThrow().values()).containsExactly(8.4);
    }

    @Test
    void readsPlatformIosRenderingOfUnityResults() {
        ReadResult r = Fixtures.text(ResultFormat.LWOS_NATIVE_LOG, "pio.log", String.join("\n",
                "test/test_audio_benchmark/test_pipeline_benchmark.cpp:509: test_spectral_accuracy_per_band\t[PASSED]",
                "test/test_audio_benchmark/test_pipeline_benchmark.cpp:422: test_preset_comparison: Expected 40 Was 25\t[FAILED]",
                "test/test_audio_benchmark/test_pipeline_benchmark.cpp:525: test_pink_noise_spectrum\t[IGNORED]",
                "Latency: 8.4 ms PASS"));
        assertThat(r.tests()).containsExactly(
                new TestOutcome("test_spectral_accuracy_per_band", TestOutcome.Status.PASS, null, 1),
                new TestOutcome("test_preset_comparison", TestOutcome.Status.FAIL, "Expected 40 Was 25", 2),
                new TestOutcome("test_pink_noise_spectrum", TestOutcome.Status.IGNORE, null, 3));
    }
}
