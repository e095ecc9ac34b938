package io.lightwaveos.bench.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.jdbc.SqlWork;
import io.lightwaveos.bench.store.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection pool of a team store (HikariCP over the official PostgreSQL JDBC driver) and its
 * transactions. Every connection works inside the store's PostgreSQL schema.
 *
 * <p>Writes that fail because the server went away (restarted, network cut) are tried again, with
 * growing pauses, for at most {@link PostgresOptions#retryFor()}; then the failure is reported.
 * Reads are not retried: a dashboard shows the error and the user reloads.
 */
final class PostgresDatabase implements Transactions {

    private static final long FIRST_PAUSE_MS = 250;
    private static final long MAX_PAUSE_MS = 2_000;

    private final PostgresUrl url;
    private final PostgresOptions options;
    private final HikariDataSource pool;

    private PostgresDatabase(PostgresUrl url, PostgresOptions options, HikariDataSource pool) {
        this.url = url;
        this.options = options;
        this.pool = pool;
    }

    /**
     * Connects (one connection is made at once, so that a wrong password or an unknown database
     * fails here with a clear message).
     */
    static PostgresDatabase connect(PostgresUrl url, PostgresOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("lwos-bench " + url.display());
        config.setJdbcUrl(url.jdbcUrl());
        config.setUsername(url.user());
        url.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setConnectionTimeout(options.connectTimeout().toMillis());
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "lwos-bench");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, options.connectTimeout().toSeconds())));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        // Schema names are checked identifiers (PostgresUrl); the store's tables come first.
        config.setConnectionInitSql("SET search_path TO " + url.schema() + ", pg_catalog");
        try {
            return new PostgresDatabase(url, options, new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw PostgresErrors.translate(url, "connect", cause);
        }
    }

    /** Where the store is (without the password). */
    PostgresUrl url() {
        return url;
    }

    @Override
    public String location() {
        return url.display();
    }

    /** The store's options. */
    PostgresOptions options() {
        return options;
    }

    /** Runs {@code work} in a read-write transaction, retried while the server is unreachable. */
    @Override
    public <T> T write(String what, SqlWork<T> work) {
        long deadline = System.nanoTime() + options.retryFor().toNanos();
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                return transaction(what, work, false);
            } catch (StoreException e) {
                if (e.reason() != Reason.UNAVAILABLE || System.nanoTime() + pause * 1_000_000L > deadline) {
                    throw e;
                }
            }
            sleep(pause, what);
            pause = Math.min(MAX_PAUSE_MS, pause * 2);
        }
    }

    /** Runs {@code work} in a read-write transaction, once (for work that cannot be repeated). */
    @Override
    public <T> T writeOnce(String what, SqlWork<T> work) {
        return transaction(what, work, false);
    }

    /** Runs {@code work} in a read-only transaction (one consistent snapshot). */
    @Override
    public <T> T read(String what, SqlWork<T> work) {
        return transaction(what, work, true);
    }

    /** A pooled connection for the caller to use and close (the live listener). */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    private <T> T transaction(String what, SqlWork<T> work, boolean readOnly) {
        if (pool.isClosed()) {
            throw new StoreException(Reason.CONFLICT, "the run store at " + url.display() + " is closed");
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (readOnly) {
                    try (var st = c.createStatement()) {
                        st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                    }
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                restoreAutoCommit(c);
            }
        } catch (SQLException e) {
            throw PostgresErrors.translate(url, what, e);
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // A broken connection: Hikari evicts it when it is returned.
        }
    }

    private static void sleep(long ms, String what) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(Reason.INTERRUPTED, "interrupted while waiting to retry: " + what, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
