package io.lightwaveos.bench.protocol;

/**
 * The names of the device's control messages (PROTOCOL.md), written once for the collector and
 * the simulator.
 */
public final class DeviceProtocol {

    public static final String SUBSCRIBE = "benchmark.subscribe";
    public static final String UNSUBSCRIBE = "benchmark.unsubscribe";
    public static final String START = "benchmark.start";
    public static final String STOP = "benchmark.stop";
    public static final String GET = "benchmark.get";

    public static final String SUBSCRIBED = "benchmark.subscribed";
    public static final String UNSUBSCRIBED = "benchmark.unsubscribed";
    public static final String STARTED = "benchmark.started";
    public static final String STOPPED = "benchmark.stopped";
    public static final String STATS = "benchmark.stats";
    public static final String REJECTED = "benchmark.rejected";
    public static final String ERROR = "error";

    /** Error code of {@link #REJECTED}: the subscriber table is full. */
    public static final String RESOURCE_EXHAUSTED = "RESOURCE_EXHAUSTED";
    /** Error code: the firmware was built without the benchmark feature. */
    public static final String FEATURE_DISABLED = "FEATURE_DISABLED";
    /** Error code: the audio pipeline is not ready. */
    public static final String SYSTEM_NOT_READY = "SYSTEM_NOT_READY";

    /** How many benchmark subscribers a device serves at most. */
    public static final int MAX_SUBSCRIBERS = 4;
    /** Device milliseconds between two frames (10 Hz). */
    public static final long FRAME_INTERVAL_MS = 100;

    private DeviceProtocol() {
    }
}
