/**
 * JUnit 5 and AssertJ support for firmware test harnesses: {@link io.lightwaveos.bench.junit.LwosBenchTest}
 * (or {@code @ExtendWith(LwosBenchExtension.class)}) injects a started simulator or the device named
 * by {@code LWOS_BENCH_DEVICE_URL} and a {@link io.lightwaveos.bench.junit.BenchCollector};
 * {@link io.lightwaveos.bench.junit.LwosBenchAssertions} asserts on comparisons, gate results and
 * summaries, with the command line's tables as failure messages.
 */
package io.lightwaveos.bench.junit;
