/**
 * The metric registry: {@link io.lightwaveos.bench.metric.Metric} is the single list of metrics, each
 * with its name, unit, direction (lower or higher is better) and how it is read from a frame.
 */
package io.lightwaveos.bench.metric;
