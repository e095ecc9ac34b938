package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Sample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps everything in memory: for tests and harnesses that want samples without a database.
 * Thread-safe: it may be read while a collection writes to it. Memory grows with the run (about
 * 100 bytes per compact sample); for long runs use the store.
 */
public final class InMemorySink implements CollectionSink {

    private final List<Sample> samples = new ArrayList<>();
    private final List<RunEvent> events = new ArrayList<>();
    private RunCounters counters = RunCounters.ZERO;
    private RunContext context = RunContext.EMPTY;
    private MeasureSet measures = MeasureSet.empty();

    @Override
    public synchronized void sample(Sample sample) {
        samples.add(sample);
    }

    @Override
    public synchronized void event(RunEvent event) {
        events.add(event);
    }

    @Override
    public synchronized void context(RunContext context) {
        this.context = context;
    }

    @Override
    public synchronized void counters(RunCounters counters) {
        this.counters = counters;
    }

    @Override
    public synchronized void measures(MeasureSet measures) {
        this.measures = measures;
    }

    /** The samples so far, in {@code seq} order (a copy). */
    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** The frames of the samples so far, in order (a copy). */
    public synchronized List<BenchmarkFrame> frames() {
        List<BenchmarkFrame> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            out.add(s.frame());
        }
        return out;
    }

    /** How many samples arrived. */
    public synchronized int size() {
        return samples.size();
    }

    /**
     * The values of {@code metric}, in sample order, widened exactly to double. An extended-only
     * metric skips compact frames, so its series can be shorter than {@link #size()}.
     */
    public synchronized double[] series(Metric metric) {
        double[] out = new double[samples.size()];
        int n = 0;
        for (Sample s : samples) {
            if (metric.isPresentIn(s.frame())) {
                out[n++] = metric.read(s.frame());
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Every metric's values, in registry order, each as {@link #series(Metric)} gives it; metrics
     * that no sample carried are left out. This is what a comparison or a summary takes:
     * {@code RunSummary.of(sink.values())}, {@code Comparison.compare(a.values(), b.values())}.
     */
    public synchronized Map<Metric, double[]> values() {
        Map<Metric, double[]> out = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            double[] v = series(m);
            if (v.length > 0) {
                out.put(m, v);
            }
        }
        return out;
    }

    /** The events so far, in order (a copy). */
    public synchronized List<RunEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one type, in order. */
    public synchronized List<RunEvent> events(EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** The latest context delivered ({@link RunContext#EMPTY} before any). */
    public synchronized RunContext context() {
        return context;
    }

    /** The measures delivered at the end (the device's vitals, {@link DeviceVitals}); empty before, or without any. */
    public synchronized MeasureSet measures() {
        return measures;
    }

    /** The latest counters delivered ({@link RunCounters#ZERO} before any). */
    public synchronized RunCounters counters() {
        return counters;
    }
}
