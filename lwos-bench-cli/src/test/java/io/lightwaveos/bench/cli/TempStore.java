package io.lightwaveos.bench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command test's store and input files in its own temporary folder: {@link #db()} for
 * {@code --db}, {@link #file} for a file the command reads. Extended by the test classes.
 */
public abstract class TempStore {

    /** The test's folder. */
    @TempDir
    protected Path dir;

    /** The store file, for {@code --db}. */
    protected String db() {
        return dir.resolve("bench.db").toString();
    }

    /** Writes {@code text} to {@code name} in the test's folder and gives its path. */
    protected String file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }
}
