package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.io.SampleFormat;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export RUN}: a run's samples as CSV, JSON or JSONL; {@code export --all}: runs as an archive. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write a run's samples as CSV, JSON or JSONL, or many runs (--all) as an archive.",
            "Columns: the older Python tool's ten (timestamp_utc, timestamp_ms, avg_total_us, avg_goertzel_us,"
                + " peak_total_us, peak_goertzel_us, cpu_load_percent, hop_count, goertzel_count, flags), then seq,"
                + " avg_dc_agc_us, avg_chroma_us, goertzel_count_full, hist_0..hist_7 (empty for compact frames).",
            "JSON (lwos-bench/export/v3) also carries the run (name, tags, counters, context, quality, events)"
                + " and its measures, so that import restores them.",
            "An archive (lwos-bench/archive/v1) is JSONL: a header line {\"schema\": \"lwos-bench/archive/v1\","
                + " \"runs\": N}, then one export/v3 document per line, oldest run first; import reads it back into"
                + " another store keeping run ids. RUNNING runs are left out (noted on standard error)."})
public final class ExportCommand extends StoreCommand {

    /** The {@code --format} value of an archive. */
    static final String ARCHIVE = "archive";

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN",
            description = "Run id, unique id prefix (4+ hex characters) or name.")
    String reference;

    @Option(names = "--all", description = "Export every run the filters below select (all runs without filters)"
            + " as one archive.")
    boolean all;

    @Mixin
    RunFilterOptions filters = new RunFilterOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or jsonl for one run (default: from the --output file name, else csv);"
                    + " archive for --all (its default).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced when complete; through a symbolic link, the file it points to); - for standard output (the default).")
    String output = "-";

    @Override
    protected int run(RunService runs) throws IOException {
        boolean archive = format != null && Choice.of("--format", format, "csv", "json", "jsonl", ARCHIVE).equals(ARCHIVE);
        if (all == (reference != null)) {
            throw ExitException.usage("name one run to export, or give --all (with filters) for an archive; not both");
        }
        if (all) {
            if (format != null && !archive) {
                throw ExitException.usage("--all writes an archive: use --format archive (or leave --format out), got \""
                        + Printable.of(format) + "\"");
            }
            return exportArchive(runs);
        }
        if (archive) {
            throw ExitException.usage("--format archive holds many runs: select them with --all and the filters"
                    + " (for one run use --format json)");
        }
        if (!filters.isEmpty()) {
            throw ExitException.usage("the filters (--tags, --status, --name, --rig, --branch, --firmware,"
                    + " --workload) select runs for --all, not for one RUN");
        }
        SampleFormat f = format(format, output);
        Run run = runs.resolve(reference);
        out().flush();
        long[] written = {0};
        write(stream -> written[0] = runs.export(run, f, stream));
        if (!Outputs.isStdout(output) && !global().quiet()) {
            // The number written, not the run's count read before: a RUNNING run grows meanwhile.
            err().println("Wrote " + written[0] + " samples of run " + run.id() + " (\"" + Printable.of(run.name()) + "\") to "
                    + output + " as " + f.id());
        }
        return ExitCode.OK;
    }

    private int exportArchive(RunService runs) throws IOException {
        long[] written = {0};
        out().flush();
        write(stream -> written[0] = runs.archives().export(filters.filter(), stream, skipped -> {
            if (!global().quiet()) {
                err().println("Left out run " + skipped.id() + " (\"" + Printable.of(skipped.name())
                        + "\"): still RUNNING; export it when it has ended");
            }
        }));
        if (!global().quiet()) {
            err().println("Wrote " + written[0] + " run(s) to " + (Outputs.isStdout(output) ? "standard output" : output)
                    + " as an archive");
        }
        return ExitCode.OK;
    }

    private void write(Outputs.Body body) {
        try {
            Outputs.write(output, root.stdout(), body);
        } catch (IOException e) {
            throw ExitException.failure("cannot write " + (Outputs.isStdout(output) ? "to standard output" : output)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The explicit format, else the one the file name suggests, else CSV. */
    static SampleFormat format(String explicit, String fileName) {
        if (explicit != null) {
            return Choice.sampleFormat(explicit);
        }
        SampleFormat guessed = Outputs.isStdout(fileName) ? null : SampleFormat.fromFileName(fileName);
        return guessed != null ? guessed : SampleFormat.CSV;
    }
}
