package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectionState;

/**
 * Where a {@link Session} is: exactly one phase at a time, each saying whether a connection is open
 * and whether the session is ending, and which {@link CollectionState} progress reports.
 */
enum SessionPhase {
    /** Created, not started. */
    NEW(CollectionState.CONNECTING, false, false),
    /** Started: opening the first connection. */
    CONNECTING(CollectionState.CONNECTING, false, false),
    /** Connected: the subscribe exchange is in flight (frames already count). */
    SUBSCRIBING(CollectionState.SUBSCRIBING, true, false),
    /** Subscribed: frames flow. */
    STREAMING(CollectionState.STREAMING, true, false),
    /** The connection is gone: waiting for the next attempt, or connecting again. */
    RECONNECTING(CollectionState.RECONNECTING, false, false),
    /** Ending while subscribed: the finish exchange (stop, unsubscribe) runs on the open connection. */
    FINISHING(CollectionState.STOPPING, true, true),
    /** Ending: the connection (if any) is closing; the session completes when it has closed. */
    CLOSING(CollectionState.STOPPING, false, true),
    /** Done: the result is queued. */
    FINISHED(CollectionState.FINISHED, false, true);

    private final CollectionState state;
    private final boolean connected;
    private final boolean ending;

    SessionPhase(CollectionState state, boolean connected, boolean ending) {
        this.state = state;
        this.connected = connected;
        this.ending = ending;
    }

    /** What progress reports in this phase. */
    CollectionState state() {
        return state;
    }

    /** Whether a WebSocket connection is open. */
    boolean connected() {
        return connected;
    }

    /** Whether a stop condition, a stop request or a failure has ended the collection. */
    boolean ending() {
        return ending;
    }

    /** Whether frames from the device are taken: connected and not ending. */
    boolean receiving() {
        return connected && !ending;
    }
}
