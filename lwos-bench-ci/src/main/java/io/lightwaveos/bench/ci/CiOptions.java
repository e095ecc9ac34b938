package io.lightwaveos.bench.ci;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@code lwos-bench ci} call asks beyond its config (the command line's options).
 *
 * @param mergeBase         the pull request's merge-base commit ({@code --merge-base}); null: the
 *                          event's, else {@code git merge-base}
 * @param baselineFile      the baseline file to fall back on ({@code --baseline}), or null
 * @param confirmRigs       rigs a regression must be seen on to fail ({@code --confirm-rigs}); null: the config's
 * @param metrics           frame metrics to decide ({@code --metric}); empty with no measures either: all
 * @param measures          measures to decide ({@code --metric suite:name}); empty with no metrics either: all
 * @param warnOnImprovement whether an improvement warns
 * @param window            history runs a push is gated against
 */
public record CiOptions(String mergeBase, Path baselineFile, Integer confirmRigs, List<Metric> metrics,
        List<MeasureRef> measures, boolean warnOnImprovement, int window) {

    /** No options: the config decides. */
    public static final CiOptions DEFAULTS = new CiOptions(null, null, null, List.of(), List.of(), false, 30);

    /** Copies the lists and checks the numbers. */
    public CiOptions {
        metrics = List.copyOf(metrics);
        measures = List.copyOf(measures);
        if (confirmRigs != null && confirmRigs < 1) {
            throw new CiUsageException("--confirm-rigs must be 1 or more, got " + confirmRigs);
        }
        if (window < 1) {
            throw new CiUsageException("--window must be 1 or more, got " + window);
        }
    }

    /** Whether {@code --metric} chose anything (then only the chosen are decided). */
    public boolean chosen() {
        return !metrics.isEmpty() || !measures.isEmpty();
    }
}
