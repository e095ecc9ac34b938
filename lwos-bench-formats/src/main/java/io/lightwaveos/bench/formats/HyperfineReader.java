package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * hyperfine's {@code --export-json}: {@code {"results": [{"command", "mean", "stddev", "median",
 * "user", "system", "min", "max", "times": [...], "exit_codes": [...]}]}}. Each result is a
 * measure of suite {@code hyperfine} named by its {@code command} (as hyperfine prints it, the
 * {@code --command-name} when given), in seconds, lower is better, with every run in
 * {@code times} as repeats; a result without {@code times} (an older hyperfine) takes its
 * {@code mean} as its one value. Non-zero exit codes (kept with {@code -i}) are noted in the
 * context. The same command twice is refused.
 */
final class HyperfineReader implements ResultReader {

    static final String SUITE = "hyperfine";

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Obj root = JsonTree.parse(source, limits).asObject("hyperfine's object with a \"results\" array");
        JsonTree.Arr results = root.require("results", "the array of commands' results").asArray("the array of results");
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        Map<String, String> context = new LinkedHashMap<>();
        for (JsonTree.Node node : results.items) {
            JsonTree.Obj r = node.asObject("a result object");
            String command = r.require("command", "the command").asText("the command as a string");
            double[] values;
            JsonTree.Node times = r.get("times").orElse(null);
            if (times != null) {
                JsonTree.Arr a = times.asArray("an array of run times in seconds");
                if (a.items.isEmpty()) {
                    throw a.problem(Reason.SHAPE, "expected at least one run time, got an empty array");
                }
                values = new double[a.items.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = a.items.get(i).asNumber("a run time in seconds");
                }
            } else {
                values = new double[] {r.require("mean", "the mean time").asNumber("the mean time in seconds")};
            }
            r.get("exit_codes").ifPresent(codes -> {
                for (JsonTree.Node c : codes.asArray("an array of exit codes").items) {
                    if (!(c instanceof JsonTree.Num n) || n.value != 0) {
                        context.put(SUITE + ".note." + command, "some runs exited with a non-zero code");
                        break;
                    }
                }
            });
            Checked.at(r, () -> measures.record(command, values, "s", Direction.LOWER_IS_BETTER));
        }
        MeasureSet set = measures.build();
        if (set.isEmpty()) {
            throw FormatException.at(results.line, Reason.EMPTY, "found no result: the results array is empty");
        }
        return ReadResult.of(ResultFormat.HYPERFINE, set, context);
    }

    static boolean looksLike(Map<String, JsonTree.Node> fields) {
        return fields.get("results") instanceof JsonTree.Arr;
    }
}
