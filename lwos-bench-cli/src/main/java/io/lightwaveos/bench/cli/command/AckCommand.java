package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.render.AcknowledgedText;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.service.history.Acknowledgements;
import io.lightwaveos.bench.service.json.AcknowledgedJson;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ack METRIC RUN --reason TEXT}: an expected change (a deliberate trade-off); {@code --list}, {@code --remove}. */
@Command(name = "ack", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Acknowledge an expected change of a metric at a run (a deliberate trade-off): `history` shows it,"
                + " and `check --against-history` compares later runs only with that run and the runs after it.",
            "An acknowledgement belongs to its run's history (its rig, workload and branch): name one run per rig."
                + " Exports, archives and push carry it; deleting the run deletes it."},
        footer = {"", "Examples:",
            "  lwos-bench ack avg_total_us nightly-20 --reason \"FFT rewrite: 6 %% slower, 3 dB more SNR\"",
            "  lwos-bench ack avg_total_us 8d4dd0ca 5e1f09aa --reason \"new DSP chain\"   # one run per rig",
            "  lwos-bench ack --list",
            "  lwos-bench ack --remove avg_total_us nightly-20",
            "", "Exit codes: 0 done, 1 the store cannot be written, 2 unknown metric or run, no reason, bad option."})
public final class AckCommand extends StoreCommand {

    @Parameters(paramLabel = "METRIC RUN", arity = "0..*",
            description = "The metric (avg_total_us, ...) or measure (latency_ms; suite:name when the name alone is ambiguous),"
                    + " then one or more runs (id, id prefix or name) at which it"
                    + " changed: the first run of the new level. With --list: an optional metric.")
    List<String> words = new ArrayList<>();

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the change is expected (one line, at most "
            + Acknowledgements.MAX_REASON_LENGTH + " characters); required to acknowledge.")
    String reason;

    @Option(names = "--list", description = "List the acknowledged changes (of METRIC, when given), oldest run first.")
    boolean list;

    @Option(names = "--remove", description = "Remove the acknowledgement of METRIC at each RUN.")
    boolean remove;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "With --list: text or json (lwos-bench/acknowledged/v1) (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    protected int run(RunService runs) {
        String f = Choice.of("--format", format, "text", "json");
        if (list && remove) {
            throw ExitException.usage("--list and --remove exclude each other");
        }
        if (list) {
            if (reason != null || words.size() > 1) {
                throw ExitException.usage("--list takes at most a METRIC; no RUN, no --reason");
            }
            return list(runs, words.isEmpty() ? null : subject(runs, words.get(0)), f);
        }
        if (!f.equals("text")) {
            throw ExitException.usage("--format goes with --list");
        }
        if (words.size() < 2) {
            throw ExitException.usage("expected METRIC RUN [RUN...] (or --list); got " + (words.isEmpty() ? "nothing"
                    : "only \"" + Printable.of(words.get(0)) + "\""));
        }
        MetricOrMeasure metric = subject(runs, words.get(0));
        List<Run> at = new ArrayList<>();
        for (String ref : words.subList(1, words.size())) {
            at.add(runs.resolve(ref));
        }
        Acknowledgements acks = runs.acknowledgements();
        if (remove) {
            if (reason != null) {
                throw ExitException.usage("--remove takes no --reason");
            }
            for (Run r : at) {
                boolean had = acks.remove(r, metric);
                out().println((had ? "Removed the acknowledgement of " : "No acknowledgement of ") + metric.id()
                        + " at run " + Format.shortId(r.id()) + " \"" + Printable.of(r.name()) + "\""
                        + (had ? "" : " to remove"));
            }
            return ExitCode.OK;
        }
        String checked;
        try {
            checked = Acknowledgements.checkReason(reason);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
        for (Run r : at) {
            AcknowledgedChange a = acks.acknowledge(r, metric, checked);
            out().println("Acknowledged the change of " + metric.id() + " at run " + Format.shortId(r.id()) + " \""
                    + Printable.of(r.name()) + "\" (" + AcknowledgedText.where(r) + "): " + Printable.of(a.reason()));
        }
        out().println("Gates against history now compare later runs of " + (at.size() == 1 ? "that history" : "those histories")
                + " with " + (at.size() == 1 ? "that run" : "those runs") + " and the runs after it.");
        return ExitCode.OK;
    }

    /** The frame metric or measure {@code name} stands for ({@code suite:name} when a bare name is ambiguous). */
    private static MetricOrMeasure subject(RunService runs, String name) {
        try {
            return runs.histories().resolve(name);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
    }

    private int list(RunService runs, MetricOrMeasure metric, String f) {
        List<AcknowledgedChange> acks = runs.acknowledgements().list(metric);
        if (f.equals("json")) {
            out().print(Json.pretty(AcknowledgedJson.toJson(acks)));
        } else if (acks.isEmpty()) {
            out().println("No acknowledged changes" + (metric == null ? "." : " of " + metric.id() + "."));
        } else {
            AcknowledgedText.table(acks).print(out());
        }
        out().flush();
        return ExitCode.OK;
    }
}
