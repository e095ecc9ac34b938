/**
 * The run store in one SQLite file, for one machine:
 * {@link io.lightwaveos.bench.store.sqlite.SqliteRunStore} opens it as a
 * {@link io.lightwaveos.bench.store.jdbc.JdbcRunStore} with SQLite's transactions, dialect (child
 * tables) and writer ownership. WAL lets readers and the writer work at once; OS file locks beside
 * the database tell a live writer from a dead one. Its schema and migrations are in
 * {@code io.lightwaveos.bench.store.schema}.
 */
package io.lightwaveos.bench.store.sqlite;
