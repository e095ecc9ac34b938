package io.lightwaveos.bench.store.sqlite;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.jdbc.SqlWork;
import io.lightwaveos.bench.store.jdbc.Transactions;
import io.lightwaveos.bench.store.schema.Migration;
import io.lightwaveos.bench.store.schema.SchemaMigrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file and its connections: one write connection (writes are serialised by SQLite
 * anyway, a Java lock keeps this process's writers in line without busy waits) and a small pool of
 * read connections, so that a long read (an export, a column of a large run) blocks nobody.
 *
 * <p>Transactions are plain {@code BEGIN IMMEDIATE}/{@code BEGIN}/{@code COMMIT} statements on
 * connections left in JDBC auto-commit mode: sqlite-jdbc's own transaction mode would open the
 * next transaction right after each commit and, in IMMEDIATE mode, hold the write lock between
 * them.
 */
final class Database implements Transactions {

    /** How long a connection waits for another one's write lock before failing, ms. */
    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int MAX_IDLE_READERS = 4;
    private static final long READER_MMAP_BYTES = 256L << 20;

    private final Path file;
    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** The write connection; for a read-only database, the connection that checked it (never written). */
    private final Connection writeConnection;
    private final boolean readOnly;
    private final ArrayDeque<Connection> idleReaders = new ArrayDeque<>();
    private boolean closed;

    private Database(Path file, String url, Connection writeConnection, boolean readOnly) {
        this.file = file;
        this.url = url;
        this.writeConnection = writeConnection;
        this.readOnly = readOnly;
    }

    /**
     * Opens the file, refuses it if it is not ours or too new, switches it to WAL and migrates it.
     * Nothing is written to a refused file.
     */
    static Database open(Path file, List<Migration> migrations) {
        Connection c = null;
        try {
            c = connect(urlOf(file), false);
            SchemaMigrator.checkOpenable(c, migrations, file.toString());
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new StoreException(Reason.IO, "expected SQLite to switch " + file
                            + " to WAL journal mode, it stayed in \"" + mode + "\" mode (a network file system?)");
                }
            }
            SchemaMigrator.migrate(c, migrations);
            return new Database(file, urlOf(file), c, false);
        } catch (SQLException e) {
            closeQuietly(c);
            if (e instanceof SQLiteException se && se.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw new StoreException(Reason.NOT_A_STORE, "expected an SQLite database at " + file
                        + ", found a file that is not one; it was not changed", e);
            }
            throw new StoreException(Reason.IO, "could not open database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens the file for reading only, for a process that may not write it or its folder (a store
     * in a read-only folder, a file of another user's): no WAL switch, no migration, no journal
     * file created. When SQLite cannot even create the shared-memory file a WAL database needs,
     * the file is read as immutable (nobody can be writing it then: a writer needs that folder too).
     *
     * @throws StoreException as {@link #open}, and {@link Reason#CONFLICT} if the file needs a
     *                        schema upgrade first (which needs write access)
     */
    static Database openReadOnly(Path file, List<Migration> migrations) {
        String[] urls = {"jdbc:sqlite:file:" + file + "?mode=ro", "jdbc:sqlite:file:" + file + "?mode=ro&immutable=1"};
        SQLException last = null;
        for (String url : urls) {
            Connection c = null;
            try {
                c = connect(url, true);
                SchemaMigrator.checkOpenable(c, migrations, file.toString());
                int version = SchemaMigrator.userVersion(c);
                int latest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
                if (version < latest) {
                    throw new StoreException(Reason.CONFLICT, "database " + file + " has schema version " + version
                            + " and needs an upgrade to " + latest + ", which needs write access to the file and its"
                            + " folder; run any lwos-bench command on it once as a user who may write there");
                }
                return new Database(file, url, c, true);
            } catch (SQLException e) {
                closeQuietly(c);
                last = e;
            } catch (RuntimeException e) {
                closeQuietly(c);
                throw e;
            }
        }
        throw new StoreException(Reason.IO, "could not open database " + file + " for reading: " + last.getMessage(),
                last);
    }

    /** Whether this database was opened by {@link #openReadOnly}. */
    @Override
    public boolean readOnly() {
        return readOnly;
    }

    /** The database file. */
    Path file() {
        return file;
    }

    @Override
    public String location() {
        return file.toString();
    }

    /** A writer's own connection, whose {@code BEGIN IMMEDIATE} transactions wait on SQLite only. */
    @Override
    public Channel newChannel() {
        Connection connection = newConnection();
        return new Channel() {
            @Override
            public <T> T write(String what, SqlWork<T> work) {
                return inTransaction(connection, "BEGIN IMMEDIATE", what, work);
            }

            @Override
            public void close() {
                closeQuietly(connection);
            }
        };
    }

    /**
     * A new connection to the same file, configured like the store's own (busy timeout, foreign
     * keys, synchronous=NORMAL); the caller owns and closes it.
     */
    Connection newConnection() {
        try {
            return connect(url, readOnly);
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not connect to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in a {@code BEGIN IMMEDIATE} transaction on the write connection: committed
     * if it returns, rolled back if it throws. A {@link StoreException} from {@code work} passes
     * through unchanged; an {@link SQLException} becomes {@link Reason#IO} naming {@code what}.
     */
    @Override
    public <T> T write(String what, SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException(Reason.CONFLICT, "could not " + what + ": the run store " + file
                    + " is open read-only (this user may not write the file or its folder)");
        }
        writeLock.lock();
        try {
            checkOpen();
            return inTransaction(writeConnection, "BEGIN IMMEDIATE", what, work);
        } finally {
            writeLock.unlock();
        }
    }

    /** As {@link #write}: one process's writes are serialised, nothing is ever repeated. */
    @Override
    public <T> T writeOnce(String what, SqlWork<T> work) {
        return write(what, work);
    }

    /**
     * Runs {@code work} in a read transaction (one consistent snapshot) on a pooled read connection.
     * Never waits for writers (WAL).
     */
    @Override
    public <T> T read(String what, SqlWork<T> work) {
        Connection c = borrowReader();
        boolean healthy = false;
        try {
            T result = inTransaction(c, "BEGIN", what, work);
            healthy = true;
            return result;
        } finally {
            returnReader(c, healthy);
        }
    }

    /** Runs {@code work} in a transaction of the given kind on {@code c}. */
    static <T> T inTransaction(Connection c, String begin, String what, SqlWork<T> work) {
        try (Statement st = c.createStatement()) {
            st.execute(begin);
            try {
                T result = work.run(c);
                st.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not " + what + ": " + e.getMessage(), e);
        }
    }

    private Connection borrowReader() {
        synchronized (idleReaders) {
            checkOpen();
            Connection c = idleReaders.pollFirst();
            if (c != null) {
                return c;
            }
        }
        try {
            return connect(url, true);
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not connect to " + file + ": " + e.getMessage(), e);
        }
    }

    private void returnReader(Connection c, boolean healthy) {
        synchronized (idleReaders) {
            if (healthy && !closed && idleReaders.size() < MAX_IDLE_READERS) {
                idleReaders.addFirst(c);
                return;
            }
        }
        closeQuietly(c);
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException(Reason.CONFLICT, "the run store for " + file + " is closed");
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            synchronized (idleReaders) {
                if (closed) {
                    return;
                }
                closed = true;
                idleReaders.forEach(Database::closeQuietly);
                idleReaders.clear();
            }
            closeQuietly(writeConnection);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Loads sqlite-jdbc ahead of the first real connection: its classes, its settings' date and
     * locale tables and its native library (about 80 ms of a command's start on the 2-core machine),
     * by opening and closing an in-memory database. Failures are left for the real open to report.
     */
    static void prepare() {
        try {
            connect("jdbc:sqlite::memory:", false).close();
        } catch (SQLException | RuntimeException | LinkageError e) {
            // The real open meets the same failure and reports it.
        }
    }

    private static String urlOf(Path file) {
        return "jdbc:sqlite:" + file;
    }

    private static Connection connect(String url, boolean queryOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // NORMAL with WAL: a commit survives the process being killed; only a power cut can lose
        // the last commits, never the database's integrity.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Properties props = config.toProperties();
        // sqlite-jdbc directly, not DriverManager: DriverManager's first call loads every JDBC
        // driver on the class path (PostgreSQL's too), which a command on a file store never needs.
        Connection c = JDBC.createConnection(url, props);
        if (queryOnly) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only = 1");
                // Readers map the file instead of copying each page through read(2): a 1M-sample
                // column read spends a third less time in SQLite. The store never shrinks the file
                // (no VACUUM, no auto_vacuum), so a mapped page cannot vanish under a reader. The
                // pages a command reads count in its resident memory: the launcher gives `compare`,
                // which reads two whole runs, a smaller young generation for them (BENCHMARKS.md).
                st.execute("PRAGMA mmap_size = " + READER_MMAP_BYTES);
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
        }
        return c;
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing is best effort: the connection is being discarded either way.
            }
        }
    }
}
