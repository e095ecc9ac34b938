/**
 * Collecting from a device (or the simulator) over its WebSocket:
 * {@link io.lightwaveos.bench.collector.Collector#collect} blocks until a
 * {@link io.lightwaveos.bench.collector.CollectorConfig} stop condition is met,
 * {@link io.lightwaveos.bench.collector.Collector#start} returns a
 * {@link io.lightwaveos.bench.collector.CollectionHandle} to poll and stop. Samples, events and
 * counters go to a {@link io.lightwaveos.bench.collector.CollectionSink}, for example an
 * {@link io.lightwaveos.bench.collector.InMemorySink}.
 *
 * <p>A collection subscribes, receives frames until it has {@code maxSamples} or its
 * {@code duration} is over (reconnecting and counting gaps and reboots on the way), then
 * unsubscribes. A failure is a {@link io.lightwaveos.bench.collector.CollectorException} whose
 * {@code reason()} says why and whose message says what to do.
 *
 * <pre>{@code
 * InMemorySink sink = new InMemorySink();
 * CollectionResult result = Collector.collect(CollectorConfig.builder()
 *         .url("ws://192.168.1.40/ws").duration(Duration.ofSeconds(30)).build(), sink);
 * double[] hopTimesUs = sink.series(Metric.AVG_TOTAL_US);   // one value per frame, in order
 * long gaps = result.counters().gaps();                      // frames the device sent but we lost
 * }</pre>
 *
 * In a JUnit 5 test, {@code lwos-bench-junit}'s {@code @LwosBenchTest} injects a collector for the
 * simulator or the device {@code LWOS_BENCH_DEVICE_URL} names.
 */
package io.lightwaveos.bench.collector;
