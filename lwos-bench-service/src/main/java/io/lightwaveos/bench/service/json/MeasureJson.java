package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A measure as every JSON document writes it (SPEC §15 "JSON"): {@code {"name", "suite", "unit",
 * "direction", "values": [..]}}, {@code direction} {@code lower_is_better}, {@code higher_is_better}
 * or null for a measure that is reported and never gated, {@code values} every value in measured
 * order (one, or the repeats), each written so that reading it back gives the same double.
 * {@code show} adds {@code "summary"}: the descriptive statistics of the values (SPEC §6 summary).
 * The export document ({@code lwos-bench/export/v3}) carries the same objects without summary, and
 * {@link #read} reads them back.
 */
public final class MeasureJson {

    private static final Set<String> FIELDS = Set.of("name", "suite", "unit", "direction", "values");

    private MeasureJson() {
    }

    /** {@code {"name", "suite", "unit", "direction", "values"}}. */
    public static ObjectNode toJson(Measure m) {
        ObjectNode node = Json.object();
        node.put("name", m.name());
        node.put("suite", m.suite());
        node.put("unit", m.unit());
        Json.putString(node, "direction", m.direction().map(Direction::jsonName).orElse(null));
        ArrayNode values = node.putArray("values");
        for (int i = 0; i < m.count(); i++) {
            values.add(m.value(i));
        }
        return node;
    }

    /** {@link #toJson(Measure)} with {@code "summary"}: the statistics of its values. */
    public static ObjectNode toJson(Measure m, Summary summary) {
        ObjectNode node = toJson(m);
        node.set("summary", SummaryJson.toJson(summary));
        return node;
    }

    /** The {@code measures} array of {@code show}: one object per measure with its summary, in order. */
    public static ArrayNode toJson(Map<Measure, Summary> measures) {
        ArrayNode list = Json.array();
        measures.forEach((m, s) -> list.add(toJson(m, s)));
        return list;
    }

    /**
     * The measure {@link #toJson(Measure)} wrote. Every field is required and checked
     * (a {@code summary} is ignored, the values are what counts); another field is refused.
     *
     * @param node the object
     * @param path where it is, for messages ({@code measures[3]})
     * @throws IllegalArgumentException naming the path and the field, saying what was expected and found
     */
    public static Measure read(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": expected a measure object, got " + kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field) && !field.equals("summary")) {
                throw new IllegalArgumentException(path + ": unknown field \"" + Printable.truncate(field, 40)
                        + "\"; a measure has " + String.join(", ", "name", "suite", "unit", "direction", "values"));
            }
        }
        String name = text(node, "name", path, false);
        String suite = text(node, "suite", path, false);
        String unit = text(node, "unit", path, false);
        String direction = text(node, "direction", path, true);
        JsonNode values = node.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw new IllegalArgumentException(path + ".values: expected an array of at least one number, got "
                    + (values == null ? "none" : values.isArray() ? "an empty array" : kind(values)));
        }
        double[] v = new double[values.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode n = values.get(i);
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw new IllegalArgumentException(path + ".values[" + i + "]: expected a finite number, got "
                        + kind(n));
            }
            v[i] = n.doubleValue();
        }
        Direction d;
        try {
            d = direction == null ? null : Direction.fromJsonName(direction);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ".direction: " + Printable.of(e.getMessage()) + " or null");
        }
        try {
            return Measure.of(suite, name, unit, d, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, String path, boolean nullable) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (nullable && v != null) {
                return null;
            }
            throw new IllegalArgumentException(path + "." + field + ": expected a string"
                    + (nullable ? " or null" : "") + ", got none");
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path + "." + field + ": expected a string, got " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string (\"" + Printable.truncate(v.asText(), 40) + "\")";
            case NUMBER -> "a number (" + v.asText() + ")";
            case BOOLEAN -> "a boolean (" + v.asText() + ")";
            default -> "null";
        };
    }
}
