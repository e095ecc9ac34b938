package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A {@link SimulatorConfig}'s grouped options one by one, as callers read them: {@code config.rate()}
 * for {@code config.signal().rate()}, with "never" as an empty optional.
 */
public sealed interface SimulatorOptions permits SimulatorConfig {

    /** What the device measures and how fast it sends it. */
    SignalOptions signal();

    /** How the device misbehaves. */
    FaultOptions faults();

    /** Whom the device serves and how. */
    AccessPolicy access();

    /** What the device says of its own state ({@code device.status}). */
    VitalsOptions vitals();

    /** Frames per second of host time (device time always advances 100 ms per frame). */
    default double rate() {
        return signal().rate();
    }

    /** Every Nth frame is extended (64 bytes); 0 for compact only. */
    default int extendedEvery() {
        return signal().extendedEvery();
    }

    /** Mean of avgTotalUs, µs. */
    default double meanTotalUs() {
        return signal().meanTotalUs();
    }

    /** Mean of avgGoertzelUs, µs. */
    default double meanGoertzelUs() {
        return signal().meanGoertzelUs();
    }

    /** Standard deviation of the timing values as a fraction of their mean. */
    default double noise() {
        return signal().noise();
    }

    /** AR(1) coefficient: how strongly each value follows the previous one (0 to below 1). */
    default double arCoefficient() {
        return signal().arCoefficient();
    }

    /** Fraction of frames generated but not sent (the client sees gaps). */
    default double dropRate() {
        return faults().dropRate();
    }

    /** Fraction of frames replaced by a corrupted one (bad length, NaN or foreign magic, equally likely). */
    default double corruptRate() {
        return faults().corruptRate();
    }

    /** Chance per frame of an extra foreign-stream binary message ("AUD\0" audio frame). */
    default double foreignRate() {
        return faults().foreignRate();
    }

    /** Chance per frame of an extra JSON device event on the socket. */
    default double textEventRate() {
        return faults().textEventRate();
    }

    /** Whether each new connection gets a JSON status event first. */
    default boolean statusEventOnConnect() {
        return faults().statusEventOnConnect();
    }

    /** Drop all connections once, this long after the first subscribe; empty for never. */
    default Optional<Duration> disconnectAfter() {
        return Optional.ofNullable(faults().disconnectAfter());
    }

    /** Drop all connections once, after this many emitted frames; empty for never. */
    default OptionalLong disconnectAfterFrames() {
        return positive(faults().disconnectAfterFrames());
    }

    /** Reboot once, this long after the first subscribe; empty for never. */
    default Optional<Duration> rebootAfter() {
        return Optional.ofNullable(faults().rebootAfter());
    }

    /** Reboot once, after this many emitted frames; empty for never. */
    default OptionalLong rebootAfterFrames() {
        return positive(faults().rebootAfterFrames());
    }

    /** How long a reboot keeps the device from accepting connections. */
    default Duration rebootDowntime() {
        return faults().rebootDowntime();
    }

    /** Stop sending after this many emitted frames (the device goes quiet); empty for no limit. */
    default OptionalLong frameLimit() {
        return positive(faults().frameLimit());
    }

    /** The API key the device requires ({@code FEATURE_API_AUTH}); {@code null} for none. */
    default String apiKey() {
        return access().apiKey();
    }

    /** Text messages per second and connection the device answers; more get RATE_LIMITED. 0: no limit. */
    default int rateLimit() {
        return access().rateLimit();
    }

    /** Failed {@code auth} messages from one address before it is blocked (RATE_LIMITED). */
    default int authFailuresBeforeBlock() {
        return access().authFailuresBeforeBlock();
    }

    /** How long an address stays blocked after too many failed {@code auth} messages. */
    default Duration authBlock() {
        return access().authBlock();
    }

    /** How many benchmark subscribers are served; the next is rejected. */
    default int maxSubscribers() {
        return access().maxSubscribers();
    }

    /** How subscribes are answered. */
    default SubscribeBehaviour subscribeBehaviour() {
        return access().subscribeBehaviour();
    }

    /** How {@code GET /api/v1/device/info} is answered. */
    default DeviceInfoBehaviour deviceInfoBehaviour() {
        return access().deviceInfoBehaviour();
    }

    /** The LED frame rate the device reports. */
    default double fps() {
        return vitals().fps();
    }

    /** The free heap the device reports at first, bytes. */
    default long freeHeap() {
        return vitals().freeHeap();
    }

    /** The CPU load the device reports, %. */
    default double cpuPercent() {
        return vitals().cpuPercent();
    }

    /** Bytes the free heap drops with every {@code device.getStatus} answered. */
    default long heapLeak() {
        return vitals().heapLeak();
    }

    /** How {@code device.getStatus} is answered. */
    default DeviceStatusBehaviour statusBehaviour() {
        return vitals().statusBehaviour();
    }

    private static OptionalLong positive(long n) {
        return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
    }
}
