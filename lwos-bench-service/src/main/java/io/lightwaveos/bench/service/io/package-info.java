/**
 * Sample export and import: CSV, JSON ({@code lwos-bench/export/v3}: the run with its context,
 * quality and events, then its measures, then its samples) and JSONL for one run; multi-run archives
 * ({@code lwos-bench/archive/v1}: a header line, then one export/v3 document per line) for moving
 * runs between stores. Every reader goes through {@link io.lightwaveos.bench.service.io.BoundedTextReader}
 * and its {@link io.lightwaveos.bench.service.io.InputLimits}.
 */
package io.lightwaveos.bench.service.io;
