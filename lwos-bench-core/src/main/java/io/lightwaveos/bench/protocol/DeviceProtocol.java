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

    /** Authentication, the first message on a socket of a device with an API key; its reply has the same type. */
    public static final String AUTH = "auth";
    /** Asks for chip, flash and heap facts; answered by {@link #DEVICE_INFO}. */
    public static final String GET_DEVICE_INFO = "device.getInfo";
    public static final String DEVICE_INFO = "device.info";
    /** Asks for uptime, heap and network (RSSI); answered by {@link #DEVICE_STATUS}. */
    public static final String GET_DEVICE_STATUS = "device.getStatus";
    public static final String DEVICE_STATUS = "device.status";
    /** Asks for the rendered effect (the workload); answered by {@link #STATUS}, which also arrives unasked. */
    public static final String GET_STATUS = "getStatus";
    public static final String STATUS = "status";

    /** Error code: authentication required or the key is wrong. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    /** Error code: too many messages or failed logins; {@code error.retryAfter} says how many seconds to wait. */
    public static final String RATE_LIMITED = "RATE_LIMITED";

    /** The HTTP path of the device's self-description, on the WebSocket's host and port. */
    public static final String DEVICE_INFO_PATH = "/api/v1/device/info";
    /** The HTTP header carrying the API key. */
    public static final String API_KEY_HEADER = "X-API-Key";

    /** How many benchmark subscribers a device serves at most. */
    public static final int MAX_SUBSCRIBERS = 4;
    /** Device milliseconds between two frames (10 Hz). */
    public static final long FRAME_INTERVAL_MS = 100;

    private DeviceProtocol() {
    }
}
