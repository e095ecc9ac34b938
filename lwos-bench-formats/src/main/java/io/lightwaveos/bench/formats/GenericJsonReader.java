package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A generic JSON list, the shape github-action-benchmark's {@code customSmallerIsBetter} and
 * {@code customBiggerIsBetter} tools read: {@code [{"name": "latency", "unit": "ms", "value": 8.4},
 * ...]}, with {@code "values": [...]} for repeats instead of {@code value}, and an optional
 * {@code direction}: {@code lower}, {@code smaller}, {@code lower_is_better},
 * {@code smaller_is_better}, {@code smallerIsBetter} (and the {@code higher}/{@code bigger}
 * equivalents), or {@code none} for a value reported and never gated. Without {@code direction}
 * lower is better, with a note in the context. Other keys ({@code range}, {@code extra}) are
 * ignored. Suite {@code generic}.
 */
final class GenericJsonReader implements ResultReader {

    static final String SUITE = "generic";

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Arr root = JsonTree.parse(source, limits)
                .asArray("a list of {\"name\", \"unit\", \"value\" | \"values\", \"direction\"} objects");
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        Map<String, String> context = new LinkedHashMap<>();
        for (JsonTree.Node node : root.items) {
            JsonTree.Obj o = node.asObject("a {\"name\", \"unit\", \"value\"} object");
            String name = o.require("name", "the measure's name").asText("the name as a string");
            String unit = o.get("unit").map(n -> n.asText("the unit as a string")).orElse("");
            JsonTree.Node one = o.get("value").orElse(null);
            JsonTree.Node many = o.get("values").orElse(null);
            if ((one == null) == (many == null)) {
                throw o.problem(Reason.SHAPE, "expected either \"value\" (a number) or \"values\" (an array of numbers), got "
                        + (one == null ? "neither" : "both"));
            }
            double[] values;
            if (one != null) {
                values = new double[] {one.asNumber("a number")};
            } else {
                JsonTree.Arr a = many.asArray("an array of numbers");
                if (a.items.isEmpty()) {
                    throw a.problem(Reason.SHAPE, "expected at least one value, got an empty array");
                }
                values = new double[a.items.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = a.items.get(i).asNumber("a number");
                }
            }
            Direction direction = Direction.LOWER_IS_BETTER;
            JsonTree.Node d = o.get("direction").orElse(null);
            if (d == null) {
                context.put("note." + name, "no direction given: lower is better assumed");
            } else {
                direction = direction(d);
            }
            Direction dir = direction;
            Checked.at(o, () -> measures.record(name, values, unit, dir));
        }
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(root.line, Reason.EMPTY, "found no measure: the list is empty");
        }
        return ReadResult.of(ResultFormat.GENERIC_JSON, set, context);
    }

    /** The direction a file writes, or null for {@code none}. */
    private static Direction direction(JsonTree.Node node) {
        String text = node.asText("a direction such as \"lower\" or \"higher\"");
        String key = text.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return switch (key) {
            case "lower", "smaller", "lowerisbetter", "smallerisbetter" -> Direction.LOWER_IS_BETTER;
            case "higher", "bigger", "higherisbetter", "biggerisbetter" -> Direction.HIGHER_IS_BETTER;
            case "none" -> null;
            default -> throw node.problem(Reason.VALUE, "expected a direction: lower, higher (or smaller_is_better, "
                    + "bigger_is_better, ...) or none, got \"" + Printable.truncate(text, 40) + "\"");
        };
    }

    static boolean looksLike(JsonTree.Obj first) {
        return first.fields.containsKey("name") && (first.fields.containsKey("value") || first.fields.containsKey("values"));
    }
}
