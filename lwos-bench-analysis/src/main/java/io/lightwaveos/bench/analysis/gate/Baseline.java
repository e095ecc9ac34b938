package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.metric.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A baseline to gate runs against, in the firmware repository's format (SPEC §6):
 * <pre>{@code
 * {
 *   "avg_total_us": 160.0,
 *   "cpu_load_percent": 35.0,
 *   "_metadata": { "description": "any object, ignored" },
 *   "_thresholds": {
 *     "avg_total_us": { "stat": "p95", "warning": "+5%", "failure": "+10%", "direction": "lower_is_better" }
 *   }
 * }
 * }</pre>
 * Top-level numbers are baseline values (keys naming no metric are kept and reported as skipped).
 * {@code _thresholds} gives, per key, the statistic compared (default {@code mean}), the warning and
 * failure allowances (default +5% and +10%) and the direction (default: the registry's). Other
 * keys starting with an underscore are metadata; {@code _metadata} is kept for writing back.
 *
 * <p>This class works on the parsed document (maps, lists, strings, numbers, booleans, nulls as a
 * JSON library produces them), so the format is checked in one place whatever reads the JSON.
 *
 * @param values     baseline values by key, in file order
 * @param thresholds explicit thresholds by key (a subset of the keys of {@code values})
 * @param metadata   the {@code _metadata} object, empty when absent
 */
public record Baseline(Map<String, Double> values, Map<String, Threshold> thresholds, Map<String, Object> metadata) {

    /** The key holding the thresholds. */
    public static final String THRESHOLDS = "_thresholds";
    /** The key holding free-form metadata. */
    public static final String METADATA = "_metadata";

    /**
     * @throws BaselineFormatException if there is no value, a value is not finite, or a threshold
     *                                 names a key without a value
     */
    public Baseline {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(thresholds, "thresholds")));
        metadata = metadata == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        if (values.isEmpty()) {
            throw new BaselineFormatException("", Reason.EMPTY, "expected at least one baseline value (\"metric\": number), found none");
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (e.getValue() == null || !Double.isFinite(e.getValue())) {
                throw new BaselineFormatException(e.getKey(), Reason.WRONG_TYPE, "expected a finite number, found " + e.getValue());
            }
        }
        for (String key : thresholds.keySet()) {
            if (!values.containsKey(key)) {
                throw new BaselineFormatException(THRESHOLDS + "." + key, Reason.THRESHOLD_WITHOUT_BASELINE,
                        "expected a baseline value \"" + key + "\" at the top level for this threshold, found none");
            }
        }
    }

    /** The threshold for {@code key}: its explicit one, else {@link Threshold#DEFAULT}. */
    public Threshold thresholdFor(String key) {
        return thresholds.getOrDefault(key, Threshold.DEFAULT);
    }

    /**
     * A baseline from a run: for each metric with a value, in registry order, the value of
     * {@code stat} and a threshold with the given allowances and the registry's direction.
     *
     * @throws BaselineFormatException with reason EMPTY if no metric has a value
     */
    public static Baseline fromRun(Map<Metric, Summary> run, Statistic stat, Allowance warning, Allowance failure,
            Map<String, Object> metadata) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        for (Metric m : Metric.all()) {
            Summary s = run.get(m);
            Double v = s == null ? null : stat.valueIn(s);
            if (v != null) {
                values.put(m.id(), v);
                thresholds.put(m.id(), new Threshold(stat, warning, failure, m.direction()));
            }
        }
        return new Baseline(values, thresholds, metadata);
    }

    /** {@link #fromRun(Map, Statistic, Allowance, Allowance, Map)} with mean, +5%, +10% and no metadata. */
    public static Baseline fromRun(Map<Metric, Summary> run) {
        return fromRun(run, Statistic.MEAN, Allowance.DEFAULT_WARNING, Allowance.DEFAULT_FAILURE, Map.of());
    }

    /**
     * Reads a parsed baseline document.
     *
     * @param document the top-level JSON object as a map (numbers as {@link Number}, objects as maps)
     * @throws BaselineFormatException naming the key and the problem
     */
    public static Baseline fromDocument(Map<String, ?> document) {
        return BaselineReader.read(document);
    }

    /**
     * Parses baseline JSON text (the firmware repository's {@code test/baseline/*.json} files); no
     * JSON library and no store needed.
     *
     * @throws BaselineFormatException with reason SYNTAX for text that is not one JSON object
     *                                 (naming line and column), or naming the key at fault
     */
    public static Baseline parse(String json) {
        return fromDocument(BaselineJson.parseObject(json));
    }

    /**
     * Reads a baseline file (UTF-8).
     *
     * @throws IOException             if the file cannot be read
     * @throws BaselineFormatException if it is not a baseline file
     */
    public static Baseline read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * This baseline as a document for a JSON writer: the values, then {@code _metadata} (when not
     * empty), then {@code _thresholds} (when any), each threshold with all four fields.
     */
    public Map<String, Object> toDocument() {
        Map<String, Object> doc = new LinkedHashMap<>(values);
        if (!metadata.isEmpty()) {
            doc.put(METADATA, metadata);
        }
        if (!thresholds.isEmpty()) {
            Map<String, Object> all = new LinkedHashMap<>();
            thresholds.forEach((key, t) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("stat", t.stat().name());
                one.put("warning", t.warning().text());
                one.put("failure", t.failure().text());
                if (t.direction() != null) {
                    one.put("direction", t.direction().jsonName());
                }
                all.put(key, one);
            });
            doc.put(THRESHOLDS, all);
        }
        return doc;
    }
}
