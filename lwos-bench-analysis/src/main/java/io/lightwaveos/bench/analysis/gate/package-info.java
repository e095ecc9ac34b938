/**
 * The baseline gate: a {@link io.lightwaveos.bench.analysis.gate.Baseline} (the firmware repository's
 * baseline file, SPEC §6) and {@link io.lightwaveos.bench.analysis.gate.Gate#evaluate} giving
 * pass / warn / fail / skipped per key and overall. Allowances are magnitudes in the metric's bad
 * direction, relative ({@code "+5%"} of |baseline|) or absolute ({@code "+12.5"}); defaults: stat
 * {@code mean}, warning +5%, failure +10%, the registry's direction. The JSON text itself is read
 * and written by {@code lwos-bench-service}'s {@code BaselineFile}.
 */
package io.lightwaveos.bench.analysis.gate;
