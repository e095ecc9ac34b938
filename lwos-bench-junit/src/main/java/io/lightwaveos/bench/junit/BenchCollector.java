package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.collector.Collector;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.CollectorException;
import io.lightwaveos.bench.collector.InMemorySink;
import java.time.Duration;
import java.util.Objects;

/**
 * Collects from the test's {@link BenchDevice} into memory: each call is one collection (subscribe,
 * collect, unsubscribe) and returns a {@link CollectedRun}. Safe to use from one test at a time;
 * parallel tests each get their own.
 */
public final class BenchCollector {

    private final BenchDevice device;
    private final String name;

    /** A collector for this device; its runs are named {@code "collected run"}. */
    public BenchCollector(BenchDevice device) {
        this(device, "collected run");
    }

    /**
     * A collector for this device whose runs messages call {@code name} (the extension passes the
     * test's class and method: {@code PipelineBenchTest.comparesTwoCollections}).
     */
    public BenchCollector(BenchDevice device, String name) {
        this.device = Objects.requireNonNull(device, "device");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The device collected from. */
    public BenchDevice device() {
        return device;
    }

    /**
     * A collector configuration for the device with no stop condition yet: add one
     * ({@code maxSamples}, {@code duration} or {@code untilStopped}) and any other setting, then
     * pass it to {@link #collect(CollectorConfig)}.
     */
    public CollectorConfig.Builder config() {
        return CollectorConfig.builder().url(device.url());
    }

    /**
     * Collects exactly this many samples.
     *
     * @throws CollectorException if the collection fails (device unreachable or rejecting, ...)
     */
    public CollectedRun collect(long samples) {
        return collect(config().maxSamples(samples).build());
    }

    /**
     * Collects for this long after subscribing.
     *
     * @throws CollectorException if the collection fails
     */
    public CollectedRun collect(Duration duration) {
        return collect(config().duration(duration).build());
    }

    /**
     * Collects as configured (start from {@link #config()}).
     *
     * @throws CollectorException if the collection fails
     */
    public CollectedRun collect(CollectorConfig config) {
        InMemorySink sink = new InMemorySink();
        return new CollectedRun(name, Collector.collect(config, sink), sink);
    }

    @Override
    public String toString() {
        return "collector for the " + device;
    }
}
