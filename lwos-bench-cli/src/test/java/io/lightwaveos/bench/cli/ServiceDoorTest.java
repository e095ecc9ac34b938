package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SPEC §2: the service is the only door to the store. No front-end source (the dashboard's main
 * and test trees, the CLI's main tree) names a type of {@code io.lightwaveos.bench.store}, except
 * the CLI's composition root, {@code cli/command/StoreCommand.java}, which opens the store and
 * hands a service over it to the commands; and the dashboard's build has no store dependency.
 */
class ServiceDoorTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String STORE_PACKAGE = "io.lightwaveos.bench.store";
    private static final Path COMPOSITION_ROOT =
            ROOT.resolve("lwos-bench-cli/src/main/java/io/lightwaveos/bench/cli/command/StoreCommand.java");

    @Test
    void noFrontEndSourceNamesAStoreTypeButTheCompositionRoot() {
        List<Path> sources = sources("lwos-bench-web/src/main/java", "lwos-bench-web/src/test/java",
                "lwos-bench-cli/src/main/java");
        assertThat(sources).hasSizeGreaterThan(50).contains(COMPOSITION_ROOT);
        assertThat(sources).filteredOn(f -> !f.equals(COMPOSITION_ROOT))
                .filteredOn(f -> read(f).contains(STORE_PACKAGE))
                .as("front-end sources naming " + STORE_PACKAGE).isEmpty();
        assertThat(read(COMPOSITION_ROOT)).as("the composition root opens the store").contains(STORE_PACKAGE);
    }

    @Test
    void theDashboardDoesNotDependOnTheStore() throws IOException {
        assertThat(Files.readString(ROOT.resolve("lwos-bench-web/pom.xml")))
                .contains("<artifactId>lwos-bench-service</artifactId>")
                .doesNotContain("<artifactId>lwos-bench-store</artifactId>");
    }

    private static List<Path> sources(String... trees) {
        return Stream.of(trees).map(ROOT::resolve).flatMap(ServiceDoorTest::walk)
                .filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }

    private static Stream<Path> walk(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
