package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;

/**
 * What {@code auto} does: looks at the content and names the format. JSON by its shape: an array
 * of objects with {@code benchmark} and {@code primaryMetric} is JMH, of objects with {@code name}
 * and {@code value}/{@code values} generic JSON; an object with {@code context} and a
 * {@code benchmarks} array is Google Benchmark, with a {@code results} array hyperfine, with
 * {@code idf.py size}'s keys idf-size, any other object LightwaveOS JSON. Text with a
 * {@code [Performance][} line is an ESP-IDF log, other text a LightwaveOS native log. JSON that
 * does not parse is reported as such (naming the line), not guessed at.
 */
final class FormatDetector {

    private FormatDetector() {
    }

    static ResultFormat detect(SourceText source, FormatLimits limits) {
        String text = source.text().stripLeading();
        if (text.isEmpty()) {
            throw FormatException.at(0, Reason.EMPTY, "the file is empty: nothing to read");
        }
        char first = text.charAt(0);
        if (first == '[' || first == '{') {
            return detectJson(JsonTree.parse(source, limits));
        }
        for (String line : source.lines()) {
            if (line.contains(EspIdfLogReader.MARKER)) {
                return ResultFormat.ESP_IDF_LOG;
            }
        }
        return ResultFormat.LWOS_NATIVE_LOG;
    }

    private static ResultFormat detectJson(JsonTree.Node root) {
        if (root instanceof JsonTree.Arr a) {
            if (a.items.isEmpty() || !(a.items.get(0) instanceof JsonTree.Obj o)) {
                throw unknown(root.line, "a JSON array that is empty or not of objects");
            }
            if (JmhReader.looksLike(o)) {
                return ResultFormat.JMH;
            }
            if (GenericJsonReader.looksLike(o)) {
                return ResultFormat.GENERIC_JSON;
            }
            throw unknown(o.line, "a JSON array whose first object has neither \"benchmark\" and \"primaryMetric\" (JMH) "
                    + "nor \"name\" and \"value\" (generic-json)");
        }
        JsonTree.Obj o = (JsonTree.Obj) root;
        if (GoogleBenchmarkReader.looksLike(o.fields)) {
            return ResultFormat.GOOGLE_BENCHMARK;
        }
        if (HyperfineReader.looksLike(o.fields)) {
            return ResultFormat.HYPERFINE;
        }
        if (IdfSizeReader.looksLike(o.fields)) {
            return ResultFormat.IDF_SIZE;
        }
        return ResultFormat.LWOS_JSON;
    }

    private static FormatException unknown(long line, String what) {
        return FormatException.at(line, Reason.UNKNOWN_FORMAT, "cannot tell the format of " + what
                + "; name it with --format (one of " + String.join(", ", ResultFormat.ids()) + ")");
    }
}
