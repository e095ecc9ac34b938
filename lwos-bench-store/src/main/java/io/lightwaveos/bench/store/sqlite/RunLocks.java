package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Which runs have a live owner: an exclusive OS file lock on {@code <db>-locks/<run id>.lock},
 * held by the process that writes the run from its creation until it is finished. The OS drops the
 * lock when that process dies, however it dies (kill -9 included), so "lock free" means "owner gone"
 * without guessing from ages or heartbeats.
 *
 * <p>POSIX record locks belong to the process, and closing <em>any</em> descriptor of the file
 * drops all of them. So within this JVM the locks held are also kept in a JVM-wide table: a run
 * held by this JVM is answered from the table and its file is never opened a second time, and all
 * opening, probing and releasing happens under one JVM-wide monitor.
 */
final class RunLocks {

    private static final Object JVM_MONITOR = new Object();
    private static final Map<Path, Held> HELD_IN_THIS_JVM = new HashMap<>();

    private final Path dir;

    /** @param dbFile the database file (absolute, normalised); locks live beside it */
    RunLocks(Path dbFile) {
        this.dir = dbFile.resolveSibling(dbFile.getFileName() + "-locks");
    }

    /** The folder of lock files. */
    Path dir() {
        return dir;
    }

    /**
     * Takes the run's lock if nobody holds it.
     *
     * @return the held lock, or {@code null} if another process or another store in this JVM holds it
     * @throws StoreException {@link Reason#IO} if the lock file cannot be created
     */
    Held tryAcquire(UUID runId) {
        Path file = fileOf(runId);
        synchronized (JVM_MONITOR) {
            if (HELD_IN_THIS_JVM.containsKey(file)) {
                return null;
            }
            FileChannel channel = null;
            try {
                Files.createDirectories(dir);
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    return null;
                }
                Held held = new Held(file, channel, lock);
                HELD_IN_THIS_JVM.put(file, held);
                return held;
            } catch (IOException e) {
                Database.closeQuietly(channel);
                throw new StoreException(Reason.IO, "could not take the writer lock " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Whether some process (this one included) holds the run's lock now. Never creates a lock file.
     *
     * @throws StoreException {@link Reason#IO} if the lock file exists but cannot be opened
     */
    boolean isHeld(UUID runId) {
        Path file = fileOf(runId);
        synchronized (JVM_MONITOR) {
            if (HELD_IN_THIS_JVM.containsKey(file)) {
                return true;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            } catch (NoSuchFileException e) {
                return false;
            } catch (AccessDeniedException e) {
                return isHeldProbedReadOnly(file);
            } catch (IOException e) {
                throw new StoreException(Reason.IO, "could not probe the writer lock " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * {@link #isHeld} for a process that may only read the lock file: a shared lock cannot be had
     * while the writer holds its exclusive one.
     */
    private static boolean isHeldProbedReadOnly(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock;
            try {
                lock = channel.tryLock(0, Long.MAX_VALUE, true);
            } catch (OverlappingFileLockException e) {
                return true;
            }
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new StoreException(Reason.IO, "could not probe the writer lock " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a run's lock file if nobody holds it (after the run was deleted). */
    void deleteIfFree(UUID runId) {
        if (!Files.exists(fileOf(runId))) {
            return;
        }
        Held held = tryAcquire(runId);
        if (held != null) {
            held.releaseAndDelete();
        }
    }

    private Path fileOf(UUID runId) {
        return dir.resolve(runId + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM through a channel outside the table: held all the same
        }
    }

    /** A run lock this process holds. */
    static final class Held {
        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean released;

        private Held(Path file, FileChannel channel, FileLock lock) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
        }

        /** Releases the lock, keeping the file: the run may still be RUNNING and be adopted. */
        void release() {
            release(false);
        }

        /**
         * Releases the lock and deletes its file. Only for a run that is no longer RUNNING (or is
         * gone): nobody will take its lock again, so a prober that still has the old file open
         * cannot be misled.
         */
        void releaseAndDelete() {
            release(true);
        }

        private void release(boolean delete) {
            synchronized (JVM_MONITOR) {
                if (released) {
                    return;
                }
                released = true;
                HELD_IN_THIS_JVM.remove(file);
                try {
                    lock.release();
                } catch (IOException ignored) {
                    // Closing the channel below releases it too.
                } finally {
                    Database.closeQuietly(channel);
                }
                if (delete) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // A leftover empty lock file is harmless: it is free.
                    }
                }
            }
        }
    }
}
