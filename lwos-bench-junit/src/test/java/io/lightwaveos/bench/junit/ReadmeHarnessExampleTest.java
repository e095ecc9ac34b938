package io.lightwaveos.bench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it from a test" section shows the sample harness (examples/harness, built and
 * run by the build through the invoker plugin) verbatim: its test class and the BOM snippet of its
 * pom. If this fails, the README is out of date.
 */
class ReadmeHarnessExampleTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path HARNESS = ROOT.resolve("examples/harness");

    @Test
    void theReadmeShowsTheSampleHarnessTestVerbatimAndItIsUnderSixtyLines() throws IOException {
        List<String> test = Files.readAllLines(HARNESS.resolve(
                "src/test/java/com/example/harness/PipelineBenchTest.java"));
        assertThat(block("java")).isEqualTo(trimmed(test));
        assertThat(test).hasSizeLessThan(60);
    }

    @Test
    void theReadmeShowsTheBomSnippetOfTheSampleHarnessPom() throws IOException {
        String pom = Files.readString(HARNESS.resolve("pom.xml")).replace("@project.version@", "0.1.0-SNAPSHOT");
        List<String> snippet = block("xml");
        assertThat(snippet).isNotEmpty();
        assertThat(trimmed(pom.lines().toList())).containsSequence(snippet);
    }

    /** The first fenced block of this language in the section, lines stripped, blank ends dropped. */
    private static List<String> block(String language) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int sectionAt = readme.indexOf("## Use it from a test");
        assertThat(sectionAt).as("README section \"## Use it from a test\"").isNotNegative();
        String section = readme.substring(sectionAt);
        int next = section.indexOf("\n## ", 1);
        section = next < 0 ? section : section.substring(0, next);
        int from = section.indexOf("```" + language + "\n");
        assertThat(from).as("a ```" + language + " block in the section").isNotNegative();
        from += language.length() + 4;
        return trimmed(section.substring(from, section.indexOf("```", from)).lines().toList());
    }

    private static List<String> trimmed(List<String> lines) {
        List<String> out = lines.stream().map(String::strip).toList();
        int start = 0;
        int end = out.size();
        while (start < end && out.get(start).isEmpty()) {
            start++;
        }
        while (end > start && out.get(end - 1).isEmpty()) {
            end--;
        }
        return out.subList(start, end);
    }
}
