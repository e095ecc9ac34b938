/**
 * The run store, one interface over two implementations: {@link io.lightwaveos.bench.store.RunStore}
 * is the run lifecycle ({@link io.lightwaveos.bench.store.RunLifecycle}: create, write, finish,
 * delete, recover), the run catalog ({@link io.lightwaveos.bench.store.RunCatalog}: find, resolve,
 * list, events, counters, context, cached statistics) and the sample queries
 * ({@link io.lightwaveos.bench.store.SampleQueries}: counts, columns, samples in order);
 * {@link io.lightwaveos.bench.store.SampleWriter} writes samples in batches, bounded and crash-safe.
 * {@link io.lightwaveos.bench.store.RunStores#open} opens an SQLite file ({@code store.sqlite}) or a
 * team's PostgreSQL database ({@code store.postgres}) from a location:
 * <pre>{@code
 * try (RunStore store = RunStores.open("postgresql://bench@db.lab/bench")) {
 *     Run run = store.resolve("nightly");
 *     double[] hop = store.column(run.id(), Metric.AVG_TOTAL_US).values();
 * }
 * }</pre>
 */
package io.lightwaveos.bench.store;
