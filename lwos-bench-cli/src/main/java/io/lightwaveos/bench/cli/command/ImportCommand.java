package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.text.Printable;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.service.ArchiveService;
import io.lightwaveos.bench.service.DuplicateRunException;
import io.lightwaveos.bench.service.ImportService;
import io.lightwaveos.bench.service.LegacyImport;
import io.lightwaveos.bench.service.io.ArchiveReader;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunConflictException;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.SampleFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
                + " export) as a new run, an archive written by export --all (every run, keeping its id), every"
                + " run of the older Python tool's SQLite database (--seed-db), or another tool's result file"
                + " (--format jmh, lwos-native-log, ..., auto) as a new run holding its measures.",
            "All or nothing per run: a malformed line fails the import with its line number and nothing is stored."
                + " An archive is recognised by its header line whatever the file is called; it is checked whole"
                + " before the first run is stored (a bad archive imports nothing), and runs the store already has"
                + " are skipped, so importing it again changes nothing. A run the store has under the same id but"
                + " with other content (name, context, events, samples ...) is named and refuses the whole archive,"
                + " unless --skip-conflicts.",
            "A sample file whose samples the store already holds as a run (imported before) is refused; pass"
                + " --allow-duplicate to import it again."},
        footer = {"", "Exit codes: 0 imported, 2 missing or malformed input, a duplicate or a conflicting archive run"
                + " (nothing imported; with --seed-db: some runs could not be imported, the others were), 1 I/O"
                + " failure."})
public final class ImportCommand extends StoreCommand {

    /** Exactly one source. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE",
                description = "Sample file to import as one run, or an archive; - for standard input.")
        String file;

        @Option(names = "--seed-db", paramLabel = "PATH", description = "The older Python tool's database: import all its runs.")
        Path seedDb;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"Samples: csv, json, jsonl or archive (default: archive if the file starts with an archive"
                    + " header, else from the file name; required for a sample file on standard input).",
                "Measures (another tool's results, stored as a run holding only measures): lwos-native-log, lwos-json,"
                    + " esp-idf-log, idf-size, jmh, google-benchmark, hyperfine, generic-json, or auto (tell it"
                    + " from the content)."})
    String format;

    @Option(names = "--allow-duplicate",
            description = "Import a sample file even if the store already has a run with the same samples.")
    boolean allowDuplicate;

    @Option(names = "--skip-conflicts",
            description = "Archive only: import the other runs when the store has a run with the same id but other"
                    + " content, leaving that run as it is (without it, such a run refuses the whole archive).")
    boolean skipConflicts;

    @Option(names = "--run-name", paramLabel = "NAME",
            description = "Name of the new run (default: the name in a JSON export, else the file name).")
    String runName;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags to add, comma-separated.")
    List<String> tags = List.of();

    @Mixin
    ContextOptions context = new ContextOptions();

    @Mixin
    ProjectConfig config = new ProjectConfig();

    @Override
    protected boolean createsStore() {
        return true;
    }

    @Override
    protected int run(RunService runs) throws IOException {
        return source.seedDb != null ? importDatabase(runs.importer(), source.seedDb) : importFile(runs, source.file);
    }

    private int importFile(RunService runs, String file) throws IOException {
        boolean stdin = file.equals("-");
        Path path = stdin ? null : Path.of(file);
        if (path != null && !Files.isRegularFile(path)) {
            throw Failures.missing("file", path);
        }
        if (MeasureImport.isResultFormat(format)) {
            return importMeasures(runs, path);
        }
        if (config.given()) {
            throw ExitException.usage("--config declares measures; it goes with a result --format (jmh, lwos-native-log,"
                    + " ...), not with a sample file or an archive");
        }
        String explicit = format == null ? null : Choice.of("--format", format, sampleAndResultFormats());
        Path shown = path == null ? Path.of("-") : path;
        try (BufferedInputStream in = stdin ? new BufferedInputStream(root.in(), 1 << 16)
                : new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            boolean archive = explicit == null ? ArchiveReader.isArchive(in) : explicit.equals(ExportCommand.ARCHIVE);
            if (archive) {
                return importArchive(runs, in, path, shown);
            }
            if (skipConflicts) {
                throw ExitException.usage("--skip-conflicts applies to an archive, not to a sample file (it always"
                        + " becomes a new run)");
            }
            SampleFormat f = explicit != null ? Choice.sampleFormat(explicit)
                    : stdin ? null : SampleFormat.fromFileName(file);
            if (f == null) {
                throw ExitException.usage("cannot tell the format of " + (stdin ? "standard input" : file)
                        + " from its name; pass --format csv|json|jsonl|archive");
            }
            String fallback = stdin ? "import" : stripExtension(path.getFileName().toString());
            ImportService.Naming naming = new ImportService.Naming(runName, fallback, new LinkedHashSet<>(tags),
                    "import:" + (stdin ? "stdin" : path.getFileName()), context.resolve(root.environment()));
            Run run;
            try {
                run = runs.importer().importSamples(in, f, naming, allowDuplicate);
            } catch (DuplicateRunException e) {
                Run existing = e.existing();
                throw ExitException.usage("cannot import " + shown + ": the store already has its samples as run "
                        + existing.id() + " (\"" + Printable.of(existing.name()) + "\", " + Format.time(existing.startedAt())
                        + "); nothing was imported. To import it again as another run, add --allow-duplicate");
            }
            out().println("Imported run " + run.id() + " \"" + Printable.of(run.name()) + "\": " + run.sampleCount() + " samples, "
                    + Format.time(run.startedAt()) + (run.tags().isEmpty() ? "" : ", tags " + Printable.of(String.join(",", run.tags()))));
            out().flush();
            return ExitCode.OK;
        } catch (ImportException e) {
            throw Failures.of(shown, e);
        } catch (IOException e) {
            if (path == null) {
                throw ExitException.failure("cannot read standard input: " + e.getMessage(), e);
            }
            throw Failures.unreadable("file", path, e);
        }
    }

    /** A file of another tool's results ({@code --format jmh}, ...) as a new run holding its measures. */
    private int importMeasures(RunService runs, Path path) throws IOException {
        if (allowDuplicate || skipConflicts) {
            throw ExitException.usage("--allow-duplicate and --skip-conflicts apply to sample files and archives, not"
                    + " to --format " + format + " (its measures always become a new run)");
        }
        String shown = path == null ? "standard input" : path.toString();
        CiConfig declared = config.read();
        ImportService.Naming naming = new ImportService.Naming(runName,
                path == null ? "import" : stripExtension(path.getFileName().toString()), new LinkedHashSet<>(tags),
                "import:" + (path == null ? "stdin" : path.getFileName()), context.resolve(root.environment()));
        try (InputStream in = path == null ? root.in() : Files.newInputStream(path)) {
            return MeasureImport.run(runs, format, in, shown, naming, declared, out(), err());
        } catch (IOException e) {
            if (path == null) {
                throw ExitException.failure("cannot read standard input: " + e.getMessage(), e);
            }
            throw Failures.unreadable("file", path, e);
        }
    }

    /** Every value {@code --format} takes: the sample file formats, then the result formats. */
    private static String[] sampleAndResultFormats() {
        List<String> all = new ArrayList<>(List.of("csv", "json", "jsonl", ExportCommand.ARCHIVE));
        all.addAll(ResultFormat.ids());
        return all.toArray(String[]::new);
    }

    /**
     * Imports an archive from {@code in}: a file is read twice (checked whole, then imported),
     * standard input is first copied to a temporary file that is deleted afterwards.
     */
    private int importArchive(RunService runs, InputStream in, Path path, Path shown) throws IOException {
        if (runName != null || !tags.isEmpty() || allowDuplicate
                || !context.resolve(Map.of()).equals(RunContext.EMPTY)) {
            throw ExitException.usage("--run-name, --tags, --allow-duplicate and the context options apply to a sample"
                    + " file, not to an archive (its runs keep their names, tags and context)");
        }
        Path file = path;
        if (path == null) {
            file = Files.createTempFile("lwos-bench-import-", ".archive");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        int[] counts = new int[ArchiveService.Outcome.values().length];
        try {
            runs.archives().importArchive(file, skipConflicts, e -> {
                counts[e.outcome().ordinal()]++;
                Run r = e.run();
                String what = r.id() + " \"" + Printable.of(r.name()) + "\"";
                switch (e.outcome()) {
                    case IMPORTED -> out().println("imported " + what + " (" + r.sampleCount() + " samples)");
                    case ALREADY_PRESENT -> out().println("skipped  " + what + ": already in the store");
                    case CONFLICTING -> out().println("skipped  " + what + ": in the store with other content ("
                            + e.difference() + "); left as it is");
                }
                out().flush();
            });
        } catch (RunConflictException e) {
            throw new ExitException(ExitCode.USAGE, "cannot import " + shown + ": " + e.getMessage()
                    + "; nothing was imported. To import the other runs and leave this one as it is, add"
                    + " --skip-conflicts", e);
        } finally {
            if (path == null) {
                Files.deleteIfExists(file);
            }
        }
        int conflicting = counts[ArchiveService.Outcome.CONFLICTING.ordinal()];
        out().println(counts[ArchiveService.Outcome.IMPORTED.ordinal()] + " imported, "
                + counts[ArchiveService.Outcome.ALREADY_PRESENT.ordinal()] + " already present"
                + (conflicting == 0 ? "." : ", " + conflicting + " conflicting (skipped)."));
        out().flush();
        if (conflicting > 0 && !skipConflicts) {
            // Only when another process stored a run with other content between our check and our import.
            throw ExitException.usage(conflicting + " run(s) of " + shown + " are in the store with other content"
                    + " (see above); the others were imported");
        }
        return ExitCode.OK;
    }

    private int importDatabase(ImportService importer, Path legacy) {
        if (!Files.isRegularFile(legacy)) {
            throw Failures.missing("database", legacy);
        }
        if (format != null || runName != null || !tags.isEmpty() || allowDuplicate || skipConflicts
                || !context.resolve(Map.of()).equals(RunContext.EMPTY)) {
            throw ExitException.usage("--format, --run-name, --tags, --allow-duplicate, --skip-conflicts and the context"
                    + " options apply to a sample file or an archive, not to --seed-db");
        }
        LegacyImport report = importer.importLegacyDatabase(legacy);
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

    private static String id(LegacyImport.Entry e) {
        return e.id() != null ? e.id().toString() : e.legacyId();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
