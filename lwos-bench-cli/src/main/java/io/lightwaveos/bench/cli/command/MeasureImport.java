package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.DeclaredMeasures;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.formats.FormatException;
import io.lightwaveos.bench.formats.FormatLimits;
import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.formats.SourceText;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.service.ImportService;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code import FILE --format F} where F is a result format ({@link ResultFormat}: another tool's
 * result file, {@code auto} to detect it): the file's measures become a new run holding only
 * measures, with the run context of {@code collect}'s options and CI variables, plus what the file
 * says of itself ({@code _metadata}, JMH's versions, ...) as {@code meta} entries the options' own
 * {@code --meta} keys win over.
 */
final class MeasureImport {

    /** The {@code meta} key recording the format that read the file (the one {@code auto} chose). */
    static final String FORMAT_KEY = "import.format";

    private MeasureImport() {
    }

    /** Whether {@code --format}'s value names a result format rather than a sample file format. */
    static boolean isResultFormat(String format) {
        return format != null && ResultFormat.ids().contains(format.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads {@code in} whole as {@code format} and stores its measures as one new run, printing
     * what was imported.
     *
     * @param shown  how messages name the input (the path, or {@code standard input})
     * @param naming the run's name (or the fallback), tags, source and context
     * @param config the project config: its declared units and directions replace the importer's
     *               ({@link DeclaredMeasures}); a contradiction is one {@code note:} line on {@code err}
     * @throws ExitException a usage error naming the file and line when it is not of the format
     *                       (nothing is stored)
     */
    static int run(RunService runs, String format, InputStream in, String shown, ImportService.Naming naming,
            CiConfig config, PrintWriter out, PrintWriter err) throws IOException {
        store(runs, format, in, shown, naming, config, out, err);
        return ExitCode.OK;
    }

    /** As {@link #run}, giving the new run ({@code ci --import}). */
    static Run store(RunService runs, String format, InputStream in, String shown, ImportService.Naming naming,
            CiConfig config, PrintWriter out, PrintWriter err) throws IOException {
        ResultFormat f = ResultFormat.byId(format.toLowerCase(Locale.ROOT));
        ReadResult result;
        try {
            result = f.read(SourceText.read(shown, in, FormatLimits.DEFAULT), FormatLimits.DEFAULT);
        } catch (FormatException e) {
            throw new ExitException(ExitCode.USAGE, "cannot import " + e.getMessage() + "; nothing was imported", e);
        }
        DeclaredMeasures declared = DeclaredMeasures.apply(config, result.measures());
        Map<String, String> fromFile = new LinkedHashMap<>(result.context());
        fromFile.put(FORMAT_KEY, result.format().id());
        RunContext context = naming.context().orElse(RunContext.EMPTY.withMeta(fromFile));
        String name = naming.name() != null ? naming.name() : naming.fallbackName();
        Run run = runs.createMeasureRun(RunStart.named(name).withTags(List.copyOf(naming.tags()))
                .withSource(naming.source()).withContext(context), declared.measures());
        declared.notes().forEach(n -> err.println("note: " + n));
        err.flush();
        out.println("Imported run " + run.id() + " \"" + Printable.of(run.name()) + "\": " + result.measures().size()
                + " measures (" + result.format().id() + "), " + Format.time(run.startedAt())
                + (run.tags().isEmpty() ? "" : ", tags " + Printable.of(String.join(",", run.tags()))));
        out.flush();
        return run;
    }
}
