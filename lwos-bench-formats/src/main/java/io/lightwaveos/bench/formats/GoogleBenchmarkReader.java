package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Google Benchmark's JSON ({@code --benchmark_format=json} or {@code --benchmark_out}): a
 * {@code context} object and a {@code benchmarks} array. Each run ({@code run_name}, or
 * {@code name} in files older than {@code run_name}) gives two measures of suite
 * {@code google-benchmark}: {@code NAME} from {@code real_time} and {@code NAME:cpu_time}, in
 * {@code time_unit} ({@code ns} when absent), lower is better; {@code bytes_per_second} and
 * {@code items_per_second} counters give {@code NAME:bytes_per_second} and
 * {@code NAME:items_per_second}, higher is better.
 *
 * <p>Repetitions ({@code --benchmark_repetitions=N}) are the repeats: every row with
 * {@code run_type} {@code iteration} (older files: a name without an aggregate suffix) adds one.
 * Aggregate rows ({@code _mean}, {@code _median}, {@code _stddev}, {@code _cv}, {@code BigO},
 * {@code RMS}) are statistics of those repeats, not repeats: they are left out, except that a
 * run reported by aggregates only ({@code --benchmark_report_aggregates_only}) takes its
 * {@code mean} as its one value, with a note in the context. A row with {@code error_occurred}
 * gives no measure (absent, never 0); its message goes into the context. The {@code context}'s
 * scalar fields become {@code google-benchmark.*} hints.
 */
final class GoogleBenchmarkReader implements ResultReader {

    static final String SUITE = "google-benchmark";
    private static final Pattern AGGREGATE_SUFFIX = Pattern.compile(".*_(mean|median|stddev|cv|BigO|RMS)$");

    /** A run's repeats and, if it has no repeats, its mean row. */
    private static final class Run {
        final List<JsonTree.Obj> iterations = new ArrayList<>();
        JsonTree.Obj mean;
    }

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Obj root = JsonTree.parse(source, limits).asObject("Google Benchmark's object with \"context\" and \"benchmarks\"");
        Map<String, String> context = new LinkedHashMap<>();
        root.get("context").ifPresent(c -> c.asObject("the context object").fields.forEach((k, v) -> {
            if (!(v instanceof JsonTree.Obj) && !(v instanceof JsonTree.Arr)) {
                ContextText.flatten(SUITE + "." + k, v, context);
            }
        }));
        JsonTree.Arr rows = root.require("benchmarks", "the array of results").asArray("the array of results");
        Map<String, Run> runs = new LinkedHashMap<>();
        for (JsonTree.Node node : rows.items) {
            JsonTree.Obj row = node.asObject("a benchmark result object");
            String name = row.require("name", "the benchmark's name").asText("the name as a string");
            String runName = row.get("run_name").map(n -> n.asText("the run name as a string")).orElse(null);
            String runType = row.get("run_type").map(n -> n.asText("iteration or aggregate")).orElse(null);
            boolean aggregate = runType != null ? runType.equals("aggregate") : AGGREGATE_SUFFIX.matcher(name).matches();
            String aggregateName = row.get("aggregate_name").map(n -> n.asText("the aggregate's name")).orElse(null);
            if (runName == null) {
                runName = aggregate ? name.substring(0, name.lastIndexOf('_')) : name;
                if (aggregateName == null && aggregate) {
                    aggregateName = name.substring(name.lastIndexOf('_') + 1);
                }
            }
            if (row.get("error_occurred").map(n -> n instanceof JsonTree.Bool b && b.value).orElse(false)) {
                context.put(SUITE + ".error." + runName, row.get("error_message")
                        .map(n -> n.asText("the error message as a string")).orElse("error_occurred"));
                continue;
            }
            Run run = runs.computeIfAbsent(runName, k -> new Run());
            if (!aggregate) {
                run.iterations.add(row);
            } else if ("mean".equals(aggregateName)) {
                run.mean = row;
            }
        }
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        runs.forEach((name, run) -> {
            List<JsonTree.Obj> used = run.iterations;
            if (used.isEmpty()) {
                if (run.mean == null) {
                    return;
                }
                used = List.of(run.mean);
                context.put(SUITE + ".note." + name, "aggregates only: the mean of "
                        + run.mean.get("repetitions").map(n -> ((JsonTree.Num) n).text).orElse("its") + " repetitions as one value");
            }
            for (JsonTree.Obj row : used) {
                String unit = row.get("time_unit").map(n -> n.asText("the time unit as a string")).orElse("ns");
                double real = row.require("real_time", "the wall-clock time").asNumber("the real time as a number");
                double cpu = row.require("cpu_time", "the CPU time").asNumber("the CPU time as a number");
                Checked.at(row, () -> measures.append(name, real, unit, Direction.LOWER_IS_BETTER));
                Checked.at(row, () -> measures.append(name + ":cpu_time", cpu, unit, Direction.LOWER_IS_BETTER));
                for (String counter : new String[] {"bytes_per_second", "items_per_second"}) {
                    JsonTree.Node c = row.get(counter).orElse(null);
                    if (c != null) {
                        double v = c.asNumber("a rate as a number");
                        String cunit = counter.equals("bytes_per_second") ? "B/s" : "items/s";
                        Checked.at(c, () -> measures.append(name + ":" + counter, v, cunit, Direction.HIGHER_IS_BETTER));
                    }
                }
            }
        });
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(rows.line, Reason.EMPTY, "found no benchmark result with a time");
        }
        return ReadResult.of(ResultFormat.GOOGLE_BENCHMARK, set, context);
    }

    static boolean looksLike(Map<String, JsonTree.Node> fields) {
        return fields.get("benchmarks") instanceof JsonTree.Arr && fields.get("context") instanceof JsonTree.Obj;
    }
}
