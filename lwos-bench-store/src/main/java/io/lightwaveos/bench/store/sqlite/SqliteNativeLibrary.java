package io.lightwaveos.bench.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library, copied out of the jar once. Without it, sqlite-jdbc writes its
 * library (1 MB) to a new temporary file on every start, compares it byte by byte with the jar's
 * copy and loads it: tens of milliseconds of every command. A process started with the system
 * property {@value #FOLDER_PROPERTY} naming a folder that holds the copy loads it from there; if
 * the copy is missing or cannot be loaded, sqlite-jdbc falls back to extracting its own.
 *
 * <p>The copy must come from the same sqlite-jdbc version as the classes that load it: whoever
 * passes the property keeps the folder in step with the jar (the launcher uses it only while it is
 * newer than the jar).
 */
public final class SqliteNativeLibrary {

    /** The system property sqlite-jdbc reads the library's folder from. */
    public static final String FOLDER_PROPERTY = "org.sqlite.lib.path";

    private SqliteNativeLibrary() {
    }

    /**
     * Copies the library for this operating system and architecture into {@code folder} (created if
     * missing), replacing any earlier copy atomically: a process that loaded the old file keeps it.
     *
     * @return the copy
     * @throws IOException if the jar has no library for this platform or the copy cannot be written
     */
    public static Path copyTo(Path folder) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        Files.createDirectories(folder);
        Path target = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        Path partial = Files.createTempFile(folder, LibraryLoaderUtil.getNativeLibName(), ".partial");
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("expected sqlite-jdbc's native library at " + resource + " in the class path,"
                        + " found none (no build for " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch") + ")");
            }
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
