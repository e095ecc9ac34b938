package io.lightwaveos.bench.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the shared test vectors ({@code ../shared/vectors} beside the repository). Tests read them
 * in place; they are never copied or edited.
 */
public final class VectorFiles {

    private VectorFiles() {
    }

    /** The vectors directory: the {@code lwos.vectors.dir} property, else searched upwards from the working directory. */
    public static Path dir() {
        String prop = System.getProperty("lwos.vectors.dir");
        if (prop != null && Files.isDirectory(Paths.get(prop))) {
            return Paths.get(prop).toAbsolutePath().normalize();
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = p.resolveSibling("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test vectors not found: expected ../shared/vectors beside the repository"
                + " or -Dlwos.vectors.dir=PATH");
    }

    /** A vector file by name ({@code compact.bin}). */
    public static Path file(String name) {
        Path p = dir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing vector file " + p);
        }
        return p;
    }

    /** The bytes of a vector file. */
    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
