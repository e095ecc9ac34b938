package io.lightwaveos.bench.simulator;

/**
 * What the simulated device has done so far ({@link DeviceSimulator#stats()}). Frame counts are
 * per emission: a frame sent to three subscribers counts once.
 *
 * @param connections      open WebSocket connections now
 * @param subscribers      benchmark subscribers now
 * @param framesEmitted    benchmark frame slots emitted to subscribers (sent, dropped or corrupted)
 * @param framesSent       valid benchmark frames sent
 * @param framesDropped    frames generated but not sent ({@code dropRate})
 * @param badLengthSent    corrupted frames with a wrong length
 * @param nonFiniteSent    corrupted frames with a NaN field
 * @param foreignSent      foreign-stream messages (extra ones and corrupted-magic frames)
 * @param textEventsSent   device events sent as text (status on connect, random events)
 * @param gapsCreated      runs of consecutive missing frames that a later valid frame closed
 * @param framesMissing    frames in those runs (dropped or corrupted)
 * @param disconnects      times all connections were dropped on purpose
 * @param reboots          simulated reboots
 * @param frameLimitReached whether {@code frameLimit} frames were emitted and the stream went quiet
 */
public record SimulatorStats(
        int connections,
        int subscribers,
        long framesEmitted,
        long framesSent,
        long framesDropped,
        long badLengthSent,
        long nonFiniteSent,
        long foreignSent,
        long textEventsSent,
        long gapsCreated,
        long framesMissing,
        long disconnects,
        long reboots,
        boolean frameLimitReached) {
}
