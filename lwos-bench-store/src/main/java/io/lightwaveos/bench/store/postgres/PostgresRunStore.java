package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.jdbc.JdbcRunStore;
import io.lightwaveos.bench.store.jdbc.RunRows;
import java.util.UUID;

/**
 * Opens the run store of a team: a PostgreSQL database shared by several rigs, CI machines and
 * dashboards, each writing and reading at once. The store is a {@link JdbcRunStore}; a run's
 * writer holds a lease in the run's row, renewed by a heartbeat (see {@link LeaseOwnership}).
 *
 * <h2>Server restarts</h2>
 * Writes (samples included) that fail because the server cannot be reached are retried for
 * {@link PostgresOptions#retryFor()}; meanwhile a writer keeps its uncommitted samples (its queue
 * is bounded, so the producer waits instead of memory growing). Commits are idempotent (blocks are
 * upserted, the sample count is set, not added), so a commit whose outcome was lost is simply
 * repeated. Connection problems are {@link Reason#UNAVAILABLE}, refused credentials
 * {@link Reason#ACCESS_DENIED}.
 */
public final class PostgresRunStore {

    private PostgresRunStore() {
    }

    /**
     * Opens the store at {@code url} with {@link PostgresOptions#DEFAULT} (and the URL's lease, if any).
     *
     * @param url the store's URL
     * @return the store
     * @throws StoreException as {@link #open(PostgresUrl, PostgresOptions)}
     */
    public static JdbcRunStore open(PostgresUrl url) {
        return open(url, url.options(PostgresOptions.DEFAULT));
    }

    /**
     * Connects to the database at {@code url}, checks that its store schema is one this version can
     * use, and applies missing migrations (creating the store in an empty database). The store's
     * location is the URL without its password.
     *
     * @param url     the store's URL
     * @param options lease, heartbeat, retry and pool settings
     * @return the store
     * @throws StoreException {@link Reason#UNAVAILABLE} if the server cannot be reached;
     *                        {@link Reason#ACCESS_DENIED} if it refuses the credentials or the user
     *                        may not create the schema; {@link Reason#INVALID} if the database does
     *                        not exist; {@link Reason#SCHEMA_TOO_NEW} if a newer lwos-bench wrote it;
     *                        {@link Reason#NOT_A_STORE} if the schema holds another application's
     *                        tables. In each case nothing is changed.
     */
    public static JdbcRunStore open(PostgresUrl url, PostgresOptions options) {
        PostgresDatabase db = PostgresDatabase.connect(url, options);
        try {
            PostgresSchema.migrate(db, url.schema(), PostgresMigrations.ALL);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        UUID owner = UUID.randomUUID();
        PostgresDialect dialect = new PostgresDialect(owner, options.lease().toMillis() / 1000.0);
        return new JdbcRunStore(db, dialect, new LeaseOwnership(db, new RunRows(dialect), owner, options));
    }

    /**
     * The schema version this code writes.
     *
     * @return the latest migration's version
     */
    public static int currentSchemaVersion() {
        return PostgresMigrations.ALL.get(PostgresMigrations.ALL.size() - 1).version();
    }
}
