package io.lightwaveos.bench.collector;

/** Where a collection is in its life, as {@link Progress#state()} reports it. */
public enum CollectionState {
    /** Opening the first WebSocket connection. */
    CONNECTING,
    /** Connected to a device with an API key; waiting for the {@code auth} reply. */
    AUTHENTICATING,
    /** The device said RATE_LIMITED; waiting as long as it asked (bounded by the reconnect timeout). */
    RATE_LIMITED,
    /** Connected; waiting for {@code benchmark.subscribed}. */
    SUBSCRIBING,
    /** Subscribed; frames are flowing. */
    STREAMING,
    /** The connection dropped; waiting to reconnect (backoff) or connecting again. */
    RECONNECTING,
    /** A stop condition was met or a failure occurred; stopping, unsubscribing, closing. */
    STOPPING,
    /** Done; the result is (or is about to be) available. */
    FINISHED
}
