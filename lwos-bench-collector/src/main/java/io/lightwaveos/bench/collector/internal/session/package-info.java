/**
 * Not API: the collector's protocol session with the device (subscribe, frame tracking, reconnects,
 * hand-off to the sink), independent of the network library. Use
 * {@link io.lightwaveos.bench.collector.Collector} instead.
 */
package io.lightwaveos.bench.collector.internal.session;
