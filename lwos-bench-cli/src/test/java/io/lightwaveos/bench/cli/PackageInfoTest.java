package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of every module's main sources documents itself in a package-info (the javadoc's
 * package pages), and internal packages say that they are not API.
 */
class PackageInfoTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        List<Path> packages = mainPackages();
        assertThat(packages).hasSizeGreaterThan(20);
        assertThat(packages).filteredOn(p -> !Files.exists(p.resolve("package-info.java")))
                .as("packages without package-info.java").isEmpty();
    }

    @Test
    void internalPackagesSayTheyAreNotApi() throws IOException {
        List<Path> internal = mainPackages().stream().filter(p -> p.toString().contains("/internal")).toList();
        assertThat(internal).isNotEmpty();
        for (Path p : internal) {
            assertThat(Files.readString(p.resolve("package-info.java"))).as(p.toString()).containsIgnoringCase("not API");
        }
    }

    private static List<Path> mainPackages() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .flatMap(m -> walk(m.resolve("src/main/java")))
                    .filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java"))
                    .map(Path::getParent).distinct().sorted().toList();
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
