package io.lightwaveos.bench.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it from a test" section shows the sample harness (examples/harness, built and
 * run by the build through the invoker plugin) byte for byte: its whole pom and its test class, so
 * a harness author can copy both. Its store and measure examples are methods of SaveToStoreTest, its measure assertions one of MeasureAssertTest. If this fails,
 * the README or the sample is out of date.
 */
class ReadmeHarnessExampleTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path HARNESS = ROOT.resolve("examples/harness");

    @Test
    void theReadmeShowsTheSampleHarnessTestVerbatimAndItIsUnderSixtyLines() throws IOException {
        String test = Files.readString(HARNESS.resolve("src/test/java/com/example/harness/PipelineBenchTest.java"));
        assertThat(block("java", 0)).isEqualTo(test);
        assertThat(test.lines()).hasSizeLessThan(60);
    }

    @Test
    void theReadmeShowsTheSampleHarnessGateBaselineVerbatim() throws IOException {
        assertThat(block("json", 0)).isEqualTo(Files.readString(HARNESS.resolve("src/test/resources/baseline.json")));
    }

    @Test
    void theReadmeShowsTheWholeSampleHarnessPomVerbatim() throws IOException {
        assertThat(block("xml", 0)).isEqualTo(Files.readString(HARNESS.resolve("pom.xml")));
    }

    @Test
    void theSampleHarnessPomIsCopyableOnMaven38AndUsesTheBuildsVersions() throws IOException {
        String pom = Files.readString(HARNESS.resolve("pom.xml"));
        assertThat(pom).doesNotContain("@")
                .contains("<release>17</release>")
                .contains("<artifactId>lwos-bench-bom</artifactId>\n        <version>" + projectVersion() + "</version>");
        assertThat(pluginVersion(pom, "maven-surefire-plugin")).startsWith("3.");
        assertThat(pluginVersion(pom, "maven-compiler-plugin")).isEqualTo(rootProperty("compiler-plugin.version"));
        assertThat(pluginVersion(pom, "maven-surefire-plugin")).isEqualTo(rootProperty("surefire-plugin.version"));
        assertThat(pluginVersion(pom, "maven-resources-plugin")).isEqualTo(rootProperty("resources-plugin.version"));
        assertThat(pluginVersion(pom, "maven-jar-plugin")).isEqualTo(rootProperty("jar-plugin.version"));
    }

    @Test
    void theReadmesStoreExampleIsAMethodOfSaveToStoreTest() throws IOException {
        List<String> test = stripped(Files.readString(ROOT.resolve(
                "lwos-bench-junit/src/test/java/io/lightwaveos/bench/junit/SaveToStoreTest.java")));
        List<String> snippet = stripped(block("java", 1));
        assertThat(snippet).isNotEmpty().anySatisfy(line -> assertThat(line).contains("RunStores.open("));
        assertThat(test).containsSequence(snippet);
    }

    @Test
    void theReadmesMeasureExampleIsAMethodOfSaveToStoreTest() throws IOException {
        List<String> test = stripped(Files.readString(ROOT.resolve(
                "lwos-bench-junit/src/test/java/io/lightwaveos/bench/junit/SaveToStoreTest.java")));
        List<String> snippet = stripped(block("java", 2));
        assertThat(snippet).isNotEmpty().anySatisfy(line -> assertThat(line).contains("runs.saveMeasures("));
        assertThat(test).containsSequence(snippet);
    }

    @Test
    void theReadmesMeasureAssertionExampleIsAMethodOfMeasureAssertTest() throws IOException {
        List<String> test = stripped(Files.readString(ROOT.resolve(
                "lwos-bench-junit/src/test/java/io/lightwaveos/bench/junit/MeasureAssertTest.java")));
        List<String> snippet = stripped(block("java", 3));
        assertThat(snippet).isNotEmpty().anySatisfy(line -> assertThat(line).contains(".measure("));
        assertThat(test).containsSequence(snippet);
    }

    /** The {@code index}th fenced block of this language in the section, exactly as written. */
    private static String block(String language, int index) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int sectionAt = readme.indexOf("## Use it from a test");
        assertThat(sectionAt).as("README section \"## Use it from a test\"").isNotNegative();
        String section = readme.substring(sectionAt);
        int next = section.indexOf("\n## ", 1);
        section = next < 0 ? section : section.substring(0, next);
        int from = -1;
        for (int i = 0; i <= index; i++) {
            from = section.indexOf("```" + language + "\n", from + 1);
            assertThat(from).as("block " + (index + 1) + " of ```" + language + " in the section").isNotNegative();
        }
        from += language.length() + 4;
        return section.substring(from, section.indexOf("```", from));
    }

    private static List<String> stripped(String text) {
        return text.lines().map(String::strip).toList();
    }

    private static String pluginVersion(String pom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as(artifactId + " with a version in " + pom).isTrue();
        return m.group(1);
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>lwos-bench-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String rootProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).as(name + " in the root pom").isTrue();
        return m.group(1);
    }
}
