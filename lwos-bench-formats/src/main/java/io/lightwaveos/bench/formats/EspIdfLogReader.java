package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ESP-IDF test log with {@code IDF_LOG_PERFORMANCE} lines, which print
 * {@code [Performance][NAME]: VALUE UNIT} ({@code [Performance][spi_per_trans_polling]: 18 us}),
 * possibly after a log prefix or inside colour codes. Each NAME is a measure of suite
 * {@code esp-idf}; one met on several lines has the values as repeats in log order (its unit must
 * not change). Lower is better, except for rates (a unit ending in {@code /s} or {@code ps}:
 * {@code MB/s}, {@code Mbps}), which are higher is better. A {@code [Performance]} line whose value
 * is not a finite number is refused. Unity result lines become {@link TestOutcome}s.
 */
final class EspIdfLogReader implements ResultReader {

    static final String SUITE = "esp-idf";
    static final String MARKER = "[Performance][";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final Pattern LINE = Pattern.compile("\\[Performance\\]\\[([^\\]]*)\\]:\\s*(\\S*)\\s*(.*?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        List<TestOutcome> tests = new ArrayList<>();
        Map<String, String> context = new LinkedHashMap<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            long lineNo = i + 1;
            String line = lines.get(i).indexOf('\u001B') >= 0 ? ANSI.matcher(lines.get(i)).replaceAll("") : lines.get(i);
            int at = line.indexOf(MARKER);
            if (at < 0) {
                NativeLogReader.readTest(line, lineNo, tests, context);
                continue;
            }
            Matcher m = LINE.matcher(line.substring(at));
            if (!m.matches()) {
                throw FormatException.at(lineNo, Reason.SHAPE, "expected [Performance][NAME]: VALUE UNIT, got \""
                        + Printable.truncate(line.substring(at), 80) + "\"");
            }
            String name = m.group(1);
            String text = m.group(2);
            if (!NUMBER.matcher(text).matches()) {
                throw FormatException.at(lineNo, Reason.VALUE, "[Performance][" + Printable.of(name)
                        + "]: expected a finite number, got \"" + Printable.truncate(text, 40) + "\"");
            }
            double value = Double.parseDouble(text);
            String unit = m.group(3);
            Checked.at(lineNo, "[Performance][" + Printable.of(name) + "]",
                    () -> measures.append(name, value, unit, direction(unit)));
        }
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(0, Reason.EMPTY, "found no measure: expected lines such as "
                    + "\"[Performance][spi_per_trans_polling]: 18 us\"");
        }
        return new ReadResult(ResultFormat.ESP_IDF_LOG, set, context, tests, Map.of());
    }

    /** Rates improve upwards; times, sizes and counts downwards. */
    static Direction direction(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.endsWith("/s") || u.endsWith("ps") || u.endsWith("/sec") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }
}
