package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.postgres.PostgresRunStore;
import io.lightwaveos.bench.store.postgres.PostgresUrl;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import io.lightwaveos.bench.text.Printable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/** Opens the run store a location names. */
public final class RunStores {

    private RunStores() {
    }

    /**
     * Opens the store at {@code location}: a {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB}
     * URL names a team store ({@link PostgresRunStore#open}), anything else the path of an SQLite
     * file (created with its folders when missing, see {@link SqliteRunStore#open}).
     *
     * @throws StoreException {@link Reason#INVALID} if the location is blank, a malformed URL, a
     *                        mistyped one ({@code postgresql:/…}, {@code jdbc:postgresql://…}, see
     *                        {@link PostgresUrl#refuseMistyped}) or not a usable path; otherwise as
     *                        the store's own {@code open}
     */
    public static RunStore open(String location) {
        Objects.requireNonNull(location, "location");
        if (location.isBlank()) {
            throw new StoreException(Reason.INVALID, "expected a database path, got an empty one");
        }
        if (PostgresUrl.isPostgresUrl(location)) {
            return PostgresRunStore.open(PostgresUrl.parse(location));
        }
        PostgresUrl.refuseMistyped(location);
        return SqliteRunStore.open(sqlitePath(location));
    }

    /**
     * Opens the store at {@code location} like {@link #open}, but an SQLite file only when it
     * exists: for commands that only read, so a mistyped path creates neither folders nor an empty
     * database. A team store is opened as by {@link #open} (its server says whether it exists).
     *
     * @throws StoreException {@link Reason#NOT_FOUND} naming the path when there is no file there;
     *                        otherwise as {@link #open}
     */
    public static RunStore openExisting(String location) {
        Objects.requireNonNull(location, "location");
        if (location.isBlank() || PostgresUrl.isPostgresUrl(location)) {
            return open(location);
        }
        PostgresUrl.refuseMistyped(location);
        return SqliteRunStore.openExisting(sqlitePath(location));
    }

    /**
     * Loads, ahead of {@link #open}, what opening the store at {@code location} will need: for an
     * SQLite file, sqlite-jdbc's classes and native library; for a team store, nothing (its pool
     * and driver start with the connection). For a thread of its own while the caller does other
     * start-up work; never throws.
     */
    public static void prepare(String location) {
        if (location != null && !location.isBlank() && !PostgresUrl.isPostgresUrl(location)) {
            SqliteRunStore.prepare();
        }
    }

    private static Path sqlitePath(String location) {
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            throw new StoreException(Reason.INVALID, "expected a database path, got \""
                    + Printable.of(PostgresUrl.mask(location)) + "\": " + e.getReason());
        }
    }
}
