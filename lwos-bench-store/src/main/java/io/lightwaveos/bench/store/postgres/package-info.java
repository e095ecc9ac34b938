/**
 * The team store on PostgreSQL: {@link io.lightwaveos.bench.store.postgres.PostgresRunStore} opens
 * it as a {@link io.lightwaveos.bench.store.jdbc.JdbcRunStore} with PostgreSQL's transactions,
 * dialect (arrays in the run's row) and writer ownership, named by a
 * {@link io.lightwaveos.bench.store.postgres.PostgresUrl}
 * ({@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB}). Several collectors and dashboards on
 * different machines use it at once; leases renewed by a heartbeat tell a live writer from a dead
 * one, and writes ride out a server restart for {@link io.lightwaveos.bench.store.postgres.PostgresOptions#retryFor()}.
 */
package io.lightwaveos.bench.store.postgres;
