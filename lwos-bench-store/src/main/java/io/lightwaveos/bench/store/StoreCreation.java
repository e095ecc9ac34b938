package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.postgres.PostgresUrl;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link RunStores#open} will create at a location, noted before it is opened, so that a
 * command that then fails (its input turned out bad, the device never answered) can remove it and
 * leave nothing behind: the SQLite file with its {@code -wal}, {@code -shm} and {@code -journal}
 * files, its run lock folder ({@code <db>-locks}) and the folders made for it. A team store
 * (PostgreSQL) or a file that exists already creates nothing here.
 *
 * <pre>{@code
 * StoreCreation creation = StoreCreation.at(location);
 * RunStore store = RunStores.open(location);
 * boolean failed = ...;
 * boolean empty = store.listRuns(RunFilter.ALL).isEmpty();
 * store.close();
 * if (failed && empty) creation.undo();
 * }</pre>
 */
public final class StoreCreation {

    private static final StoreCreation NOTHING = new StoreCreation(null, null);
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private final Path file;
    private final Path firstMissingFolder;

    private StoreCreation(Path file, Path firstMissingFolder) {
        this.file = file;
        this.firstMissingFolder = firstMissingFolder;
    }

    /** What opening {@code location} now would create: nothing for a team store or an existing file. */
    public static StoreCreation at(String location) {
        if (location == null || location.isBlank() || PostgresUrl.isPostgresUrl(location)) {
            return NOTHING;
        }
        Path file;
        try {
            file = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return NOTHING; // opening refuses it
        }
        if (Files.exists(file)) {
            return NOTHING;
        }
        Path missing = null;
        for (Path p = file.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return new StoreCreation(file, missing);
    }

    /** Whether opening creates a new database file. */
    public boolean createsFile() {
        return file != null;
    }

    /**
     * Removes what opening created (call it once the store is closed). Files that are gone already
     * are passed over; a folder that is not empty (someone put something there meanwhile) stays.
     *
     * @throws StoreException {@link StoreException.Reason#IO} naming what could not be removed
     */
    public void undo() {
        if (file == null) {
            return;
        }
        List<Path> failed = new ArrayList<>();
        Path real = file;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            // Gone already, or never made: its companions are beside the path as given.
        }
        Path locks = real.resolveSibling(real.getFileName() + "-locks");
        if (Files.isDirectory(locks)) {
            try (DirectoryStream<Path> lockFiles = Files.newDirectoryStream(locks, "*.lock")) {
                for (Path lock : lockFiles) {
                    delete(lock, failed);
                }
            } catch (IOException e) {
                failed.add(locks);
            }
            delete(locks, failed);
        }
        for (String suffix : COMPANIONS) {
            delete(file.resolveSibling(file.getFileName() + suffix), failed);
        }
        delete(file, failed);
        if (firstMissingFolder != null) {
            for (Path p = file.getParent(); p != null && p.startsWith(firstMissingFolder); p = p.getParent()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    break; // not empty: someone else uses it now
                }
            }
        }
        if (!failed.isEmpty()) {
            throw new StoreException(StoreException.Reason.IO, "could not remove " + failed + ", created for the run"
                    + " store at " + file);
        }
    }

    private static void delete(Path p, List<Path> failed) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            failed.add(p);
        }
    }
}
