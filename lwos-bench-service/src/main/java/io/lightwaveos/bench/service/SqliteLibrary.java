package io.lightwaveos.bench.service;

import io.lightwaveos.bench.store.sqlite.SqliteNativeLibrary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The file store's native library (sqlite-jdbc's), copied out of the jar once for a launcher that
 * starts many short processes: see {@link SqliteNativeLibrary}. The front-ends' door to it, as to
 * everything of the store.
 */
public final class SqliteLibrary {

    /** The system property that names the folder holding the copy. */
    public static final String FOLDER_PROPERTY = SqliteNativeLibrary.FOLDER_PROPERTY;

    private SqliteLibrary() {
    }

    /**
     * Copies the library for this platform into {@code folder}, replacing an earlier copy atomically.
     *
     * @return the copy
     * @throws IOException if there is no library for this platform or the copy cannot be written
     */
    public static Path copyTo(Path folder) throws IOException {
        return SqliteNativeLibrary.copyTo(folder);
    }
}
