/**
 * Collecting from a device (or the simulator) over its WebSocket:
 * {@link io.lightwaveos.bench.collector.Collector#collect} blocks until a
 * {@link io.lightwaveos.bench.collector.CollectorConfig} stop condition is met,
 * {@link io.lightwaveos.bench.collector.Collector#start} returns a
 * {@link io.lightwaveos.bench.collector.CollectionHandle} to poll and stop. Samples, events and
 * counters go to a {@link io.lightwaveos.bench.collector.CollectionSink}, for example an
 * {@link io.lightwaveos.bench.collector.InMemorySink}.
 */
package io.lightwaveos.bench.collector;
