/**
 * Measures: the named numbers of a run beside its frame metrics — what the LightwaveOS native
 * test prints, what JMH, Google Benchmark or hyperfine report, what a harness records itself.
 *
 * <p>A {@link io.lightwaveos.bench.measure.Measure} has a suite (where it comes from:
 * {@code native}, {@code jmh}, a harness's own), a name, a unit, a direction or none (reported,
 * never gated: a sample rate) and its values in the run: one, or repeats. A
 * {@link io.lightwaveos.bench.measure.MeasureSet} holds a run's measures, each
 * {@code suite:name} once; a {@link io.lightwaveos.bench.measure.MeasureRef} names one the way a
 * user types it; a {@link io.lightwaveos.bench.measure.Threshold} is a declared warn/fail bound
 * in the LightwaveOS baseline's signed-percent semantics.
 *
 * <p>A harness recording its own measures:
 * <pre>{@code
 * MeasureSet measures = MeasureSet.builder("native")
 *         .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
 *         .record("snr_db", new double[] {45.1, 45.3, 45.2}, "dB", Direction.HIGHER_IS_BETTER)
 *         .report("buffer_size", 512, "")
 *         .build();
 * Measure snr = measures.find(MeasureRef.parse("native:snr_db")).orElseThrow();
 * snr.count();   // 3 repeats
 * snr.mean();    // 45.2
 * }</pre>
 * A name that is both a frame metric and a measure ({@code cpu_load_percent}) is addressed with
 * its suite ({@code native:cpu_load_percent}); a bare name that is in two suites is refused with
 * the references to choose from.
 */
package io.lightwaveos.bench.measure;
