package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.jdbc.JdbcRunStore;
import io.lightwaveos.bench.store.jdbc.RunRows;
import io.lightwaveos.bench.store.schema.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the run store in one SQLite file holding runs, their samples, events, counters, context,
 * quality and cached statistics: the store of one machine. Several processes may open the same
 * file at once (WAL: readers never wait for the writer, nor it for them). The store is a
 * {@link JdbcRunStore}; a run's writer holds the run's OS file lock (beside the database,
 * {@code <db>-locks/<id>.lock}), which the OS releases when the writer dies.
 */
public final class SqliteRunStore {

    private SqliteRunStore() {
    }

    /**
     * Loads sqlite-jdbc (classes and native library) now, so that a later {@link #open} finds it
     * ready: a command calls it on a second thread while it parses its arguments. Never throws.
     */
    public static void prepare() {
        Database.prepare();
    }

    /**
     * Opens (or creates) the database at {@code dbFile}: creates missing parent folders, checks the
     * file is a run store this version can read, switches it to WAL and applies pending schema
     * migrations, each in its own transaction. Does not recover orphaned runs (see
     * {@link JdbcRunStore#recoverOrphanedRuns}). The store's location is the absolute file path.
     *
     * @param dbFile the database file
     * @return the store
     * @throws StoreException {@link Reason#SCHEMA_TOO_NEW} if a newer lwos-bench wrote the file;
     *                        {@link Reason#NOT_A_STORE} if it is not SQLite or holds another
     *                        application's tables (in both cases the file is left untouched);
     *                        {@link Reason#INVALID} if the path is a folder; {@link Reason#IO} if the
     *                        folder or the file cannot be created or opened
     */
    public static JdbcRunStore open(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException(Reason.INVALID, "expected a database file, found a folder: " + file);
        }
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "could not create the folder for " + file + ": " + e, e);
        }
        return store(Database.open(file, Migrations.ALL));
    }

    /**
     * Opens the database at {@code dbFile} like {@link #open}, but only when it exists: for
     * commands that only read, so a mistyped path creates neither folders nor an empty database.
     * A file this user may not write (or whose folder it may not write) is opened read-only.
     *
     * @param dbFile the database file
     * @return the store
     * @throws StoreException {@link Reason#NOT_FOUND} naming the path when there is no file there;
     *                        otherwise as {@link #open}
     */
    public static JdbcRunStore openExisting(Path dbFile) {
        Path file = dbFile.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new StoreException(Reason.NOT_FOUND, "no run store at " + file + ": expected an existing database"
                    + " (collect or import creates one; --db or LWOS_BENCH_DB names another)");
        }
        Path parent = file.getParent();
        if (Files.isRegularFile(file) && (!Files.isWritable(file) || parent != null && !Files.isWritable(parent))) {
            return store(Database.openReadOnly(file, Migrations.ALL));
        }
        return open(dbFile);
    }

    private static JdbcRunStore store(Database db) {
        Path lockBase;
        try {
            // Two paths to one file (symlinks) must share locks.
            lockBase = db.file().toRealPath();
        } catch (IOException e) {
            db.close();
            throw new StoreException(Reason.IO, "could not resolve " + db.file() + ": " + e, e);
        }
        SqliteDialect dialect = new SqliteDialect();
        return new JdbcRunStore(db, dialect, new FileLockOwnership(db, new RunLocks(lockBase), new RunRows(dialect)));
    }
}
