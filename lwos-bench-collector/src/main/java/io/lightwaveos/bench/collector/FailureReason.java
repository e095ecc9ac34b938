package io.lightwaveos.bench.collector;

/** Why a collection failed; carried by {@link CollectorException} and {@link CollectionResult}. */
public enum FailureReason {
    /** The host could not be resolved or refused the connection. */
    UNREACHABLE,
    /** No TCP connection or WebSocket handshake within the connect timeout. */
    CONNECT_TIMEOUT,
    /** The server answered, but not with a WebSocket upgrade (wrong path or port, TLS failure). */
    HANDSHAKE_FAILED,
    /** {@code benchmark.rejected}: the device already serves its 4 benchmark subscribers. */
    SUBSCRIBER_TABLE_FULL,
    /** {@code error FEATURE_DISABLED}: the firmware was built without the benchmark feature. */
    FEATURE_DISABLED,
    /** {@code error SYSTEM_NOT_READY}: the device's audio pipeline is not running yet. */
    SYSTEM_NOT_READY,
    /** {@code UNAUTHORIZED} without an API key: the device requires one. */
    AUTH_REQUIRED,
    /** {@code UNAUTHORIZED} in reply to our {@code auth}: the API key is wrong. */
    AUTH_REFUSED,
    /** Another error reply to one of our commands. */
    DEVICE_ERROR,
    /** No {@code benchmark.subscribed} reply within the subscribe timeout. */
    SUBSCRIBE_TIMEOUT,
    /** The connection dropped (or went silent) and reconnecting is switched off. */
    CONNECTION_LOST,
    /** The connection dropped and the device did not come back within the reconnect timeout. */
    RECONNECT_TIMEOUT,
    /** The sink threw; the collection stopped. */
    SINK_FAILED,
    /** A bug in the collector itself; the message carries the exception. */
    INTERNAL_ERROR,
    /** The duration ran out without a single benchmark frame: nothing was measured. */
    NO_SAMPLES
}
