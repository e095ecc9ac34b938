package io.lightwaveos.bench.ci.forge;

import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * GitHub Actions' job summary: Markdown appended to the file named by {@code GITHUB_STEP_SUMMARY},
 * which GitHub shows on the run's page. The step's summary is kept under GitHub's 1 MiB, the
 * report cut with a note when it would not fit after what the step wrote before.
 */
public final class StepSummary {

    /** The variable naming the summary file. */
    public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummary() {
    }

    /**
     * Appends {@code markdown} (and a blank line) to the summary file.
     *
     * @param env the environment, for {@value #VARIABLE}
     * @return sent; skipped when the variable is unset (not GitHub Actions) or the summary is full;
     *         failed when the file cannot be written
     */
    public static ForgeResult append(Map<String, String> env, String markdown) {
        String name = env.get(VARIABLE);
        if (name == null || name.isBlank()) {
            return ForgeResult.skipped(VARIABLE + " is not set: no job summary written");
        }
        Path file = Path.of(name.strip());
        try {
            long used = Files.exists(file) ? Files.size(file) : 0;
            long room = BodyLimit.STEP_SUMMARY_BYTES - used;
            if (room < 1024) {
                return ForgeResult.skipped("the job summary already holds " + used + " bytes of GitHub's "
                        + BodyLimit.STEP_SUMMARY_BYTES + ": not written");
            }
            String text = BodyLimit.fitUtf8(markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n", (int) room,
                    "the job summary limit");
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return ForgeResult.of(ForgeResult.Outcome.SENT);
        } catch (IOException | RuntimeException e) {
            return ForgeResult.failed("cannot write the job summary " + Printable.of(name) + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + Printable.of(e.getMessage())));
        }
    }
}
