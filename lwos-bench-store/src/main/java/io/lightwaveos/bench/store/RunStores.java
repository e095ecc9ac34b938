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

    private static Path sqlitePath(String location) {
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            throw new StoreException(Reason.INVALID, "expected a database path, got \""
                    + Printable.of(PostgresUrl.mask(location)) + "\": " + e.getReason());
        }
    }
}
