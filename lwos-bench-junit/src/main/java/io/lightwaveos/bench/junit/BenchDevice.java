package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.simulator.DeviceSimulator;
import java.util.Objects;
import java.util.Optional;

/**
 * The device a test collects from: a real one named by the environment variable
 * {@value #URL_VARIABLE} (or the JUnit configuration parameter / system property
 * {@value #URL_PARAMETER}), else a simulator started for the test.
 */
public final class BenchDevice {

    /** Environment variable naming a real device's WebSocket URL, e.g. {@code ws://192.168.1.40/ws}. */
    public static final String URL_VARIABLE = "LWOS_BENCH_DEVICE_URL";
    /** JUnit configuration parameter (or system property) with the same meaning; it takes precedence. */
    public static final String URL_PARAMETER = "lwos.bench.device.url";

    private final String url;
    private final DeviceSimulator simulator;

    private BenchDevice(String url, DeviceSimulator simulator) {
        this.url = Objects.requireNonNull(url, "url");
        this.simulator = simulator;
    }

    /** A real device at this {@code ws://} or {@code wss://} URL. */
    public static BenchDevice real(String url) {
        return new BenchDevice(url, null);
    }

    /** A started simulator. */
    public static BenchDevice simulated(DeviceSimulator simulator) {
        return new BenchDevice(simulator.url(), simulator);
    }

    /** The device's WebSocket URL. */
    public String url() {
        return url;
    }

    /** Whether this is the simulator (false for a real device). */
    public boolean isSimulated() {
        return simulator != null;
    }

    /** The simulator, when this is one. */
    public Optional<DeviceSimulator> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public String toString() {
        return (isSimulated() ? "simulator at " : "device at ") + url;
    }
}
