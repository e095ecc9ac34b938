/**
 * The metric registry: {@link io.lightwaveos.bench.metric.Metric} is the single list of metrics, each
 * with its name, unit, direction (lower or higher is better) and how it is read from a frame.
 * Store columns, export columns, statistics, tables and the dashboard's series all follow it.
 *
 * <pre>{@code
 * Metric m = Metric.requireById("avg_total_us");   // or Metric.AVG_TOTAL_US
 * m.unit();                                         // "µs"
 * m.direction();                                    // LOWER_IS_BETTER: an increase is a regression
 * if (m.isPresentIn(frame)) {                       // extended-only metrics skip compact frames
 *     double us = m.read(frame);
 * }
 * for (Metric each : Metric.compact()) { ... }      // the metrics every frame carries
 * }</pre>
 */
package io.lightwaveos.bench.metric;
