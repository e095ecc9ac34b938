/**
 * Not API: the collector's one HTTP request, {@code GET /api/v1/device/info} at the start of a
 * collection, with the JDK's HTTP client. Use {@link io.lightwaveos.bench.collector.Collector}
 * instead.
 */
package io.lightwaveos.bench.collector.internal.http;
