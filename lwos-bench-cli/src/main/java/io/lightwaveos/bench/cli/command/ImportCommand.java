package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.service.ImportService;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.legacy.LegacyImportReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import FILE} or {@code import --seed-db PATH}: bring runs into the store. */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Import a sample file written by export (CSV, JSON, JSONL; also the older Python tool's CSV"
                + " export) as a new run, or every run of the older Python tool's SQLite database (--seed-db).",
            "All or nothing per run: a malformed line fails the import with its line number and nothing is stored."},
        footer = {"", "Exit codes: 0 imported, 2 missing or malformed input (nothing imported; with --seed-db: some"
                + " runs could not be imported, the others were), 1 I/O failure."})
public final class ImportCommand extends StoreCommand {

    /** Exactly one source. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE", description = "Sample file to import as one run; - for standard input.")
        String file;

        @Option(names = "--seed-db", paramLabel = "PATH", description = "The older Python tool's database: import all its runs.")
        Path seedDb;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or jsonl (default: from the file name; required for standard input).")
    String format;

    @Option(names = "--run-name", paramLabel = "NAME",
            description = "Name of the new run (default: the name in a JSON export, else the file name).")
    String runName;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags to add, comma-separated.")
    List<String> tags = List.of();

    @Mixin
    ContextOptions context = new ContextOptions();

    @Override
    protected boolean createsStore() {
        return true;
    }

    @Override
    protected int run(RunService runs) throws IOException {
        ImportService importer = runs.importer();
        return source.seedDb != null ? importDatabase(importer, source.seedDb) : importFile(importer, source.file);
    }

    private int importFile(ImportService importer, String file) throws IOException {
        boolean stdin = file.equals("-");
        SampleFormat f = format != null ? Choice.sampleFormat(format) : stdin ? null : SampleFormat.fromFileName(file);
        if (f == null) {
            throw ExitException.usage("cannot tell the format of " + (stdin ? "standard input" : file)
                    + " from its name; pass --format csv|json|jsonl");
        }
        Path path = stdin ? null : Path.of(file);
        if (path != null && !Files.isRegularFile(path)) {
            throw Failures.missing("file", path);
        }
        String fallback = stdin ? "import" : stripExtension(path.getFileName().toString());
        ImportService.Naming naming = new ImportService.Naming(runName, fallback, new LinkedHashSet<>(tags),
                "import:" + (stdin ? "stdin" : path.getFileName()), context.resolve(root.environment()));
        Run run;
        try (InputStream in = stdin ? root.in() : new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            run = importer.importSamples(in, f, naming);
        } catch (ImportException e) {
            throw Failures.of(path == null ? Path.of("-") : path, e);
        } catch (IOException e) {
            if (path == null) {
                throw ExitException.failure("cannot read standard input: " + e.getMessage(), e);
            }
            throw Failures.unreadable("file", path, e);
        }
        out().println("Imported run " + run.id() + " \"" + Printable.of(run.name()) + "\": " + run.sampleCount() + " samples, "
                + Format.time(run.startedAt()) + (run.tags().isEmpty() ? "" : ", tags " + Printable.of(String.join(",", run.tags()))));
        out().flush();
        return ExitCode.OK;
    }

    private int importDatabase(ImportService importer, Path legacy) {
        if (!Files.isRegularFile(legacy)) {
            throw Failures.missing("database", legacy);
        }
        if (format != null || runName != null || !tags.isEmpty() || !context.resolve(Map.of()).equals(RunContext.EMPTY)) {
            throw ExitException.usage("--format, --run-name, --tags and the context options apply to a sample file,"
                    + " not to --seed-db");
        }
        LegacyImportReport report = importer.importLegacyDatabase(legacy);
        TextTable t = new TextTable().left("result").left("id").left("name").right("samples").left("detail");
        report.imported().forEach(e -> t.row("imported", id(e), Printable.of(e.name()), Long.toString(e.sampleCount()), ""));
        report.skipped().forEach(e -> t.row("skipped", id(e), Printable.of(e.name()), Long.toString(e.sampleCount()), Printable.of(e.detail())));
        report.failed().forEach(e -> t.row("failed", id(e), Printable.of(e.name()), Long.toString(e.sampleCount()), Printable.of(e.detail())));
        if (!t.isEmpty()) {
            t.print(out());
        }
        out().println(report.imported().size() + " imported, " + report.skipped().size() + " already in the store, "
                + report.failed().size() + " failed.");
        out().flush();
        if (!report.isClean()) {
            throw ExitException.usage(report.failed().size() + " run(s) of " + legacy
                    + " could not be imported (see the table above); the others were");
        }
        return ExitCode.OK;
    }

    private static String id(LegacyImportReport.Entry e) {
        return e.id() != null ? e.id().toString() : e.legacyId();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
