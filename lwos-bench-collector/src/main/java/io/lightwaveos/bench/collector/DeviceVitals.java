package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.metric.Direction;

/**
 * The device's vitals: what {@code device.getStatus} says about the device while a collection
 * streams (PROTOCOL.md), asked right after each subscribe and then every
 * {@link CollectorConfig#vitalsEvery()}, and kept as measures of suite {@value #SUITE} in
 * {@link CollectionResult#measures()}:
 * <ul>
 * <li>{@value #FPS} (fps, higher is better): the {@code fps} of every answered poll, as repeats in
 *     poll order. Repeats, not their mean, so that two runs' frame rates are compared with the same
 *     tests as repeats of any measure; the run's value is their mean ({@code Measure.mean()}).</li>
 * <li>{@value #FREE_HEAP_MIN} (bytes, higher is better): the lowest {@code freeHeap} any poll saw,
 *     one value: a leak or a fragmenting heap shows in the minimum, not in an average.</li>
 * <li>{@value #CPU} (%, lower is better): the {@code cpuPercent} of every answered poll, as repeats
 *     like the frame rate.</li>
 * </ul>
 * A vital no poll answered is absent, never 0. A device that does not answer within the subscribe
 * timeout, refuses, or answers without a usable number costs an event (type
 * {@code device-message}, detail starting {@code device vitals:}), never the run.
 *
 * <pre>{@code
 * CollectionResult result = Collector.collect(config, sink);
 * result.measures().get(DeviceVitals.SUITE, DeviceVitals.FREE_HEAP_MIN)
 *         .ifPresent(m -> System.out.println("lowest free heap: " + m.value(0) + " bytes"));
 * }</pre>
 */
public final class DeviceVitals {

    /** The suite of the vitals' measures. */
    public static final String SUITE = "device";
    /** The device's LED frame rate, repeats; higher is better. */
    public static final String FPS = "device_fps";
    /** The lowest free heap seen during the run, bytes; higher is better. */
    public static final String FREE_HEAP_MIN = "free_heap_min_bytes";
    /** The device's CPU load, repeats; lower is better. */
    public static final String CPU = "device_cpu_percent";

    /** The unit of {@link #FPS}. */
    public static final String FPS_UNIT = "fps";
    /** The unit of {@link #FREE_HEAP_MIN}. */
    public static final String FREE_HEAP_UNIT = "bytes";
    /** The unit of {@link #CPU}. */
    public static final String CPU_UNIT = "%";

    /** Which way {@link #FPS} improves. */
    public static final Direction FPS_DIRECTION = Direction.HIGHER_IS_BETTER;
    /** Which way {@link #FREE_HEAP_MIN} improves. */
    public static final Direction FREE_HEAP_DIRECTION = Direction.HIGHER_IS_BETTER;
    /** Which way {@link #CPU} improves. */
    public static final Direction CPU_DIRECTION = Direction.LOWER_IS_BETTER;

    private DeviceVitals() {
    }
}
