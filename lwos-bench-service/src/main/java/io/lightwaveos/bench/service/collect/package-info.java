/**
 * Collecting into the run store: {@link io.lightwaveos.bench.service.collect.StoreCollection#collect}
 * creates a run, collects into it and finishes it in one call; {@link io.lightwaveos.bench.service.collect.StoreSink}
 * is the collector's sink that writes samples, events and counters to the store.
 */
package io.lightwaveos.bench.service.collect;
