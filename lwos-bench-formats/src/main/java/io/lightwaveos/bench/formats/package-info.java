/**
 * Readers of other tools' result files into measures
 * ({@link io.lightwaveos.bench.measure.MeasureSet}): the LightwaveOS native benchmark log and its
 * results/baseline JSON, ESP-IDF {@code [Performance]} lines, {@code idf.py size --format json},
 * JMH, Google Benchmark and hyperfine JSON, and a generic JSON list. No database: a harness or a
 * CI step can read a file and decide on it without a store.
 *
 * <p>{@link io.lightwaveos.bench.formats.ResultFormat} is the registry (the names
 * {@code import --format} takes); {@link io.lightwaveos.bench.formats.ResultFormat#AUTO} picks one
 * from the content. Every reader is strict and bounded ({@link io.lightwaveos.bench.formats.FormatLimits}:
 * file size, 1 MiB lines, counts), reads UTF-8 only, refuses NaN and infinities, names longer than
 * 200 characters or holding control characters, and stops at the first problem with a
 * {@link io.lightwaveos.bench.formats.FormatException} naming the file and line; it then returns
 * nothing. A measure the file does not hold is absent, never 0.
 *
 * <pre>{@code
 * ReadResult r = ResultFormat.AUTO.read(Path.of("benchmark_output.log"));
 * r.format();                                      // LWOS_NATIVE_LOG
 * r.measures().get("native", "latency_ms");        // Optional[native:latency_ms 8.4 ms (lower_is_better)]
 * r.measures().get("native", "memory_usage_kb");   // Optional.empty: the log does not print it
 * r.context().get("native.overall");               // "PASS"
 * r.tests();                                       // the Unity result lines
 *
 * ReadResult jmh = ResultFormat.JMH.read(Path.of("jmh.json"));
 * Measure m = jmh.measures().measures().get(0);    // every iteration of every fork as repeats
 * }</pre>
 *
 * <p>Bad input, as a user sees it:
 * <pre>
 * results.json:12: results[0].times[3]: expected a run time in seconds, got the string "NaN"
 * bench.log:2: expected UTF-8 text, found the byte 0xFF (at byte 40) that is not valid UTF-8
 * </pre>
 */
package io.lightwaveos.bench.formats;
