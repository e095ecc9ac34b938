package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LightwaveOS native benchmark log (PlatformIO/Unity output). Two kinds of lines carry
 * measures:
 * <ul>
 * <li>the summary {@code AudioPipelineBenchmark::formatResults} prints, anchored and exact:
 * {@code SNR (dB): 45.2 avg [..] PASS}, {@code False Triggers: 3 PASS},
 * {@code Dynamic Range: 0.62 PASS}, {@code Latency: 8.4 ms PASS}, {@code CPU Load: 34.8% PASS};
 * {@code === Benchmark Results: NAME ===} and {@code OVERALL: PASS} become context;</li>
 * <li>the lines {@code parse_benchmark_serial.py} searches for (anywhere in a line, any case):
 * {@code SNR: 45.2 dB}, {@code False Trigger Rate: 2.3%}, {@code CPU Load: 34.8%},
 * {@code Latency: 8.4 ms}, {@code Memory Usage: 127.5 KB}, {@code Sample Rate: 44100 Hz},
 * {@code Buffer Size: 512}, and its alternatives ({@code Signal-to-Noise Ratio:},
 * {@code False Positives:}, {@code CPU Usage:}, {@code Processing Latency:}).</li>
 * </ul>
 * A measure the summary gives is taken from the summary; the others from the loose lines. A
 * measure met on several lines of its kind has the values as repeats in log order; a measure not
 * in the log is absent (never 0, which is what the Python parser reports). A number that is
 * {@code nan} or {@code inf} is refused. Unity's result lines become {@link TestOutcome}s.
 */
final class NativeLogReader implements ResultReader {

    private static final String NUM = "([-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?(?i:nan|inf(?:inity)?))";
    private static final String VERDICT = "\\s+(PASS|FAIL)\\s*$";

    /** formatResults' lines, anchored: each gives its measure and its own PASS/FAIL. */
    private static final Map<NativeMeasure, Pattern> SUMMARY = new EnumMap<>(Map.of(
            NativeMeasure.SNR_DB, Pattern.compile("^\\s*SNR \\(dB\\):\\s*" + NUM + " avg \\[([^\\]]*)\\]" + VERDICT),
            NativeMeasure.FALSE_TRIGGERS, Pattern.compile("^\\s*False Triggers:\\s*" + NUM + VERDICT),
            NativeMeasure.DYNAMIC_RANGE, Pattern.compile("^\\s*Dynamic Range:\\s*" + NUM + VERDICT),
            NativeMeasure.LATENCY_MS, Pattern.compile("^\\s*Latency:\\s*" + NUM + "\\s*ms" + VERDICT),
            NativeMeasure.CPU_LOAD_PERCENT, Pattern.compile("^\\s*CPU Load:\\s*" + NUM + "%" + VERDICT)));
    private static final Pattern HEADER = Pattern.compile("^\\s*=== Benchmark Results: (.*) ===\\s*$");
    private static final Pattern OVERALL = Pattern.compile("^\\s*OVERALL:\\s*(PASS|FAIL)\\s*$");

    /** parse_benchmark_serial.py's PATTERNS then ALT_PATTERNS, in its order: the first that matches a line wins. */
    private static final List<Map.Entry<NativeMeasure, Pattern>> LOOSE = List.of(
            loose(NativeMeasure.SNR_DB, "SNR:\\s*" + NUM + "\\s*dB"),
            loose(NativeMeasure.FALSE_TRIGGER_RATE, "False\\s+Trigger\\s+Rate:\\s*" + NUM + "%"),
            loose(NativeMeasure.CPU_LOAD_PERCENT, "CPU\\s+Load:\\s*" + NUM + "%"),
            loose(NativeMeasure.LATENCY_MS, "Latency:\\s*" + NUM + "\\s*ms"),
            loose(NativeMeasure.MEMORY_USAGE_KB, "Memory\\s+Usage:\\s*" + NUM + "\\s*KB"),
            loose(NativeMeasure.SAMPLE_RATE_HZ, "Sample\\s+Rate:\\s*(\\d+)\\s*Hz"),
            loose(NativeMeasure.BUFFER_SIZE, "Buffer\\s+Size:\\s*(\\d+)"),
            loose(NativeMeasure.SNR_DB, "Signal-to-Noise\\s+Ratio:\\s*" + NUM),
            loose(NativeMeasure.FALSE_TRIGGER_RATE, "False\\s+Positives:\\s*" + NUM + "%?"),
            loose(NativeMeasure.CPU_LOAD_PERCENT, "CPU\\s+Usage:\\s*" + NUM + "%?"),
            loose(NativeMeasure.LATENCY_MS, "Processing\\s+Latency:\\s*" + NUM));

    /** Unity's own result line: {@code file:line:test:PASS}, {@code file:line:test:FAIL: message}. */
    private static final Pattern UNITY = Pattern.compile("^(.+?):(\\d+):([^:]+):(PASS|FAIL|IGNORE)(?::\\s?(.*))?$");
    /** PlatformIO's rendering: {@code file:line: test [PASSED]}, {@code file:line: test: message [FAILED]}. */
    private static final Pattern PIO = Pattern.compile(
            "^(.+?):(\\d+):\\s*(\\w+)(?::\\s*(.*?))?\\s+\\[(PASSED|FAILED|IGNORED|SKIPPED)\\]\\s*$");
    private static final Pattern UNITY_SUMMARY = Pattern.compile("^\\s*(\\d+) Tests (\\d+) Failures (\\d+) Ignored\\s*$");

    private static Map.Entry<NativeMeasure, Pattern> loose(NativeMeasure m, String regex) {
        return Map.entry(m, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        Map<NativeMeasure, List<double[]>> summary = new EnumMap<>(NativeMeasure.class);
        Map<NativeMeasure, List<double[]>> looseValues = new EnumMap<>(NativeMeasure.class);
        Map<String, String> context = new LinkedHashMap<>();
        List<TestOutcome> tests = new ArrayList<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            long lineNo = i + 1;
            if (readSummary(line, lineNo, summary, context) || readTest(line, lineNo, tests, context)) {
                continue;
            }
            for (Map.Entry<NativeMeasure, Pattern> e : LOOSE) {
                Matcher m = e.getValue().matcher(line);
                if (m.find()) {
                    add(looseValues, e.getKey(), number(m.group(1), e.getKey(), lineNo), lineNo);
                    break;
                }
            }
        }
        MeasureSet.Builder measures = MeasureSet.builder(NativeMeasure.SUITE);
        for (NativeMeasure m : NativeMeasure.values()) {
            List<double[]> values = summary.containsKey(m) ? summary.get(m) : looseValues.get(m);
            if (values == null) {
                continue;
            }
            for (double[] v : values) {
                Checked.at((long) v[1], m.id, () -> measures.append(m.id, v[0], m.unit, m.direction));
            }
        }
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(0, Reason.EMPTY, "found no benchmark measure: expected lines such as "
                    + "\"Latency: 8.4 ms PASS\" (formatResults) or \"Latency: 8.4 ms\" (the tools README)");
        }
        return new ReadResult(ResultFormat.LWOS_NATIVE_LOG, set, context, tests, Map.of());
    }

    private static boolean readSummary(String line, long lineNo, Map<NativeMeasure, List<double[]>> summary,
            Map<String, String> context) {
        for (Map.Entry<NativeMeasure, Pattern> e : SUMMARY.entrySet()) {
            Matcher m = e.getValue().matcher(line);
            if (m.matches()) {
                NativeMeasure measure = e.getKey();
                double value = number(m.group(1), measure, lineNo);
                if (measure == NativeMeasure.FALSE_TRIGGERS && (value < 0 || value != Math.rint(value))) {
                    throw FormatException.at(lineNo, Reason.VALUE, "false_triggers: expected a count, got " + m.group(1));
                }
                add(summary, measure, value, lineNo);
                context.put("native.verdict." + measure.id, m.group(m.groupCount()));
                if (measure == NativeMeasure.SNR_DB) {
                    context.put("native.snr_bands_db", m.group(2).strip());
                }
                return true;
            }
        }
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            context.put("native.preset", header.group(1).strip());
            return true;
        }
        Matcher overall = OVERALL.matcher(line);
        if (overall.matches()) {
            context.put("native.overall", overall.group(1));
            return true;
        }
        return false;
    }

    static boolean readTest(String line, long lineNo, List<TestOutcome> tests, Map<String, String> context) {
        Matcher unity = UNITY.matcher(line);
        if (unity.matches()) {
            tests.add(new TestOutcome(unity.group(3), TestOutcome.Status.valueOf(unity.group(4)),
                    blankToNull(unity.group(5)), lineNo));
            return true;
        }
        Matcher pio = PIO.matcher(line);
        if (pio.matches()) {
            String status = pio.group(5);
            TestOutcome.Status s = status.equals("PASSED") ? TestOutcome.Status.PASS
                    : status.equals("FAILED") ? TestOutcome.Status.FAIL : TestOutcome.Status.IGNORE;
            tests.add(new TestOutcome(pio.group(3), s, blankToNull(pio.group(4)), lineNo));
            return true;
        }
        Matcher sum = UNITY_SUMMARY.matcher(line);
        if (sum.matches()) {
            context.put("unity.tests", sum.group(1));
            context.put("unity.failures", sum.group(2));
            context.put("unity.ignored", sum.group(3));
            return true;
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static double number(String text, NativeMeasure m, long lineNo) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw FormatException.at(lineNo, Reason.VALUE, m.id + ": expected a finite number, got \""
                    + Printable.of(text) + "\"");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw FormatException.at(lineNo, Reason.VALUE, m.id + ": expected a finite number, got " + text);
        }
        return v;
    }

    private static void add(Map<NativeMeasure, List<double[]>> values, NativeMeasure m, double v, long lineNo) {
        values.computeIfAbsent(m, k -> new ArrayList<>()).add(new double[] {v, lineNo});
    }
}
