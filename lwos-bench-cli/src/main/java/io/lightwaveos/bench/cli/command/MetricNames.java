package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.text.Suggestions;
import java.util.List;

/** A metric named on the command line, or one usage error for every command that takes one. */
final class MetricNames {

    private MetricNames() {
    }

    /**
     * The metric {@code id} names.
     *
     * @throws ExitException a usage error with the nearest known id ("did you mean") and all of them
     */
    static Metric require(String id) {
        return Metric.byId(id).orElseThrow(() -> ExitException.usage("unknown metric \"" + Printable.of(id)
                + "\"" + Suggestions.closest(id, List.of(Metric.ids())).map(c -> "; did you mean \"" + c + "\"? Known")
                .orElse("; known") + " metrics: " + String.join(", ", Metric.ids())));
    }
}
