/**
 * An in-process LightwaveOS device: {@link io.lightwaveos.bench.simulator.DeviceSimulator} serves the
 * benchmark protocol on a loopback WebSocket, configured by
 * {@link io.lightwaveos.bench.simulator.SimulatorConfig} (rate, timings, injected faults).
 */
package io.lightwaveos.bench.simulator;
