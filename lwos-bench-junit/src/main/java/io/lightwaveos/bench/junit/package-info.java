/**
 * JUnit 5 and AssertJ support for firmware test harnesses: {@link io.lightwaveos.bench.junit.LwosBenchTest}
 * (or {@code @ExtendWith(LwosBenchExtension.class)}) injects a started simulator or the device named
 * by {@code LWOS_BENCH_DEVICE_URL} and a {@link io.lightwaveos.bench.junit.BenchCollector};
 * {@link io.lightwaveos.bench.junit.LwosBenchAssertions} asserts on comparisons, gate results,
 * summaries and a run's measures ({@code assertThat(run).measure("latency_ms")}), with the command
 * line's tables as failure messages.
 *
 * <p>A performance test collects a run, holds a statistic to a budget (noise-aware: the 95 %
 * interval decides, not the point estimate) and compares the run with a baseline recorded earlier
 * ({@link io.lightwaveos.bench.junit.Baselines}: an export file or a store; record or update it with
 * {@code -Dlwos.bench.recordBaseline=true}). Failure messages name both runs and the simulator's
 * seed; {@code -Dlwos.bench.sim.NAME=VALUE} changes a simulator setting without recompiling.
 *
 * <pre>
 * {@literal @}LwosBenchTest
 * {@literal @}SimulatedDevice(meanTotalUs = 150, noise = 0.002)
 * class PipelineBenchTest {
 *     {@literal @}Test
 *     void staysFastAndWithinTheBaseline(BenchCollector collector) {
 *         CollectedRun run = collector.collect(1000);
 *         assertThat(run.summary()).metric(AVG_TOTAL_US).p95().isBelowBudget(175.0);
 *         Path baseline = Path.of("src/test/resources/pipeline-baseline.json");
 *         assertThat(Baselines.compare(baseline, run)).printing().hasNoRegressions();
 *     }
 * }
 * </pre>
 */
package io.lightwaveos.bench.junit;
