package io.lightwaveos.bench.metric;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import static io.lightwaveos.bench.metric.WireType.FLOAT32;
import static io.lightwaveos.bench.metric.WireType.UINT16;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The metric registry: the single list of metrics that store columns, statistics, comparisons,
 * exports, CLI tables and dashboard series are driven from. Adding a metric is one constant here.
 *
 * <p>Counters ({@code hop_count}, {@code goertzel_count}, {@code flags}) are frame fields, not
 * metrics: they are stored and exported but never compared.
 */
public enum Metric {
    AVG_TOTAL_US("avg_total_us", "µs", Direction.LOWER_IS_BETTER, false,
            "average hop time", f -> f.avgTotalUs(), FLOAT32, FrameLayout.OFF_AVG_TOTAL_US),
    AVG_GOERTZEL_US("avg_goertzel_us", "µs", Direction.LOWER_IS_BETTER, false,
            "average Goertzel time", f -> f.avgGoertzelUs(), FLOAT32, FrameLayout.OFF_AVG_GOERTZEL_US),
    /** avg_total_us / 20000 µs × 100 on the device: the same information, so {@link #derivedFrom()} avg_total_us. */
    CPU_LOAD_PERCENT("cpu_load_percent", "%", Direction.LOWER_IS_BETTER, false,
            "CPU load", f -> f.cpuLoadPercent(), FLOAT32, FrameLayout.OFF_CPU_LOAD_PERCENT, AVG_TOTAL_US),
    PEAK_TOTAL_US("peak_total_us", "µs", Direction.LOWER_IS_BETTER, false,
            "peak hop time", f -> f.peakTotalUs(), UINT16, FrameLayout.OFF_PEAK_TOTAL_US),
    PEAK_GOERTZEL_US("peak_goertzel_us", "µs", Direction.LOWER_IS_BETTER, false,
            "peak Goertzel time", f -> f.peakGoertzelUs(), UINT16, FrameLayout.OFF_PEAK_GOERTZEL_US),
    AVG_DC_AGC_US("avg_dc_agc_us", "µs", Direction.LOWER_IS_BETTER, true,
            "average DC removal + AGC time", f -> f.extended().avgDcAgcUs(), FLOAT32, FrameLayout.OFF_AVG_DC_AGC_US),
    AVG_CHROMA_US("avg_chroma_us", "µs", Direction.LOWER_IS_BETTER, true,
            "average chromagram time", f -> f.extended().avgChromaUs(), FLOAT32, FrameLayout.OFF_AVG_CHROMA_US);

    private static final List<Metric> ALL = List.of(values());
    private static final List<Metric> COMPACT;

    static {
        List<Metric> compact = new ArrayList<>();
        for (Metric m : values()) {
            if (!m.extendedOnly) {
                compact.add(m);
            }
        }
        COMPACT = Collections.unmodifiableList(compact);
    }

    private final String id;
    private final String unit;
    private final Direction direction;
    private final boolean extendedOnly;
    private final String label;
    private final ToDoubleFunction<BenchmarkFrame> frameReader;
    private final WireType wireType;
    private final int wireOffset;
    private final Metric derivedFrom;

    Metric(String id, String unit, Direction direction, boolean extendedOnly, String label,
            ToDoubleFunction<BenchmarkFrame> frameReader, WireType wireType, int wireOffset) {
        this(id, unit, direction, extendedOnly, label, frameReader, wireType, wireOffset, null);
    }

    /**
     * @param frameReader reads the value from a decoded frame
     * @param wireType    {@link #FLOAT32} or {@link #UINT16}: how the value is encoded on the wire
     * @param wireOffset  where it is in the frame ({@link FrameLayout}); the flyweight path reads it
     *                    there directly, with no call per metric (a lambda per metric would make
     *                    the column readers' call site megamorphic)
     * @param derivedFrom the metric this one is computed from on the device, or null
     */
    Metric(String id, String unit, Direction direction, boolean extendedOnly, String label,
            ToDoubleFunction<BenchmarkFrame> frameReader, WireType wireType, int wireOffset, Metric derivedFrom) {
        this.id = id;
        this.unit = unit;
        this.direction = direction;
        this.extendedOnly = extendedOnly;
        this.label = label;
        this.frameReader = frameReader;
        this.wireType = wireType;
        this.wireOffset = wireOffset;
        this.derivedFrom = derivedFrom;
    }

    /** The snake_case name used everywhere outside Java: JSON, CSV, CLI, API ({@code avg_total_us}). */
    public String id() {
        return id;
    }

    /** The unit: {@code µs} or {@code %}. */
    public String unit() {
        return unit;
    }

    /** Which way the metric improves. */
    public Direction direction() {
        return direction;
    }

    /** Whether only extended (64-byte) frames carry this metric. */
    public boolean extendedOnly() {
        return extendedOnly;
    }

    /** A short human label ("average hop time"). */
    public String label() {
        return label;
    }

    /**
     * The metric this one is computed from on the device, if any ({@code cpu_load_percent} is
     * avg_total_us / 20000 µs × 100). A derived metric carries no information of its own: a
     * comparison reports it with the same verdict logic but leaves it out of the multiple-testing
     * family and out of the regression and improvement counts.
     */
    public Optional<Metric> derivedFrom() {
        return Optional.ofNullable(derivedFrom);
    }

    /** Whether {@link #derivedFrom()} names a metric. */
    public boolean isDerived() {
        return derivedFrom != null;
    }

    /** Whether {@code frame} carries this metric. */
    public boolean isPresentIn(BenchmarkFrame frame) {
        return !extendedOnly || frame.isExtended();
    }

    /**
     * The metric's value in {@code frame}, widened to double exactly.
     *
     * @throws IllegalArgumentException if the metric is extended-only and the frame is compact
     */
    public double read(BenchmarkFrame frame) {
        if (!isPresentIn(frame)) {
            throw new IllegalArgumentException(id + " is only in extended frames; this frame is compact");
        }
        return frameReader.applyAsDouble(frame);
    }

    /**
     * The metric's value in a valid frame a {@link FrameView} wraps; allocation-free. For an
     * extended-only metric the view must wrap an extended frame.
     */
    public double read(FrameView view) {
        return wireType == WireType.FLOAT32 ? view.float32At(wireOffset) : view.uint16At(wireOffset);
    }

    /** How the value is encoded on the wire. */
    public WireType wireType() {
        return wireType;
    }

    /** Byte offset of the value in a frame ({@link FrameLayout}). */
    public int wireOffset() {
        return wireOffset;
    }

    /** Every metric, in registry order. */
    public static List<Metric> all() {
        return ALL;
    }

    /** The metrics every frame carries (compact ones), in registry order. */
    public static List<Metric> compact() {
        return COMPACT;
    }

    /** The metric named {@code id} ({@code avg_total_us}), if any. */
    public static Optional<Metric> byId(String id) {
        for (Metric m : ALL) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The metric named {@code id}.
     *
     * @throws IllegalArgumentException listing the known names, if there is no such metric
     */
    public static Metric requireById(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown metric \"" + id + "\"; known metrics: " + Arrays.toString(ids())));
    }

    /** The ids of all metrics, in registry order. */
    public static String[] ids() {
        return ALL.stream().map(Metric::id).toArray(String[]::new);
    }
}
