/**
 * The baseline gate: a {@link io.lightwaveos.bench.analysis.gate.Baseline} (the firmware repository's
 * baseline file, SPEC §6) and {@link io.lightwaveos.bench.analysis.gate.Gate#evaluate} giving
 * pass / warn / fail / skipped per key and overall. Allowances are magnitudes in the metric's bad
 * direction, relative ({@code "+5%"} of |baseline|) or absolute ({@code "+12.5"}); defaults: stat
 * {@code mean}, warning +5%, failure +10%, the registry's direction.
 * {@link io.lightwaveos.bench.analysis.gate.Baseline#read} reads a baseline file without any JSON
 * library or store.
 */
package io.lightwaveos.bench.analysis.gate;
