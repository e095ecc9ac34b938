/**
 * An in-process LightwaveOS device: {@link io.lightwaveos.bench.simulator.DeviceSimulator} serves the
 * benchmark protocol on a loopback WebSocket, configured by
 * {@link io.lightwaveos.bench.simulator.SimulatorConfig} (rate, timings, injected faults).
 *
 * <p>Its timings follow an AR(1) process around the configured means (autocorrelated, as a real
 * device's EMA values are), deterministic for a seed; faults drop, corrupt or add foreign frames,
 * disconnect or reboot it. Port 0 picks a free port; close it to stop it and free the port.
 *
 * <pre>{@code
 * try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
 *         .rate(1000).meanTotalUs(150).noise(0.05).dropRate(0.01).seed(42).build())) {
 *     InMemorySink sink = new InMemorySink();
 *     Collector.collect(CollectorConfig.builder().url(device.url()).maxSamples(500).build(), sink);
 * }
 * }</pre>
 *
 * In a JUnit 5 test, {@code lwos-bench-junit}'s {@code @SimulatedDevice} configures the simulator
 * {@code @LwosBenchTest} starts for each test method.
 */
package io.lightwaveos.bench.simulator;
