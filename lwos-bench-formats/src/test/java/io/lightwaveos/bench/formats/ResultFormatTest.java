package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.formats.FormatException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ResultFormatTest {

    @Test
    void theRegistryIsTheSpecsList() {
        assertThat(ResultFormat.ids()).containsExactly("lwos-native-log", "lwos-json", "esp-idf-log", "idf-size", "jmh",
                "google-benchmark", "hyperfine", "generic-json", "auto");
        assertThat(ResultFormat.readable()).hasSize(8).doesNotContain(ResultFormat.AUTO);
        assertThat(ResultFormat.byId("jmh")).isEqualTo(ResultFormat.JMH);
    }

    @Test
    void anUnknownFormatListsTheNamesAndSuggestsOne() {
        assertThatThrownBy(() -> ResultFormat.byId("hyperfin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format \"hyperfin\" (did you mean hyperfine?); expected one of lwos-native-log, "
                        + "lwos-json, esp-idf-log, idf-size, jmh, google-benchmark, hyperfine, generic-json, auto");
    }

    /** The fixture each format reads: every one, and auto on it, agree. */
    @ParameterizedTest
    @CsvSource({"LWOS_NATIVE_LOG,native-full-benchmark.log", "LWOS_NATIVE_LOG,native-readme-lines.log",
            "LWOS_JSON,lwos-results.json", "ESP_IDF_LOG,esp-idf-performance.log", "IDF_SIZE,idf-size.json",
            "JMH,jmh-frame-decode.json", "JMH,jmh-params-modes.json", "GOOGLE_BENCHMARK,google-benchmark-repetitions.json",
            "GOOGLE_BENCHMARK,google-benchmark-aggregates-only.json", "HYPERFINE,hyperfine.json", "GENERIC_JSON,generic.json"})
    void autoDetectsEachFormatFromItsContent(ResultFormat format, String file) throws IOException {
        ReadResult auto = Fixtures.read(ResultFormat.AUTO, file);
        assertThat(auto.format()).isEqualTo(format);
        assertThat(auto).isEqualTo(Fixtures.read(format, file));
    }

    @Test
    void autoSaysWhenItCannotTell() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.AUTO, "notes.txt", "hello\nworld\n"))
                .hasMessageStartingWith("notes.txt: cannot tell the format: not JSON, no [Performance] lines")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.UNKNOWN_FORMAT);
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.AUTO, "x.json", "[{\"id\": 1}]"))
                .hasMessageStartingWith("x.json:1: cannot tell the format of a JSON array whose first object has neither");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.AUTO, "x.json", "  \n"))
                .hasMessage("x.json: the file is empty: nothing to read");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.AUTO, "x.json", "{\"results\": [\n{\"command\": \"a\","))
                .as("truncated JSON is a syntax error, not a guess")
                .hasMessageStartingWith("x.json:2: unreadable JSON: Unexpected end-of-input");
    }

    /** Every JSON reader refuses a file cut short, naming the file and line; nothing is returned. */
    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = {"LWOS_JSON", "IDF_SIZE", "JMH", "GOOGLE_BENCHMARK", "HYPERFINE", "GENERIC_JSON"})
    void everyJsonReaderRefusesATruncatedFile(ResultFormat format, @TempDir Path dir) throws IOException {
        String file = switch (format) {
            case LWOS_JSON -> "lwos-results.json";
            case IDF_SIZE -> "idf-size.json";
            case JMH -> "jmh-frame-decode.json";
            case GOOGLE_BENCHMARK -> "google-benchmark-repetitions.json";
            case HYPERFINE -> "hyperfine.json";
            default -> "generic.json";
        };
        String text = Files.readString(Fixtures.path(file));
        String cut = text.substring(0, text.length() / 2);
        Path truncated = Files.writeString(dir.resolve("cut.json"), cut);
        long lines = cut.chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> format.read(truncated))
                .isInstanceOf(FormatException.class)
                .hasMessageStartingWith(truncated + ":" + lines + ": unreadable JSON: Unexpected end-of-input")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.SYNTAX);
    }

    /** Invalid UTF-8 and an oversize line are refused before any reader runs, whatever the format. */
    @ParameterizedTest
    @EnumSource(ResultFormat.class)
    void everyFormatRefusesInvalidUtf8AndOversizeLines(ResultFormat format, @TempDir Path dir) throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'[', '\n', (byte) 0xFF, ']'});
        assertThatThrownBy(() -> format.read(bad))
                .hasMessage(bad + ":2: expected UTF-8 text, found the byte 0xFF (at byte 2) that is not valid UTF-8");
        Path longLine = Files.writeString(dir.resolve("long.txt"), "Latency: 8.4 ms\n" + "x".repeat((1 << 20) + 1));
        assertThatThrownBy(() -> format.read(longLine))
                .hasMessage(longLine + ":2: the line is longer than the limit of 1048576 characters per line");
    }

    @Test
    void countLimitsAreEnforced() {
        FormatLimits limits = new FormatLimits(1 << 20, 1 << 16, 2, 100);
        String log = "SNR: 45.2 dB\nLatency: 8.4 ms\nCPU Load: 30%\n";
        assertThatThrownBy(() -> ResultFormat.LWOS_NATIVE_LOG.read(SourceText.of("m.log", log, limits), limits))
                .hasMessage("m.log: the file holds 3 measures, more than the limit of 2");
        FormatLimits fewValues = new FormatLimits(1 << 20, 1 << 16, 10, 5);
        assertThatThrownBy(() -> ResultFormat.GENERIC_JSON.read(SourceText.of("v.json",
                "[{\"name\": \"a\", \"values\": [1, 2, 3, 4, 5, 6]}]", fewValues), fewValues))
                .hasMessage("v.json:1: the document holds more than the limit of 5 values");
    }

    /** NaN and infinities are refused by every JSON reader: as JSON JSON does not allow, or as a number too large for a double. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LWOS_JSON|{\"latency_ms\": X}",
            "IDF_SIZE|{\"total_size\": X}",
            "JMH|[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": {\"score\": X, \"scoreUnit\": \"ns/op\"}}]",
            "GOOGLE_BENCHMARK|{\"context\": {}, \"benchmarks\": [{\"name\": \"BM_A\", \"real_time\": X, \"cpu_time\": 1}]}",
            "HYPERFINE|{\"results\": [{\"command\": \"a\", \"times\": [X]}]}",
            "GENERIC_JSON|[{\"name\": \"a\", \"value\": X}]"})
    void everyJsonReaderRefusesNanAndInfinity(ResultFormat format, String template) {
        for (String nonFinite : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertThatThrownBy(() -> Fixtures.text(format, "f.json", template.replace("X", nonFinite)))
                    .as(nonFinite).hasMessageStartingWith("f.json:1: unreadable JSON: Non-standard token")
                    .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.SYNTAX);
        }
        assertThatThrownBy(() -> Fixtures.text(format, "f.json", template.replace("X", "1e400")))
                .hasMessageEndingWith("got 1e400 which is not a finite number")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.VALUE);
        assertThat(Fixtures.text(format, "f.json", template.replace("X", "2")).measures().measures().get(0).value(0))
                .isEqualTo(2.0);
    }
}
