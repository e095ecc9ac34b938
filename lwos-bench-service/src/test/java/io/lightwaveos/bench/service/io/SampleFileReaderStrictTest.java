package io.lightwaveos.bench.service.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.Sample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field of every import format is validated as strictly as the frame decoder validates frames. */
class SampleFileReaderStrictTest {

    static final String HEADER = "timestamp_utc,timestamp_ms,avg_total_us,avg_goertzel_us,peak_total_us,"
            + "peak_goertzel_us,cpu_load_percent,hop_count,goertzel_count,flags\n";
    static final String ROW = "2024-01-15T10:30:00Z,1,150.5,1.5,1,1,0.5,1,1,0\n";
    static final String SAMPLE = "{\"timestamp_utc\":\"2024-01-15T10:30:00Z\",\"timestamp_ms\":1,\"avg_total_us\":150.5,"
            + "\"avg_goertzel_us\":1.5,\"peak_total_us\":1,\"peak_goertzel_us\":1,\"cpu_load_percent\":0.5,"
            + "\"hop_count\":1,\"goertzel_count\":1,\"flags\":0,\"seq\":0}";
    static final String RUN = "{\"id\":\"0b7e5a52-9c3e-4c1e-8a53-7f1d2b6c9e01\",\"name\":\"r\",\"tags\":[\"a\"],"
            + "\"status\":\"COMPLETE\",\"started_at\":\"2024-01-15T10:30:00Z\",\"ended_at\":\"2024-01-15T10:31:00Z\","
            + "\"counters\":{\"frames_foreign\":0,\"frames_malformed\":{\"BAD_LENGTH\":0,\"NON_FINITE\":0},\"gaps\":0,"
            + "\"frames_lost_estimate\":0,\"reconnects\":0,\"reboots\":0}}";

    static ExportedRun json(String run, String samples, String after) throws IOException {
        String doc = "{\"schema\":\"lwos-bench/export/v1\",\"run\":" + run + ",\"samples\":[\n" + samples + "\n]}" + after;
        return SampleFileReader.read(SampleFormat.JSON, new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                s -> { });
    }

    static List<Sample> read(SampleFormat f, String text) throws IOException {
        List<Sample> out = new ArrayList<>();
        SampleFileReader.read(f, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add);
        return out;
    }

    @Test
    void theValidDocumentsHereRead() throws IOException {
        assertThat(json(RUN, SAMPLE, "\n").name()).isEqualTo("r");
        assertThat(read(SampleFormat.CSV, HEADER + ROW)).hasSize(1);
        assertThat(read(SampleFormat.JSONL, SAMPLE + "\n")).hasSize(1);
        assertThat(read(SampleFormat.CSV, HEADER + ROW.replace("150.5", "1.505e2"))).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"reconnects\":0 | \"reconnects\":1e20 | line 1: run.counters.reconnects: expected a whole number from 0 to 9223372036854775807, got a number (1.0E20)",
        "\"reconnects\":0 | \"reconnects\":99999999999999999999 | line 1: run.counters.reconnects: expected a whole number from 0 to 9223372036854775807, got a number (99999999999999999999)",
        "\"gaps\":0 | \"gaps\":-1 | line 1: run.counters.gaps: expected a whole number from 0 to 9223372036854775807, got a number (-1)",
        "\"BAD_LENGTH\":0 | \"BAD_LENGTH\":\"3\" | line 1: run.counters.frames_malformed.BAD_LENGTH: expected a whole number from 0 to 9223372036854775807, got a string (\"3\")",
        "\"tags\":[\"a\"] | \"tags\":{\"a\":1} | line 1: run.tags: expected an array of strings, got an object",
        "\"tags\":[\"a\"] | \"tags\":[1] | line 1: run.tags: expected an array of strings, found a number (1)",
        "\"name\":\"r\" | \"name\":7 | line 1: run.name: expected a string, got a number (7)",
        "\"ended_at\":\"2024-01-15T10:31:00Z\" | \"ended_at\":\"2024-01-15T10:29:00Z\" | line 1: run.ended_at: expected a time not before started_at (2024-01-15T10:30:00Z), got 2024-01-15T10:29:00Z",
        "\"counters\":{ | \"counters\":[],\"x\":{ | line 1: run.counters: expected an object, got an array",
    })
    void wrongRunFieldsAreRefused(String from, String to, String message) {
        assertThatThrownBy(() -> json(RUN.replace(from, to), SAMPLE, "")).isInstanceOf(ImportException.class)
                .hasMessage(message);
    }

    @Test
    void aJsonExportMustEndAfterItsObjectAndHaveNoDuplicateKeys() {
        assertThatThrownBy(() -> json(RUN, SAMPLE, "\ngarbage")).isInstanceOf(ImportException.class)
                .hasMessageContaining("line 4:").hasMessageContaining("garbage");
        assertThatThrownBy(() -> json(RUN, SAMPLE, "{\"schema\":\"lwos-bench/export/v1\"}"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 3: expected the end of the file after the JSON object, got an object");
        assertThatThrownBy(() -> json(RUN.replace("\"name\":\"r\"", "\"name\":\"r\",\"name\":\"s\""), SAMPLE, ""))
                .isInstanceOf(ImportException.class).hasMessageContaining("Duplicate field 'name'");
        assertThatThrownBy(() -> json(RUN, SAMPLE.replace("\"flags\":0", "\"flags\":0,\"flags\":1"), ""))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 2:").hasMessageContaining("Duplicate field 'flags'");
        assertThatThrownBy(() -> json(RUN, SAMPLE.replace("150.5", "\"150.5\""), ""))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2: avg_total_us: expected a number, got a string (\"150.5\")");
    }

    @Test
    void aJsonlLineHoldsExactlyOneObjectWithoutDuplicateKeys() {
        assertThatThrownBy(() -> read(SampleFormat.JSONL, SAMPLE + "\n" + SAMPLE.replace("\"seq\":0", "\"seq\":1") + SAMPLE + "\n"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 2: expected one JSON object on the line");
        assertThatThrownBy(() -> read(SampleFormat.JSONL, SAMPLE.replace("\"seq\":0", "\"seq\":0,\"seq\":5") + "\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("Duplicate field 'seq'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "150.5f | line 2: avg_total_us: expected a number, got \"150.5f\"",
        "0x1p7 | line 2: avg_total_us: expected a number, got \"0x1p7\"",
        "150.5d | line 2: avg_total_us: expected a number, got \"150.5d\"",
        "Infinity | line 2: avg_total_us: expected a finite float32, got \"Infinity\"",
        "1e39 | line 2: avg_total_us: expected a finite float32, got \"1e39\"",
    })
    void csvNumbersAreDecimalsOnly(String cell, String message) {
        assertThatThrownBy(() -> read(SampleFormat.CSV, HEADER + ROW.replace("150.5", cell)))
                .isInstanceOf(ImportException.class).hasMessage(message);
    }

    @Test
    void csvWholeNumbersRefuseHexAndFractions() {
        assertThatThrownBy(() -> read(SampleFormat.CSV, HEADER + ROW.replace(",0.5,1,1,0", ",0.5,0x10,1,0")))
                .isInstanceOf(ImportException.class).hasMessage("line 2: hop_count: expected a whole number, got \"0x10\"");
        assertThatThrownBy(() -> read(SampleFormat.CSV, HEADER + ROW.replace(",0.5,1,1,0", ",0.5,1.5,1,0")))
                .isInstanceOf(ImportException.class).hasMessage("line 2: hop_count: expected a whole number, got \"1.5\"");
    }

    @Test
    void controlCharactersInAQuotedCellAreEscapedInTheMessage() {
        assertThatThrownBy(() -> read(SampleFormat.CSV, HEADER + ROW.replace("150.5", "\"\u001b[2J\u0007\"")))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 2: avg_total_us: expected a number, got \"\\e[2J\\x07\"");
    }

    @Test
    void invalidUtf8IsAnImportErrorNamingTheLineInEveryFormat() {
        byte[] csv = (HEADER + ROW + ROW.replace("2024", "\u00fc024")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SampleFileReader.read(SampleFormat.CSV, new ByteArrayInputStream(csv), s -> { }))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 3: expected UTF-8 text, found the byte 0xFC");
        byte[] jsonl = (SAMPLE + "\n" + SAMPLE.replace("2024", "\u00fc024")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SampleFileReader.read(SampleFormat.JSONL, new ByteArrayInputStream(jsonl), s -> { }))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 2: expected UTF-8 text, found the byte 0xFC");
        byte[] json = ("{\"schema\":\"lwos-bench/export/v1\",\n\"run\":" + RUN.replace("\"r\"", "\"\u00fc\"") + "}")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SampleFileReader.read(SampleFormat.JSON, new ByteArrayInputStream(json), s -> { }))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 2: expected UTF-8 text, found the byte 0xFC");
    }

    @Test
    void parserMessagesNameNoLibrarySettingsOrTokenConstants() {
        assertThatThrownBy(() -> read(SampleFormat.JSONL, "{\"seq\":NaN}\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected one JSON object on the line, got Non-standard token 'NaN'");
        assertThatThrownBy(() -> read(SampleFormat.JSON, "[1,2]"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("got an array")
                .hasMessageNotContaining("START_ARRAY");
        assertThatThrownBy(() -> json(RUN, SAMPLE, "\n{}"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expected the end of the file after the JSON object, got an object");
    }
}
