package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The LightwaveOS results JSON ({@code parse_benchmark_serial.py}'s output) and baseline JSON
 * ({@code benchmark_baseline.json}): one object whose keys are measures with numbers, in file
 * order, plus keys starting with {@code _}: {@code _thresholds} become declared
 * {@link Threshold}s ({@code warning}/{@code failure} signed percent strings, {@code direction}),
 * {@code _metadata} (and any other {@code _} key) becomes context. A known native measure keeps
 * its unit and direction ({@code snr_db} dB, higher is better); another key takes its direction
 * from its threshold, else lower is better, with a {@code note.NAME} in the context. A measure
 * key whose value is not a number is refused (the Python tool would skip it silently), and so is a
 * threshold field other than {@code warning}, {@code failure} and {@code direction} (a typo, or the
 * {@code stat} of an lwos-bench baseline file).
 */
final class LwosJsonReader implements ResultReader {

    /** The fields of a {@code _thresholds} entry, all required. */
    private static final List<String> THRESHOLD_FIELDS = List.of("warning", "failure", "direction");

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Obj root = JsonTree.parse(source, limits)
                .asObject("a LightwaveOS results or baseline object such as {\"latency_ms\": 8.4}");
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        Map<String, String> context = new LinkedHashMap<>();
        root.get("_thresholds").ifPresent(t -> readThresholds(t, thresholds));
        MeasureSet.Builder measures = MeasureSet.builder(NativeMeasure.SUITE);
        root.fields.forEach((key, node) -> {
            if (key.startsWith("_")) {
                if (!key.equals("_thresholds")) {
                    ContextText.flatten(key.substring(1), node, context);
                }
                return;
            }
            double value = node.asNumber("a number");
            NativeMeasure known = NativeMeasure.byId(key).orElse(null);
            Threshold declared = thresholds.get(key);
            String unit = known != null ? known.unit : "";
            Direction direction = declared != null ? declared.direction()
                    : known != null ? known.direction : Direction.LOWER_IS_BETTER;
            if (known == null && declared == null) {
                context.put("note." + key, "not a LightwaveOS native measure and no threshold: no unit, lower is better assumed");
            }
            Checked.at(node, () -> measures.record(key, value, unit, direction));
        });
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(root.line, Reason.EMPTY, "found no measure: expected keys with numbers such as \"latency_ms\": 8.4");
        }
        return new ReadResult(ResultFormat.LWOS_JSON, set, context, List.of(), thresholds);
    }

    private static void readThresholds(JsonTree.Node node, Map<String, Threshold> out) {
        JsonTree.Obj all = node.asObject("an object of thresholds by measure name");
        all.fields.forEach((name, t) -> {
            JsonTree.Obj o = t.asObject("{\"warning\": \"+20%\", \"failure\": \"+40%\", \"direction\": \"lower_is_better\"}");
            for (Map.Entry<String, JsonTree.Node> f : o.fields.entrySet()) {
                if (!THRESHOLD_FIELDS.contains(f.getKey())) {
                    // A typo would otherwise drop a bound silently; "stat" marks an lwos-bench baseline, not this format.
                    throw f.getValue().problem(Reason.SHAPE, "expected only the fields " + String.join(", ", THRESHOLD_FIELDS)
                            + ", found \"" + Printable.of(f.getKey()) + "\"");
                }
            }
            String warning = o.require("warning", "a signed percent such as \"+20%\"").asText("a signed percent such as \"+20%\"");
            String failure = o.require("failure", "a signed percent such as \"+40%\"").asText("a signed percent such as \"+40%\"");
            String direction = o.require("direction", "higher_is_better or lower_is_better")
                    .asText("higher_is_better or lower_is_better");
            Checked.at(o, () -> out.put(name, Threshold.parse(warning, failure, direction)));
        });
    }
}
