package io.lightwaveos.bench.service;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.text.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a name given where a metric is asked for ({@code compare --metric}, {@code history},
 * {@code check --metric}) stands for: a frame metric of the registry or a measure (SPEC §14). A
 * name that is both (or a measure of several suites) is never resolved silently: it must be
 * written {@code suite:name}, the frame metric {@code frame:name}.
 *
 * @param metric  the frame metric, or null
 * @param measure the measure, {@code suite:name} (always with its suite), or null
 */
public record MetricOrMeasure(Metric metric, MeasureRef measure) {

    /** The prefix that names a frame metric explicitly: {@code frame:cpu_load_percent}. */
    public static final String FRAME = "frame";

    /** Exactly one of the two. */
    public MetricOrMeasure {
        if ((metric == null) == (measure == null)) {
            throw new IllegalArgumentException("a metric or a measure, one of them");
        }
        if (measure != null && measure.suite() == null) {
            throw new IllegalArgumentException("a measure is named with its suite, got " + measure);
        }
    }

    /** The frame metric {@code metric}. */
    public static MetricOrMeasure of(Metric metric) {
        return new MetricOrMeasure(metric, null);
    }

    /** The measure {@code ref} ({@code suite:name}). */
    public static MetricOrMeasure of(MeasureRef ref) {
        return new MetricOrMeasure(null, ref);
    }

    /** Whether it is a measure. */
    public boolean isMeasure() {
        return measure != null;
    }

    /** The metric id or {@code suite:name}. */
    public String id() {
        return measure != null ? measure.toString() : metric.id();
    }

    /**
     * Resolves {@code text} against the frame metrics and the measures {@code known} (those of the
     * runs involved): {@code frame:NAME} is the frame metric; {@code suite:name} the measure; a bare
     * name the one frame metric or measure of that name.
     *
     * @throws IllegalArgumentException when the name is ambiguous (listing the references to choose
     *                                  from) or names nothing (listing what there is)
     */
    public static MetricOrMeasure resolve(String text, Collection<Measure> known) {
        if (text.startsWith(FRAME + ":")) {
            String id = text.substring(FRAME.length() + 1);
            return of(Metric.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown frame metric \""
                    + Printable.of(id) + "\"; known metrics: " + String.join(", ", Metric.ids()))));
        }
        MeasureRef ref;
        try {
            ref = MeasureRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + Printable.of(text) + "\" names no metric or measure: " + e.getMessage());
        }
        TreeSet<String> suites = new TreeSet<>();
        for (Measure m : known) {
            if (ref.matches(m)) {
                suites.add(m.suite());
            }
        }
        Optional<Metric> metric = ref.suite() == null ? Metric.byId(ref.name()) : Optional.empty();
        List<String> choices = new ArrayList<>();
        metric.ifPresent(m -> choices.add(FRAME + ":" + m.id() + " (frame metric)"));
        suites.forEach(s -> choices.add(new MeasureRef(s, ref.name()).toString()));
        if (choices.size() > 1) {
            throw new IllegalArgumentException("\"" + Printable.of(text) + "\" is ambiguous: it names "
                    + (metric.isPresent() ? "a frame metric and " : "") + "a measure of "
                    + (suites.size() == 1 ? "suite " + suites.first() : suites.size() + " suites")
                    + "; name one of " + String.join(", ", choices));
        }
        if (metric.isPresent()) {
            return of(metric.get());
        }
        if (!suites.isEmpty()) {
            return of(new MeasureRef(suites.first(), ref.name()));
        }
        TreeSet<String> measures = new TreeSet<>();
        known.forEach(m -> measures.add(m.ref().toString()));
        java.util.Map<String, String> shown = new java.util.LinkedHashMap<>();
        for (String id : Metric.ids()) {
            shown.put(id, id);
        }
        for (Measure m : known) {
            shown.putIfAbsent(m.name(), m.ref().toString()); // a typo of the bare name suggests suite:name
            shown.putIfAbsent(m.ref().toString(), m.ref().toString());
        }
        String lead = Suggestions.closest(text, shown.keySet()).map(c -> "; did you mean \"" + shown.get(c) + "\"? Known")
                .orElse("; known");
        throw new IllegalArgumentException("unknown metric \"" + Printable.of(text) + "\"" + lead + " metrics: "
                + String.join(", ", Metric.ids()) + (measures.isEmpty() ? "" : "; measures of these runs: "
                + String.join(", ", measures.size() > 20 ? new ArrayList<>(measures).subList(0, 20) : measures)
                + (measures.size() > 20 ? ", … (" + measures.size() + ")" : "")));
    }
}
