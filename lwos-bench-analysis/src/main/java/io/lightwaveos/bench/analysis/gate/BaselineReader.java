package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.metric.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed baseline document against the format and builds the {@link Baseline}; every
 * problem is a {@link BaselineFormatException} naming the key as a dotted path.
 */
final class BaselineReader {

    private static final List<String> THRESHOLD_FIELDS = List.of("stat", "warning", "failure", "direction");

    private BaselineReader() {
    }

    static Baseline read(Map<String, ?> document) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        Map<String, Object> metadata = Map.of();
        for (Map.Entry<String, ?> e : document.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (key.equals(Baseline.THRESHOLDS)) {
                for (Map.Entry<String, ?> t : object(Baseline.THRESHOLDS, v).entrySet()) {
                    thresholds.put(t.getKey(), threshold(Baseline.THRESHOLDS + "." + t.getKey(), t.getValue()));
                }
            } else if (key.equals(Baseline.METADATA)) {
                metadata = new LinkedHashMap<>(object(Baseline.METADATA, v));
            } else if (!key.startsWith("_")) {
                if (!(v instanceof Number number)) {
                    throw new BaselineFormatException(key, Reason.WRONG_TYPE, "expected a number, found " + describe(v));
                }
                values.put(key, number.doubleValue());
            }
        }
        return new Baseline(values, thresholds, metadata);
    }

    private static Threshold threshold(String path, Object node) {
        Map<String, ?> fields = object(path, node);
        for (String f : fields.keySet()) {
            if (!THRESHOLD_FIELDS.contains(f)) {
                throw new BaselineFormatException(path + "." + f, Reason.UNKNOWN_FIELD,
                        "expected one of the fields " + String.join(", ", THRESHOLD_FIELDS) + ", found \"" + f + "\"");
            }
        }
        Statistic stat = Statistic.MEAN;
        if (fields.containsKey("stat")) {
            String text = string(path + ".stat", fields.get("stat"));
            try {
                stat = Statistic.parse(text);
            } catch (IllegalArgumentException ex) {
                throw new BaselineFormatException(path + ".stat", Reason.BAD_STATISTIC, ex.getMessage());
            }
        }
        Allowance warning = allowance(path + ".warning", fields, "warning", Allowance.DEFAULT_WARNING);
        Allowance failure = allowance(path + ".failure", fields, "failure", Allowance.DEFAULT_FAILURE);
        Direction direction = null;
        if (fields.containsKey("direction")) {
            String text = string(path + ".direction", fields.get("direction"));
            try {
                direction = Direction.fromJsonName(text);
            } catch (IllegalArgumentException ex) {
                throw new BaselineFormatException(path + ".direction", Reason.BAD_DIRECTION, ex.getMessage());
            }
        }
        return new Threshold(stat, warning, failure, direction);
    }

    /** An allowance string, or a bare JSON number meaning an absolute allowance. */
    private static Allowance allowance(String path, Map<String, ?> fields, String field, Allowance fallback) {
        if (!fields.containsKey(field)) {
            return fallback;
        }
        Object v = fields.get(field);
        try {
            if (v instanceof Number n) {
                return new Allowance(n.doubleValue(), false);
            }
            if (v instanceof String s) {
                return Allowance.parse(s);
            }
        } catch (IllegalArgumentException ex) {
            throw new BaselineFormatException(path, Reason.BAD_ALLOWANCE, ex.getMessage());
        }
        throw new BaselineFormatException(path, Reason.WRONG_TYPE,
                "expected an allowance like \"+5%\" or \"+12.5\", found " + describe(v));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> object(String path, Object v) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, ?>) m;
        }
        throw new BaselineFormatException(path, Reason.WRONG_TYPE, "expected an object, found " + describe(v));
    }

    private static String string(String path, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new BaselineFormatException(path, Reason.WRONG_TYPE, "expected a string, found " + describe(v));
    }

    /** A JSON-ish description of a parsed value for messages: {@code a string ("fast")}, {@code null}, {@code an array}. */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "a string (\"" + s + "\")";
        }
        if (v instanceof Number n) {
            return "a number (" + n + ")";
        }
        if (v instanceof Boolean b) {
            return "a boolean (" + b + ")";
        }
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "an array";
        }
        return "a " + v.getClass().getSimpleName();
    }
}
