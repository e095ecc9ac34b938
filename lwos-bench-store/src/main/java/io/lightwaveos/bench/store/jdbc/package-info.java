/**
 * The one run store implementation, over JDBC: {@link io.lightwaveos.bench.store.jdbc.JdbcRunStore}
 * holds the store's logic and {@link io.lightwaveos.bench.store.jdbc.RunRows} the SQL of a run's own
 * rows, once for both engines. What truly differs between SQLite and PostgreSQL comes in three
 * small parts an engine supplies: its {@link io.lightwaveos.bench.store.jdbc.Transactions}
 * (connections, read and write transactions, retries), its
 * {@link io.lightwaveos.bench.store.jdbc.Dialect} (id binding, a few SQL functions, child tables
 * or arrays, the writer recorded in the row) and its
 * {@link io.lightwaveos.bench.store.jdbc.WriterOwnership} (OS file locks or leases). Samples are
 * the same blocks in both ({@code setBytes}/{@code getBytes} serve an SQLite BLOB and a PostgreSQL
 * {@code bytea} alike). A fix to the store is made here, once:
 * <pre>{@code
 * try (RunStore store = SqliteRunStore.open(Path.of("bench.db"))) {   // or PostgresRunStore.open(url)
 *     Run run = store.createRun(NewRun.named("nightly"));
 * }
 * }</pre>
 */
package io.lightwaveos.bench.store.jdbc;
