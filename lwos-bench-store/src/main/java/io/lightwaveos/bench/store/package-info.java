/**
 * The run store (SQLite): {@link io.lightwaveos.bench.store.RunStore} holds runs, their samples
 * (read as columns), events and counters; {@link io.lightwaveos.bench.store.SampleWriter} writes
 * samples in batches, bounded and crash-safe.
 */
package io.lightwaveos.bench.store;
