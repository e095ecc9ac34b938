/**
 * Not API: the Netty WebSocket link that carries a session to the device. Use
 * {@link io.lightwaveos.bench.collector.Collector} instead.
 */
package io.lightwaveos.bench.collector.internal.netty;
