package io.lightwaveos.bench.collector.internal.session;

import java.time.Duration;
import java.time.Instant;

/**
 * What a {@link Session} needs from the outside world: one connection at a time to the device,
 * timers and clocks. The Netty link implements it over a socket; tests drive a session with a
 * scripted one in virtual time. All callbacks into the session, and all scheduled tasks, run on
 * one thread.
 */
public interface SessionEnvironment {

    /**
     * Opens a new connection (TCP + WebSocket handshake). Exactly one of
     * {@link Session#onConnected()} or {@link Session#onConnectFailed} follows; after
     * {@code onConnected}, at most one {@link Session#onDisconnected}.
     */
    void connect();

    /** Sends a text message on the open connection (dropped silently if there is none). */
    void send(String text);

    /**
     * Closes the current connection or connection attempt, cleanly if it is open (WebSocket close
     * handshake). No session callback arrives for that connection afterwards; {@code then} runs on
     * the session thread once it is closed (at once if there is none).
     */
    void close(Runnable then);

    /** Runs {@code task} on the session thread after {@code delay}. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A monotonic clock, nanoseconds. */
    long nanoTime();

    /** Host UTC time, microseconds since the epoch. */
    long nowMicros();

    /** {@link #nowMicros()} as an instant. */
    default Instant now() {
        long micros = nowMicros();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /** A scheduled task that can be called off. */
    interface Cancellable {
        /** Calls the task off; harmless if it already ran. */
        void cancel();

        /** Calls {@code task} off when there is one ({@code null}: nothing scheduled yet). */
        static void cancelIfSet(Cancellable task) {
            if (task != null) {
                task.cancel();
            }
        }
    }
}
