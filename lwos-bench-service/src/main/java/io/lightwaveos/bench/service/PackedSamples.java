package io.lightwaveos.bench.service;

import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.metric.MetricColumns;
import io.lightwaveos.bench.run.Sample;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Samples kept as their wire bytes in large primitive arrays rather than as an object graph each:
 * an import holds all of a file's samples (a million of them) until it stores them, and as objects
 * they cost about three times the memory and a garbage collector that copies every one of them.
 * Add-only; {@link #get} decodes the sample again, equal to the one added. Filled by one thread
 * (an import's reader); once it is full, one thread may {@link #get} while others take
 * {@link #values} (the store writes the samples while their statistics are computed).
 */
final class PackedSamples extends AbstractList<Sample> {

    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int STRIDE = FrameLayout.EXTENDED_SIZE;

    private final List<long[]> seqs = new ArrayList<>();
    private final List<long[]> receivedMicros = new ArrayList<>();
    private final List<byte[]> frames = new ArrayList<>();
    private final List<byte[]> frameSizes = new ArrayList<>();
    private final FrameView view = new FrameView();
    private int size;

    @Override
    public boolean add(Sample sample) {
        int chunk = size >>> CHUNK_BITS;
        int i = size & (CHUNK - 1);
        if (chunk == seqs.size()) {
            seqs.add(new long[CHUNK]);
            receivedMicros.add(new long[CHUNK]);
            frames.add(new byte[CHUNK * STRIDE]);
            frameSizes.add(new byte[CHUNK]);
        }
        seqs.get(chunk)[i] = sample.seq();
        receivedMicros.get(chunk)[i] = sample.receivedAtMicros();
        frameSizes.get(chunk)[i] = (byte) FrameEncoder.encode(sample.frame(), frames.get(chunk), i * STRIDE);
        size++;
        modCount++;
        return true;
    }

    @Override
    public Sample get(int index) {
        Objects.checkIndex(index, size);
        int chunk = index >>> CHUNK_BITS;
        int i = index & (CHUNK - 1);
        view.wrap(frames.get(chunk), i * STRIDE, frameSizes.get(chunk)[i]);
        return new Sample(seqs.get(chunk)[i], receivedMicros.get(chunk)[i], view.toFrame());
    }

    /**
     * The values of every metric, as a store's column read gives them for these samples: a compact
     * metric's over every sample, an extended-only metric's over the extended samples (empty when
     * there are none), in sample order and registry order. Reads the packed frames without decoding
     * a sample; safe beside {@link #get} on another thread.
     */
    Map<Metric, double[]> values() {
        MetricColumns columns = new MetricColumns(Metric.all(), size);
        FrameView frame = new FrameView();
        for (int index = 0; index < size; index++) {
            int chunk = index >>> CHUNK_BITS;
            int i = index & (CHUNK - 1);
            frame.wrap(frames.get(chunk), i * STRIDE, frameSizes.get(chunk)[i]);
            columns.add(frame);
        }
        return columns.toMap();
    }

    @Override
    public int size() {
        return size;
    }
}
