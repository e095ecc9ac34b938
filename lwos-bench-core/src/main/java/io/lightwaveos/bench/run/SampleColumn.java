package io.lightwaveos.bench.run;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.metric.WireType;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of a {@link Sample} as columns (SPEC §6), in export order: the older Python tool's ten
 * columns first, then ours. The one list of frame fields every export and import format, and the
 * conversion of a sample to a row and back, are driven from: each column says its name, its type
 * and how to read it from a sample; {@link #sampleOf} builds a sample from column values. A
 * metric's column takes its name, type and reader from the metric registry ({@link Metric}).
 */
public enum SampleColumn {
    TIMESTAMP_UTC("timestamp_utc", Type.TIME, Part.PYTHON, Sample::receivedAt),
    TIMESTAMP_MS("timestamp_ms", Type.UINT32, Part.PYTHON, s -> s.frame().timestampMs()),
    AVG_TOTAL_US(Metric.AVG_TOTAL_US, Part.PYTHON),
    AVG_GOERTZEL_US(Metric.AVG_GOERTZEL_US, Part.PYTHON),
    PEAK_TOTAL_US(Metric.PEAK_TOTAL_US, Part.PYTHON),
    PEAK_GOERTZEL_US(Metric.PEAK_GOERTZEL_US, Part.PYTHON),
    CPU_LOAD_PERCENT(Metric.CPU_LOAD_PERCENT, Part.PYTHON),
    HOP_COUNT("hop_count", Type.UINT32, Part.PYTHON, s -> s.frame().hopCount()),
    GOERTZEL_COUNT("goertzel_count", Type.UINT16, Part.PYTHON, s -> s.frame().goertzelCount()),
    FLAGS("flags", Type.UINT8, Part.PYTHON, s -> s.frame().flags().raw()),
    SEQ("seq", Type.SEQ, Part.OURS, Sample::seq),
    AVG_DC_AGC_US(Metric.AVG_DC_AGC_US, Part.EXTENDED),
    AVG_CHROMA_US(Metric.AVG_CHROMA_US, Part.EXTENDED),
    GOERTZEL_COUNT_FULL("goertzel_count_full", Type.UINT32, Part.EXTENDED, extended(ExtendedFields::goertzelCountFull)),
    HIST_0("hist_0", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(0))),
    HIST_1("hist_1", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(1))),
    HIST_2("hist_2", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(2))),
    HIST_3("hist_3", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(3))),
    HIST_4("hist_4", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(4))),
    HIST_5("hist_5", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(5))),
    HIST_6("hist_6", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(6))),
    HIST_7("hist_7", Type.UINT16, Part.EXTENDED, extended(x -> x.histogramBin(7)));

    /** How a column's value is typed, and the Java type {@link #valueIn} returns and {@link #sampleOf} takes. */
    public enum Type {
        /** The host's receive time, an {@link Instant} (microsecond resolution). */
        TIME(0),
        /** A float32, a {@link Float}. */
        FLOAT32(0),
        /** A whole number from 0 to 255, a {@link Long}. */
        UINT8(0xFF),
        /** A whole number from 0 to 65535, a {@link Long}. */
        UINT16(0xFFFF),
        /** A whole number from 0 to 2^32-1, a {@link Long}. */
        UINT32(0xFFFF_FFFFL),
        /** The sample's position in its run, from 0 to 2^63-1, a {@link Long}. */
        SEQ(Long.MAX_VALUE);

        private final long max;

        Type(long max) {
            this.max = max;
        }

        /** The largest value of a whole-number type (0 for {@link #TIME} and {@link #FLOAT32}). */
        public long max() {
            return max;
        }

        /** Whether values of this type are whole numbers (a {@link Long}). */
        public boolean whole() {
            return max > 0;
        }
    }

    /** Which part of a sample a column belongs to. */
    private enum Part {
        /** One of the older Python tool's ten columns: an import needs it. */
        PYTHON,
        /** Ours, compact: an import may leave it out. */
        OURS,
        /** The extended part of a frame: empty for compact samples. */
        EXTENDED
    }

    private static final List<SampleColumn> ALL = List.of(values());

    private final String header;
    private final Type type;
    private final Part part;
    private final Function<Sample, Object> reader;

    SampleColumn(String header, Type type, Part part, Function<Sample, Object> reader) {
        this.header = header;
        this.type = type;
        this.part = part;
        this.reader = reader;
    }

    /**
     * A metric's column: named as the metric, typed as its wire type, read as the registry reads
     * it (a float32 or uint16 widened to double exactly, narrowed back here without loss).
     */
    SampleColumn(Metric metric, Part part) {
        this(metric.id(), metric.wireType() == WireType.FLOAT32 ? Type.FLOAT32 : Type.UINT16, part,
                s -> !metric.isPresentIn(s.frame()) ? null
                        : metric.wireType() == WireType.FLOAT32 ? (Object) (float) metric.read(s.frame())
                        : (Object) (long) metric.read(s.frame()));
    }

    /** Reads a value of the extended part; null for a compact sample. */
    private static Function<Sample, Object> extended(Function<ExtendedFields, Object> reader) {
        return s -> s.frame().extended() == null ? null : reader.apply(s.frame().extended());
    }

    /** The column name in CSV headers and JSON keys. */
    public String header() {
        return header;
    }

    /** The type of the column's values. */
    public Type type() {
        return type;
    }

    /** Whether an import needs this column (the Python tool's ten are required, the rest optional). */
    public boolean required() {
        return part == Part.PYTHON;
    }

    /** Whether this column belongs to the extended part of a frame (empty for compact samples). */
    public boolean extended() {
        return part == Part.EXTENDED;
    }

    /**
     * This column's value in {@code sample}: an {@link Instant} for {@link Type#TIME}, a
     * {@link Float} for {@link Type#FLOAT32}, a {@link Long} for the whole-number types; null for
     * an extended column of a compact sample.
     */
    public Object valueIn(Sample sample) {
        Object v = reader.apply(sample);
        return v instanceof Integer i ? Long.valueOf(i) : v;
    }

    /** All columns in export order. */
    public static List<SampleColumn> all() {
        return ALL;
    }

    /** The column with this header, or null. */
    public static SampleColumn byHeader(String header) {
        for (SampleColumn c : ALL) {
            if (c.header.equals(header)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The sample these column values describe.
     *
     * @param value each column's value, typed as {@link #valueIn} returns it; the extended columns
     *              all null (a compact sample) or all present (an extended one)
     * @throws IllegalArgumentException if a value is out of its range
     */
    public static Sample sampleOf(Function<SampleColumn, Object> value) {
        boolean extended = value.apply(AVG_DC_AGC_US) != null;
        long[] cells = new long[ALL.size()];
        for (SampleColumn c : ALL) {
            if (c.extended() && !extended) {
                continue;
            }
            Object v = value.apply(c);
            cells[c.ordinal()] = switch (c.type) {
                case TIME -> Sample.toMicros((Instant) v);
                case FLOAT32 -> Float.floatToRawIntBits((Float) v);
                default -> (Long) v;
            };
        }
        return sampleOf(cells, extended);
    }

    /**
     * The sample a row of primitive cells describes, without an object per cell (a fast reader's
     * form of {@link #sampleOf(Function)}).
     *
     * @param cells    by column ordinal: a whole number as itself, a float32 as its
     *                 {@linkplain Float#floatToRawIntBits raw bits}, the time in microseconds since the
     *                 epoch ({@link Sample#toMicros}); the extended columns are read only when
     *                 {@code extended}
     * @param extended whether the sample is extended
     * @throws IllegalArgumentException if a value is out of its range
     */
    public static Sample sampleOf(long[] cells, boolean extended) {
        ExtendedFields ext = null;
        if (extended) {
            int[] hist = new int[FrameLayout.HISTOGRAM_BINS];
            for (int i = 0; i < hist.length; i++) {
                hist[i] = (int) cells[HIST_0.ordinal() + i];
            }
            ext = new ExtendedFields(float32(cells, AVG_DC_AGC_US), float32(cells, AVG_CHROMA_US),
                    cells[GOERTZEL_COUNT_FULL.ordinal()], 0, hist);
        }
        BenchmarkFrame frame = new BenchmarkFrame(cells[TIMESTAMP_MS.ordinal()], float32(cells, AVG_TOTAL_US),
                float32(cells, AVG_GOERTZEL_US), float32(cells, CPU_LOAD_PERCENT),
                (int) cells[PEAK_TOTAL_US.ordinal()], (int) cells[PEAK_GOERTZEL_US.ordinal()], cells[HOP_COUNT.ordinal()],
                (int) cells[GOERTZEL_COUNT.ordinal()], Flags.of((int) cells[FLAGS.ordinal()]), 0, ext);
        return new Sample(cells[SEQ.ordinal()], cells[TIMESTAMP_UTC.ordinal()], frame);
    }

    private static float float32(long[] cells, SampleColumn c) {
        return Float.intBitsToFloat((int) cells[c.ordinal()]);
    }
}
