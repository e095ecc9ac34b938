/**
 * The collector's internals: not API. Nothing here is covered by compatibility promises; use
 * {@link io.lightwaveos.bench.collector.Collector} and the types of
 * {@code io.lightwaveos.bench.collector} instead.
 */
package io.lightwaveos.bench.collector.internal;
