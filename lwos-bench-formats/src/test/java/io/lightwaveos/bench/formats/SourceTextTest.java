package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.formats.FormatException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextTest {

    private static final FormatLimits SMALL = new FormatLimits(64, 16, 10, 100);

    @Test
    void invalidUtf8IsRefusedNamingLineAndByte() {
        byte[] bytes = "Latency: 8.4 ms\nCPU Load: 3\u00e9%\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SourceText.read("bench.log", new ByteArrayInputStream(bytes), FormatLimits.DEFAULT))
                .isInstanceOf(FormatException.class)
                .hasMessage("bench.log:2: expected UTF-8 text, found the byte 0xE9 (at byte 27) that is not valid UTF-8")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> SourceText.of("a.log", "short\n" + "x".repeat(17) + "\n", SMALL))
                .hasMessage("a.log:2: the line is longer than the limit of 16 characters per line")
                .extracting(e -> ((FormatException) e).reason()).isEqualTo(Reason.LIMIT);
        assertThat(SourceText.of("a.log", "x".repeat(16), SMALL).lines()).containsExactly("x".repeat(16));
    }

    @Test
    void aFileLargerThanTheLimitIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("big.json"), "[" + " ".repeat(64) + "]");
        assertThatThrownBy(() -> SourceText.read(file, SMALL))
                .hasMessage(file + ": the file is larger than the limit of 64 bytes");
    }

    @Test
    void crlfAndByteOrderMarkAreRead() throws IOException {
        byte[] bytes = "\uFEFFSNR: 45.2 dB\r\nLatency: 8.4 ms\r\n".getBytes(StandardCharsets.UTF_8);
        SourceText text = SourceText.read("w.log", new ByteArrayInputStream(bytes), FormatLimits.DEFAULT);
        assertThat(text.lines()).containsExactly("SNR: 45.2 dB", "Latency: 8.4 ms");
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsRefused() {
        byte[] bytes = {'{', '"', 'a', '"', ':', ' ', '1', '}', '\n', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> SourceText.read("t.json", new ByteArrayInputStream(bytes), FormatLimits.DEFAULT))
                .hasMessageStartingWith("t.json:2: expected UTF-8 text, found the byte 0xE2 (at byte 9)");
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedInMessages() {
        assertThatThrownBy(() -> SourceText.of("evil\u001b[2J.log", "x".repeat(17), SMALL))
                .hasMessage("evil\\e[2J.log:1: the line is longer than the limit of 16 characters per line");
    }
}
