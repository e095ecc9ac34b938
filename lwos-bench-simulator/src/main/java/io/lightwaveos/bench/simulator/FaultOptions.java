package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated device misbehaves: random drops, corruptions, foreign messages and device
 * events, and one-off disconnects, reboots and silence. Timed faults ({@code disconnectAfter},
 * {@code rebootAfter}) count from the first subscribe and fire once; their {@code ...Frames}
 * variants count emitted frames instead, for tests that must not depend on timing. Immutable;
 * each {@code with...} checks its value and says what it expects.
 *
 * @param dropRate              fraction of frames generated but not sent (the client sees gaps)
 * @param corruptRate           fraction of frames replaced by a corrupted one (bad length, NaN or foreign
 *                              magic, equally likely)
 * @param foreignRate           chance per frame of an extra foreign-stream binary message ("AUD\0")
 * @param textEventRate         chance per frame of an extra JSON device event on the socket
 * @param statusEventOnConnect  whether each new connection gets a JSON status event first
 * @param disconnectAfter       drop all connections once, this long after the first subscribe; {@code null}: never
 * @param disconnectAfterFrames drop all connections once, after this many emitted frames; 0: never
 * @param rebootAfter           reboot once, this long after the first subscribe; {@code null}: never
 * @param rebootAfterFrames     reboot once, after this many emitted frames; 0: never
 * @param rebootDowntime        how long a reboot keeps the device from accepting connections
 * @param frameLimit            go quiet after this many emitted frames; 0: no limit
 */
public record FaultOptions(double dropRate, double corruptRate, double foreignRate, double textEventRate,
        boolean statusEventOnConnect, Duration disconnectAfter, long disconnectAfterFrames, Duration rebootAfter,
        long rebootAfterFrames, Duration rebootDowntime, long frameLimit) {

    /** No faults. */
    public static final FaultOptions NONE = new FaultOptions(0, 0, 0, 0, false, null, 0, null, 0, Duration.ZERO, 0);

    /** Fraction of frames dropped, 0 to 1. */
    public FaultOptions withDropRate(double fraction) {
        return new FaultOptions(OptionChecks.fraction("dropRate", fraction), corruptRate, foreignRate, textEventRate,
                statusEventOnConnect, disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Fraction of frames corrupted, 0 to 1. */
    public FaultOptions withCorruptRate(double fraction) {
        return new FaultOptions(dropRate, OptionChecks.fraction("corruptRate", fraction), foreignRate, textEventRate,
                statusEventOnConnect, disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Chance per frame of an extra foreign-stream message, 0 to 1. */
    public FaultOptions withForeignRate(double fraction) {
        return new FaultOptions(dropRate, corruptRate, OptionChecks.fraction("foreignRate", fraction), textEventRate,
                statusEventOnConnect, disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Chance per frame of an extra JSON device event, 0 to 1. */
    public FaultOptions withTextEventRate(double fraction) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, OptionChecks.fraction("textEventRate", fraction),
                statusEventOnConnect, disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Whether each new connection gets a JSON status event first. */
    public FaultOptions withStatusEventOnConnect(boolean send) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, send, disconnectAfter,
                disconnectAfterFrames, rebootAfter, rebootAfterFrames, rebootDowntime, frameLimit);
    }

    /** Drop all connections once, {@code after} (positive) the first subscribe. */
    public FaultOptions withDisconnectAfter(Duration after) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                OptionChecks.positive("disconnectAfter", after), disconnectAfterFrames, rebootAfter, rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Drop all connections once, after {@code frames} (at least 1) emitted frames. */
    public FaultOptions withDisconnectAfterFrames(long frames) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                disconnectAfter, OptionChecks.atLeastOne("disconnectAfterFrames", frames), rebootAfter,
                rebootAfterFrames, rebootDowntime, frameLimit);
    }

    /** Reboot once, {@code after} (positive) the first subscribe. */
    public FaultOptions withRebootAfter(Duration after) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                disconnectAfter, disconnectAfterFrames, OptionChecks.positive("rebootAfter", after), rebootAfterFrames,
                rebootDowntime, frameLimit);
    }

    /** Reboot once, after {@code frames} (at least 1) emitted frames. */
    public FaultOptions withRebootAfterFrames(long frames) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                disconnectAfter, disconnectAfterFrames, rebootAfter, OptionChecks.atLeastOne("rebootAfterFrames", frames),
                rebootDowntime, frameLimit);
    }

    /** How long a reboot refuses connections, zero or more. */
    public FaultOptions withRebootDowntime(Duration downtime) {
        Objects.requireNonNull(downtime, "downtime");
        if (downtime.isNegative()) {
            throw new IllegalArgumentException("rebootDowntime must be >= 0, got " + OptionChecks.seconds(downtime));
        }
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames, downtime, frameLimit);
    }

    /** Go quiet after {@code frames} (at least 1) emitted frames. */
    public FaultOptions withFrameLimit(long frames) {
        return new FaultOptions(dropRate, corruptRate, foreignRate, textEventRate, statusEventOnConnect,
                disconnectAfter, disconnectAfterFrames, rebootAfter, rebootAfterFrames, rebootDowntime,
                OptionChecks.atLeastOne("frameLimit", frames));
    }
}
