package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a reader found in a result file: the measures, and hints about how they were made.
 *
 * @param format     the format that read it (never {@link ResultFormat#AUTO})
 * @param measures   the measures, in file order; at least one
 * @param context    flat hints in file order, keys dotted ({@code metadata.platform},
 *                   {@code jmh.version}, {@code google-benchmark.host_name},
 *                   {@code native.overall}): text from the file, escape it before printing it
 * @param tests      Unity test results of a native log, in log order; empty for other formats
 * @param thresholds declared thresholds by measure name (a LightwaveOS baseline's
 *                   {@code _thresholds}); empty when the file declares none
 */
public record ReadResult(ResultFormat format, MeasureSet measures, Map<String, String> context,
        List<TestOutcome> tests, Map<String, Threshold> thresholds) {

    /** Copies the collections (keeping their order). */
    public ReadResult {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(measures, "measures");
        context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
        tests = List.copyOf(tests);
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    /** A result with measures only. */
    static ReadResult of(ResultFormat format, MeasureSet measures, Map<String, String> context) {
        return new ReadResult(format, measures, context, List.of(), Map.of());
    }
}
