package io.lightwaveos.bench.simulator;

import io.lightwaveos.bench.frame.FrameLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The simulator's random misbehaviour, from its own random stream (so the frame values do not
 * depend on which faults are on): which frames to drop or corrupt, and extra foreign messages and
 * device events.
 */
final class Faults {

    /** How a frame is corrupted. */
    enum Corruption { BAD_LENGTH, NON_FINITE, FOREIGN_MAGIC }

    /** The audio stream's magic, "AUD\0": another stream sharing the socket. */
    static final int AUDIO_MAGIC = 0x00445541;
    private static final String[] EVENT_TYPES = {"led.frame", "audio.level", "effect.changed", "status"};

    private final SimulatorConfig config;
    private final SplittableRandom random;

    Faults(SimulatorConfig config) {
        this.config = config;
        this.random = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
    }

    boolean drop() {
        return config.dropRate() > 0 && random.nextDouble() < config.dropRate();
    }

    boolean corrupt() {
        return config.corruptRate() > 0 && random.nextDouble() < config.corruptRate();
    }

    boolean foreign() {
        return config.foreignRate() > 0 && random.nextDouble() < config.foreignRate();
    }

    boolean textEvent() {
        return config.textEventRate() > 0 && random.nextDouble() < config.textEventRate();
    }

    Corruption corruption() {
        return Corruption.values()[random.nextInt(Corruption.values().length)];
    }

    /** A corrupted copy of the first {@code length} bytes of a valid frame. */
    byte[] corrupt(byte[] frame, int length, Corruption kind) {
        switch (kind) {
            case BAD_LENGTH -> {
                int[] lengths = {length - 1, length + 1, 48, 16, 96};
                return Arrays.copyOf(frame, lengths[random.nextInt(lengths.length)]);
            }
            case NON_FINITE -> {
                byte[] out = Arrays.copyOf(frame, length);
                float bad = random.nextBoolean() ? Float.NaN : Float.POSITIVE_INFINITY;
                ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putFloat(FrameLayout.OFF_AVG_TOTAL_US, bad);
                return out;
            }
            default -> {
                byte[] out = Arrays.copyOf(frame, length);
                ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(FrameLayout.OFF_MAGIC, AUDIO_MAGIC);
                return out;
            }
        }
    }

    /** An audio-stream message: "AUD\0" and 124 to 508 bytes of samples. */
    byte[] foreignMessage() {
        byte[] out = new byte[128 + 4 * random.nextInt(96)];
        for (int i = 4; i < out.length; i++) {
            out[i] = (byte) random.nextInt(256);
        }
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(0, AUDIO_MAGIC);
        return out;
    }

    /** A JSON device event that is no reply to anyone. */
    String deviceEvent(long seq) {
        String type = EVENT_TYPES[random.nextInt(EVENT_TYPES.length)];
        return "{\"type\":\"" + type + "\",\"success\":true,\"data\":{\"seq\":" + seq
                + ",\"value\":" + random.nextInt(1000) + "}}";
    }
}
