package io.lightwaveos.bench.service.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.service.io.InputLimitException.Limit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoundedTextReaderTest {

    /** An endless input of one byte repeated ({@code cat /dev/zero | tr '\0' ' '}). */
    static InputStream endless(byte b) {
        return new InputStream() {
            @Override
            public int read() {
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) {
                java.util.Arrays.fill(buf, off, off + len, b);
                return len;
            }
        };
    }

    static InputStream concat(byte[] head, InputStream tail) {
        return new java.io.SequenceInputStream(new ByteArrayInputStream(head), tail);
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void anEndlessLineOfBlanksStopsAtTheLimitInEveryFormat(SampleFormat format) {
        byte[] head = switch (format) {
            case CSV -> SampleFileReaderStrictTest.HEADER.getBytes(StandardCharsets.UTF_8);
            case JSONL -> new byte[0];
            case JSON -> "{\"schema\":\"lwos-bench/export/v1\",\"samples\":[\n{".getBytes(StandardCharsets.UTF_8);
        };
        InputLimits limits = new InputLimits(1000, 2000, Long.MAX_VALUE);
        assertThatThrownBy(() -> SampleFileReader.read(format, concat(head, endless((byte) ' ')), limits, s -> { }))
                .isInstanceOfSatisfying(InputLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo(format == SampleFormat.JSON ? Limit.RECORD : Limit.LINE);
                    assertThat(e.line()).isEqualTo(format == SampleFormat.JSON ? 2 : format == SampleFormat.CSV ? 2 : 1);
                })
                .hasMessageContaining(format == SampleFormat.JSON ? "longer than the limit of 2000 characters"
                        : "longer than the limit of 1000 characters per line");
    }

    @Test
    void aLineOfExactlyTheLimitPassesInBulkReadsAndOneCharacterMoreIsNamedWithItsLine() throws IOException {
        char[] buffer = new char[7];
        BoundedTextReader fits = new BoundedTextReader(new ByteArrayInputStream("abcde\nfghij\r\nk".getBytes(StandardCharsets.UTF_8)),
                new InputLimits(6, 100, 100));
        StringBuilder all = new StringBuilder();
        for (int n; (n = fits.read(buffer, 0, buffer.length)) > 0; ) {
            all.append(buffer, 0, n);
        }
        assertThat(all.toString()).isEqualTo("abcde\nfghij\r\nk");
        assertThat(fits.line()).isEqualTo(3);
        BoundedTextReader over = new BoundedTextReader(new ByteArrayInputStream("abcde\nfghijkl\n".getBytes(StandardCharsets.UTF_8)),
                new InputLimits(6, 100, 100));
        assertThatThrownBy(() -> {
            while (over.read(buffer, 0, buffer.length) > 0) {
                // reading to the end or the limit
            }
        }).isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessage("line 2: the line is longer than the limit of 6 characters per line");
    }

    @Test
    void theDefaultLimitsStopAnEndlessJsonlLineWithinAFewMegabytes() {
        assertThatThrownBy(() -> SampleFileReader.read(SampleFormat.JSONL, endless((byte) ' '), s -> { }))
                .isInstanceOf(InputLimitException.class)
                .hasMessage("line 1: the line is longer than the limit of 1048576 characters per line");
    }

    @Test
    void theTotalLimitCountsBytes() {
        InputLimits limits = new InputLimits(100, 100, 10_000);
        byte[] line = "\n".getBytes(StandardCharsets.UTF_8);
        InputStream manyBlankLines = endless(line[0]);
        assertThatThrownBy(() -> SampleFileReader.read(SampleFormat.JSONL, manyBlankLines, limits, s -> { }))
                .isInstanceOfSatisfying(InputLimitException.class, e -> assertThat(e.limit()).isEqualTo(Limit.TOTAL))
                .hasMessageContaining("larger than the limit of 10000 bytes");
    }

    @Test
    void invalidUtf8IsNamedWithItsLineAndByte() throws IOException {
        byte[] text = "a\nb\ncc\u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(text, text.length + 3);
        bad[text.length] = 'x';
        bad[text.length + 1] = (byte) 0xFC;
        bad[text.length + 2] = '\n';
        BoundedTextReader r = new BoundedTextReader(new ByteArrayInputStream(bad), InputLimits.SAMPLE_FILE);
        List<String> lines = new ArrayList<>();
        assertThatThrownBy(() -> {
            for (String l; (l = r.readLine()) != null; ) {
                lines.add(l);
            }
        }).isInstanceOf(ImportException.class)
                .hasMessage("line 4: expected UTF-8 text, found the byte 0xFC (at byte " + (text.length + 1)
                        + ") that is not valid UTF-8");
    }

    @Test
    void linesEndWithNewlineOrCrLfAndAByteOrderMarkIsSkipped() throws IOException {
        byte[] text = "\uFEFFone\r\ntwo\nthree".getBytes(StandardCharsets.UTF_8);
        BoundedTextReader r = new BoundedTextReader(new ByteArrayInputStream(text), new InputLimits(5, 5, 100));
        assertThat(r.readLine()).isEqualTo("one");
        assertThat(r.readLine()).isEqualTo("two");
        assertThat(r.line()).isEqualTo(3);
        assertThat(r.readLine()).isEqualTo("three");
        assertThat(r.readLine()).isNull();
    }

    @Test
    void aMultiByteCharacterSplitAcrossReadsDecodes() throws IOException {
        byte[] text = ("x".repeat((1 << 14) - 1) + "µ\n").getBytes(StandardCharsets.UTF_8);
        BoundedTextReader r = new BoundedTextReader(new ByteArrayInputStream(text), InputLimits.SAMPLE_FILE);
        assertThat(r.readLine()).endsWith("xµ");
        assertThat(r.readLine()).isNull();
    }
}
