package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * JMH's JSON result ({@code -rf json}): an array of benchmark objects. Each gives a measure of
 * suite {@code jmh} named as JMH names it, {@code benchmark} plus its {@code params}
 * ({@code io.x.FrameDecodeBenchmark.decode(size=64)}), with {@code primaryMetric.scoreUnit} as
 * unit and every iteration of every fork in {@code primaryMetric.rawData} as repeats (fork by
 * fork); without {@code rawData} (sample mode writes a histogram instead) the {@code score} is the
 * one value. Throughput ({@code mode} {@code thrpt}) is higher is better, the time modes lower.
 * Secondary metrics ({@code gc.alloc.rate.norm} with {@code -prof gc}) are measures named
 * {@code NAME:METRIC}, lower is better. A benchmark run in several modes gets {@code [mode]}
 * after its name. The first entry's JMH and JVM versions become context.
 */
final class JmhReader implements ResultReader {

    static final String SUITE = "jmh";

    private record Entry(String name, String mode, JsonTree.Obj node) {
    }

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Arr root = JsonTree.parse(source, limits).asArray("an array of JMH benchmark results");
        List<Entry> entries = new ArrayList<>();
        Map<String, List<String>> modesSeen = new HashMap<>();
        for (JsonTree.Node item : root.items) {
            JsonTree.Obj o = item.asObject("a JMH benchmark result object");
            String benchmark = o.require("benchmark", "the benchmark's name").asText("the benchmark's name as a string");
            String mode = o.require("mode", "thrpt, avgt, sample or ss").asText("the mode as a string");
            String name = benchmark + params(o);
            List<String> modes = modesSeen.computeIfAbsent(name, k -> new ArrayList<>());
            if (modes.contains(mode)) {
                throw o.problem(Reason.SHAPE, "the benchmark " + Printable.of(name) + " in mode " + Printable.of(mode) + " appears twice");
            }
            modes.add(mode);
            entries.add(new Entry(name, mode, o));
        }
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        for (Entry e : entries) {
            String name = modesSeen.get(e.name).size() > 1 ? e.name + " [" + e.mode + "]" : e.name;
            Direction direction = e.mode.equals("thrpt") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            JsonTree.Obj primary = e.node.require("primaryMetric", "the score").asObject("the primaryMetric object");
            add(measures, name, primary, direction);
            e.node.get("secondaryMetrics").ifPresent(s -> s.asObject("an object of secondary metrics").fields.forEach((k, m) ->
                    add(measures, name + ":" + k, m.asObject("a secondary metric object"), Direction.LOWER_IS_BETTER)));
        }
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(root.line, Reason.EMPTY, "found no benchmark: the array is empty");
        }
        Map<String, String> context = new LinkedHashMap<>();
        JsonTree.Obj first = entries.get(0).node;
        for (String[] k : new String[][] {{"jmhVersion", "jmh.version"}, {"jdkVersion", "jmh.jdk_version"},
                {"vmName", "jmh.vm_name"}, {"vmVersion", "jmh.vm_version"}, {"jvm", "jmh.jvm"}}) {
            first.get(k[0]).filter(n -> n instanceof JsonTree.Str).ifPresent(n -> context.put(k[1], ((JsonTree.Str) n).value));
        }
        return ReadResult.of(ResultFormat.JMH, set, context);
    }

    private static void add(MeasureSet.Builder measures, String name, JsonTree.Obj metric, Direction direction) {
        String unit = metric.require("scoreUnit", "the unit").asText("the unit as a string");
        JsonTree.Node raw = metric.get("rawData").orElse(null);
        List<Double> repeats = new ArrayList<>();
        if (raw != null) {
            for (JsonTree.Node fork : raw.asArray("an array of forks, each an array of iteration values").items) {
                for (JsonTree.Node v : fork.asArray("an array of iteration values").items) {
                    repeats.add(v.asNumber("an iteration's value"));
                }
            }
        }
        double[] values = repeats.isEmpty()
                ? new double[] {metric.require("score", "the score").asNumber("the score as a number")}
                : repeats.stream().mapToDouble(Double::doubleValue).toArray();
        Checked.at(metric, () -> measures.record(name, values, unit, direction));
    }

    /** {@code (size=64,kind=a)} in the file's order, or nothing without params. */
    private static String params(JsonTree.Obj o) {
        JsonTree.Node p = o.get("params").orElse(null);
        if (p == null) {
            return "";
        }
        StringJoiner j = new StringJoiner(",", "(", ")");
        p.asObject("an object of parameter values").fields.forEach((k, v) -> j.add(k + "=" + v.asText("a parameter value as a string")));
        return j.length() == 2 ? "" : j.toString();
    }

    static boolean looksLike(JsonTree.Obj first) {
        return first.fields.containsKey("benchmark") && first.fields.containsKey("primaryMetric");
    }
}
