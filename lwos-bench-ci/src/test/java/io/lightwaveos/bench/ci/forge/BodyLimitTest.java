package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void textWithinTheLimitIsUnchanged() {
        assertThat(BodyLimit.fitChars("abc\n", 4, "x")).isEqualTo("abc\n");
        assertThat(BodyLimit.fitUtf8("µµ", 4, "x")).isEqualTo("µµ");
    }

    @Test
    void aCutEndsAtALineEndAndStaysWithinTheLimit() {
        String text = "line one\n".repeat(1000);

        String cut = BodyLimit.fitChars(text, 1000, "the test limit");

        assertThat(cut.length()).isLessThanOrEqualTo(1000);
        assertThat(cut).startsWith("line one\nline one\n");
        assertThat(cut.substring(0, cut.indexOf("\n\n> **Cut:**"))).endsWith("line one");
        assertThat(cut).endsWith("> **Cut:** this report of 9,000 characters was cut here to stay under the test limit "
                + "(1,000 characters). The whole report is in the job summary and the job's artifacts.\n");
    }

    @Test
    void aCodeBlockLeftOpenByTheCutIsClosed() {
        String text = "intro\n```\n" + "code line\n".repeat(500) + "```\n";

        String cut = BodyLimit.fitChars(text, 800, "x");

        assertThat(cut.length()).isLessThanOrEqualTo(800);
        assertThat(cut.substring(0, cut.indexOf("\n\n> **Cut:**"))).endsWith("code line\n```");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String text = "😀".repeat(1000);

        String cut = BodyLimit.fitChars(text, 501, "x");

        assertThat(cut.length()).isLessThanOrEqualTo(501);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.indexOf("\n\n> **Cut:**") - 1))).isFalse();
    }

    @Test
    void aByteLimitCountsUtf8() {
        String text = "€uro\n".repeat(1000);

        String cut = BodyLimit.fitUtf8(text, 2000, "x");

        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2000).isGreaterThan(1500);
        assertThat(cut.substring(0, cut.indexOf("\n\n> **Cut:**"))).endsWith("€uro");
    }

    @Test
    void aLimitWithoutRoomForTheNoteIsRefused() {
        assertThatThrownBy(() -> BodyLimit.fitChars("x".repeat(100), 50, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no room for the note");
    }
}
