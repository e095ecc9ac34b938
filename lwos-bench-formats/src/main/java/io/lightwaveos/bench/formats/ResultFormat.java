package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.text.Suggestions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry of result-file formats: the single list that {@code import --format} accepts, each
 * with its reader. {@link #AUTO} reads the content and picks one ({@link FormatDetector}).
 */
public enum ResultFormat {
    /** The LightwaveOS native benchmark's PlatformIO/Unity log: formatResults' summary and the tools README's lines; suite {@code native}. */
    LWOS_NATIVE_LOG("lwos-native-log", "LightwaveOS native benchmark log (PlatformIO/Unity output)"),
    /** parse_benchmark_serial.py's results JSON or the baseline JSON ({@code _thresholds}, {@code _metadata}); suite {@code native}. */
    LWOS_JSON("lwos-json", "LightwaveOS results or baseline JSON"),
    /** ESP-IDF {@code [Performance][NAME]: VALUE UNIT} lines ({@code IDF_LOG_PERFORMANCE}); suite {@code esp-idf}. */
    ESP_IDF_LOG("esp-idf-log", "ESP-IDF log with IDF_LOG_PERFORMANCE lines"),
    /** {@code idf.py size --format json}: image footprint in bytes; suite {@code idf-size}. */
    IDF_SIZE("idf-size", "idf.py size --format json"),
    /** JMH's {@code -rf json} result: score, unit and every iteration as repeats; suite {@code jmh}. */
    JMH("jmh", "JMH JSON result (-rf json)"),
    /** Google Benchmark's {@code --benchmark_format=json} output; suite {@code google-benchmark}. */
    GOOGLE_BENCHMARK("google-benchmark", "Google Benchmark JSON (--benchmark_format=json)"),
    /** hyperfine's {@code --export-json}: every run's time as repeats, in seconds; suite {@code hyperfine}. */
    HYPERFINE("hyperfine", "hyperfine JSON (--export-json)"),
    /** A list of {@code {"name", "unit", "value" | "values", "direction"}} (github-action-benchmark's shape); suite {@code generic}. */
    GENERIC_JSON("generic-json", "generic JSON list of {name, unit, value|values, direction}"),
    /** Not a format: read the content and choose one of the others. */
    AUTO("auto", "detect the format from the content");

    private final String id;
    private final String description;

    ResultFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name {@code --format} takes. */
    public String id() {
        return id;
    }

    /** One line saying what it reads. */
    public String description() {
        return description;
    }

    /** The formats that have a reader: all but {@link #AUTO}, in registry order. */
    public static List<ResultFormat> readable() {
        List<ResultFormat> out = new ArrayList<>(List.of(values()));
        out.remove(AUTO);
        return List.copyOf(out);
    }

    /** Every name {@code --format} accepts, {@code auto} last. */
    public static List<String> ids() {
        return List.of(values()).stream().map(ResultFormat::id).toList();
    }

    /**
     * The format named {@code id} (exactly, as {@link #id()}).
     *
     * @throws IllegalArgumentException listing the names, with a suggestion when one is close
     */
    public static ResultFormat byId(String id) {
        for (ResultFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        String near = id == null ? "" : Suggestions.closest(id, ids()).map(s -> " (did you mean " + s + "?)").orElse("");
        throw new IllegalArgumentException("unknown format \"" + Printable.of(String.valueOf(id)) + "\"" + near
                + "; expected one of " + String.join(", ", ids()));
    }

    /**
     * Reads {@code file} as this format ({@link #AUTO}: as the format its content shows) within
     * the {@link FormatLimits#DEFAULT} limits.
     *
     * @throws FormatException naming the file and line of the first problem; nothing is returned then
     * @throws IOException     when the file cannot be read
     */
    public ReadResult read(Path file) throws IOException {
        return read(SourceText.read(file, FormatLimits.DEFAULT), FormatLimits.DEFAULT);
    }

    /**
     * Reads {@code source} as this format ({@link #AUTO}: detects it first).
     *
     * @throws FormatException naming the source and line of the first problem
     */
    public ReadResult read(SourceText source, FormatLimits limits) {
        try {
            ResultFormat format = this == AUTO ? FormatDetector.detect(source, limits) : this;
            ReadResult result;
            try {
                result = format.reader().read(source, limits);
            } catch (FormatException e) {
                if (this == AUTO && format == LWOS_NATIVE_LOG && e.reason() == Reason.EMPTY) {
                    throw FormatException.at(0, Reason.UNKNOWN_FORMAT, "cannot tell the format: not JSON, no "
                            + "[Performance] lines, no LightwaveOS benchmark lines; name it with --format (one of "
                            + String.join(", ", ids()) + ")");
                }
                throw e;
            }
            checkCounts(result, limits);
            return result;
        } catch (FormatException e) {
            throw e.source() == null ? e.in(source.name()) : e;
        }
    }

    private static void checkCounts(ReadResult result, FormatLimits limits) {
        if (result.measures().size() > limits.maxMeasures()) {
            throw FormatException.at(0, Reason.LIMIT, "the file holds " + result.measures().size()
                    + " measures, more than the limit of " + limits.maxMeasures());
        }
        long values = 0;
        for (Measure m : result.measures()) {
            values += m.count();
        }
        if (values > limits.maxValues()) {
            throw FormatException.at(0, Reason.LIMIT, "the file holds " + values
                    + " values, more than the limit of " + limits.maxValues());
        }
    }

    ResultReader reader() {
        return switch (this) {
            case LWOS_NATIVE_LOG -> new NativeLogReader();
            case LWOS_JSON -> new LwosJsonReader();
            case ESP_IDF_LOG -> new EspIdfLogReader();
            case IDF_SIZE -> new IdfSizeReader();
            case JMH -> new JmhReader();
            case GOOGLE_BENCHMARK -> new GoogleBenchmarkReader();
            case HYPERFINE -> new HyperfineReader();
            case GENERIC_JSON -> new GenericJsonReader();
            case AUTO -> throw new IllegalStateException("auto has no reader of its own");
        };
    }
}
