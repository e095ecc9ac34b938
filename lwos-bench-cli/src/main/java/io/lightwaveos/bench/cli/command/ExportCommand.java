package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.io.SampleFormat;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export RUN}: a run's samples as CSV, JSON or JSONL. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Write a run's samples as CSV, JSON or JSONL.",
            "Columns: the older Python tool's ten (timestamp_utc, timestamp_ms, avg_total_us, avg_goertzel_us,"
                + " peak_total_us, peak_goertzel_us, cpu_load_percent, hop_count, goertzel_count, flags), then seq,"
                + " avg_dc_agc_us, avg_chroma_us, goertzel_count_full, hist_0..hist_7 (empty for compact frames).",
            "JSON also carries the run (name, tags, counters...), so that import restores it."})
public final class ExportCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, unique id prefix (4+ hex characters) or name.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or jsonl (default: from the --output file name, else csv).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced when complete; through a symbolic link, the file it points to); - for standard output (the default).")
    String output = "-";

    @Override
    protected int run(RunService runs) throws IOException {
        SampleFormat f = format(format, output);
        Run run = runs.resolve(reference);
        out().flush();
        try {
            Outputs.write(output, root.stdout(), stream -> runs.export(run, f, stream));
        } catch (IOException e) {
            throw ExitException.failure("cannot write " + (Outputs.isStdout(output) ? "to standard output" : output)
                    + ": " + e.getMessage(), e);
        }
        if (!Outputs.isStdout(output) && !global().quiet()) {
            err().println("Wrote " + run.sampleCount() + " samples of run " + run.id() + " (\"" + Printable.of(run.name()) + "\") to "
                    + output + " as " + f.id());
        }
        return ExitCode.OK;
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
