package io.lightwaveos.bench.simulator;

import java.util.Objects;

/**
 * What the simulated device says of its own state in {@code device.status} (and the free heap,
 * frame rate and CPU load it reports elsewhere): a steady frame rate and CPU load, a free heap that
 * drops by {@code heapLeak} bytes with every {@code device.getStatus} answered (0: steady), and how
 * {@code device.getStatus} is answered at all. Immutable; each {@code with...} checks its value and
 * says what it expects.
 *
 * @param fps             the LED frame rate reported, 0 to {@value #MAX_FPS}
 * @param freeHeap        the free heap reported at first, bytes, 0 to {@value #MAX_HEAP}
 * @param cpuPercent      the CPU load reported, 0 to 100 %
 * @param heapLeak        bytes the free heap drops with every {@code device.getStatus} answered (a leak to
 *                        rehearse; it stops at 0), 0 or more
 * @param statusBehaviour how {@code device.getStatus} is answered
 */
public record VitalsOptions(double fps, long freeHeap, double cpuPercent, long heapLeak,
        DeviceStatusBehaviour statusBehaviour) {

    /** The highest frame rate accepted. */
    public static final double MAX_FPS = 1000;
    /** The largest free heap accepted, bytes (16 MiB: an ESP32-S3 with PSRAM). */
    public static final long MAX_HEAP = 16L << 20;

    /** 120 fps, 183,204 bytes free and steady, 35 % CPU, answered. */
    public static final VitalsOptions DEFAULT = new VitalsOptions(120, 183_204, 35, 0, DeviceStatusBehaviour.ANSWER);

    /** Checks every value (so a record made directly is held to the same rules as the withers). */
    public VitalsOptions {
        if (!(fps >= 0 && fps <= MAX_FPS)) {
            throw new IllegalArgumentException("fps must be between 0 and " + (long) MAX_FPS + ", got " + fps);
        }
        if (freeHeap < 0 || freeHeap > MAX_HEAP) {
            throw new IllegalArgumentException("freeHeap must be between 0 and " + MAX_HEAP + " bytes, got "
                    + freeHeap);
        }
        if (!(cpuPercent >= 0 && cpuPercent <= 100)) {
            throw new IllegalArgumentException("cpuPercent must be between 0 and 100, got " + cpuPercent);
        }
        if (heapLeak < 0) {
            throw new IllegalArgumentException("heapLeak must be >= 0 bytes per device.getStatus (0 for none), got "
                    + heapLeak);
        }
        Objects.requireNonNull(statusBehaviour, "statusBehaviour");
    }

    /** The frame rate reported, 0 to {@value #MAX_FPS}. */
    public VitalsOptions withFps(double framesPerSecond) {
        return new VitalsOptions(framesPerSecond, freeHeap, cpuPercent, heapLeak, statusBehaviour);
    }

    /** The free heap reported at first, 0 to {@value #MAX_HEAP} bytes. */
    public VitalsOptions withFreeHeap(long bytes) {
        return new VitalsOptions(fps, bytes, cpuPercent, heapLeak, statusBehaviour);
    }

    /** The CPU load reported, 0 to 100 %. */
    public VitalsOptions withCpuPercent(double percent) {
        return new VitalsOptions(fps, freeHeap, percent, heapLeak, statusBehaviour);
    }

    /** Bytes the free heap drops with every {@code device.getStatus} answered, 0 or more. */
    public VitalsOptions withHeapLeak(long bytes) {
        return new VitalsOptions(fps, freeHeap, cpuPercent, bytes, statusBehaviour);
    }

    /** How {@code device.getStatus} is answered. */
    public VitalsOptions withStatusBehaviour(DeviceStatusBehaviour behaviour) {
        return new VitalsOptions(fps, freeHeap, cpuPercent, heapLeak, behaviour);
    }
}
