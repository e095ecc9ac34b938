package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {

    @TempDir
    Path dir;

    @Test
    void theReportIsAppendedAfterWhatOtherStepsWrote() throws Exception {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "## Build\nok\n");
        Map<String, String> env = Map.of("GITHUB_STEP_SUMMARY", file.toString());

        assertThat(StepSummary.append(env, "### lwos-bench: pass\n").outcome()).isEqualTo(ForgeResult.Outcome.SENT);
        assertThat(StepSummary.append(env, "second").ok()).isTrue();

        assertThat(Files.readString(file)).isEqualTo("## Build\nok\n### lwos-bench: pass\n\nsecond\n\n");
    }

    @Test
    void withoutTheVariableNothingIsWritten() {
        ForgeResult r = StepSummary.append(Map.of(), "x");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SKIPPED);
        assertThat(r.message()).isEqualTo("GITHUB_STEP_SUMMARY is not set: no job summary written");
    }

    @Test
    void aReportLargerThanTheRoomLeftIsCutUnderOneMebibyte() throws Exception {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "x".repeat(100_000));
        String report = "| `µs` | ✅ |\n".repeat(100_000);

        assertThat(StepSummary.append(Map.of("GITHUB_STEP_SUMMARY", file.toString()), report).ok()).isTrue();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isLessThanOrEqualTo(BodyLimit.STEP_SUMMARY_BYTES).isGreaterThan(1_000_000);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("the job summary limit (948,576 bytes)");
    }

    @Test
    void anUnwritableFileIsAFailureWithAMessage() {
        ForgeResult r = StepSummary.append(Map.of("GITHUB_STEP_SUMMARY", dir.toString()), "x");

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).startsWith("cannot write the job summary " + dir);
    }
}
