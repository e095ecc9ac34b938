package io.lightwaveos.bench.collector.internal.session;

/**
 * Switches reading from the device's socket off and on (Netty auto-read). Both calls are
 * idempotent and may come from any thread.
 */
public interface ReadControl {

    /** Stop reading from the current connection; the device's TCP window fills and it slows down. */
    void pauseReading();

    /** Read again. */
    void resumeReading();
}
