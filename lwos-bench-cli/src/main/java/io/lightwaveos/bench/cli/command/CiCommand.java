package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.ci.CiGate;
import io.lightwaveos.bench.ci.CiNotifier;
import io.lightwaveos.bench.ci.CiOptions;
import io.lightwaveos.bench.ci.CiPublisher;
import io.lightwaveos.bench.ci.CiUsageException;
import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigPrinter;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.CiEvents;
import io.lightwaveos.bench.ci.forge.Forges;
import io.lightwaveos.bench.ci.forge.HttpSettings;
import io.lightwaveos.bench.ci.forge.WebhookSender;
import io.lightwaveos.bench.ci.report.CiReport;
import io.lightwaveos.bench.ci.report.CiReportJUnit;
import io.lightwaveos.bench.ci.report.CiReportJson;
import io.lightwaveos.bench.ci.report.CiReportMarkdown;
import io.lightwaveos.bench.ci.report.CiReportText;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.ImportService;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.GitAncestry;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ci [RUN | --import FILE --format F]}: decide a CI job's run and post it where the team looks (SPEC §15). */
@Command(name = "ci", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Decide a run in CI and report it: the baseline by the CI's event (a push to a tracked branch:"
                + " the run's own history, with late change points and notifications; a pull/merge request: the base"
                + " branch's runs at or before the merge base, pooled; else --baseline FILE; else pass with \"no"
                + " baseline\"), each metric and measure decided by its thresholds AND the statistics, then the job"
                + " summary ($GITHUB_STEP_SUMMARY), the PR/MR comment (created once, updated in place), the commit"
                + " status (lwos-bench/NAME) and the webhooks.",
            "Tokens and webhook URLs come only from the environment variables the config names; forge errors go to"
                + " standard error and never change the exit code."},
        footer = {"", "Formats: text, markdown (the comment and job summary), json (lwos-bench/ci/v1) or junit; with"
                + " --import FILE, one --format names the file's result format (lwos-json, lwos-native-log, jmh, ...,"
                + " or auto).",
            "Exit codes: 0 pass or warn, 3 fail, 2 unknown run, bad config, baseline file, option or --report path, 1 I/O failure."})
public final class CiCommand extends StoreCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN",
            description = "The run to decide (id, id prefix or name); or --import FILE.")
    String reference;

    @Option(names = "--import", paramLabel = "FILE",
            description = "Import this result file (its --format is a result format: lwos-native-log, lwos-json, jmh,"
                    + " ...) as a new run holding its measures, then decide it.")
    Path importFile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The CI config (default: lwos-bench.yml when present, else the defaults).")
    Path config;

    @Option(names = "--merge-base", paramLabel = "SHA",
            description = "A pull request's merge-base commit (default: the event's, else git merge-base in this checkout).")
    String mergeBase;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file used when the store has no baseline runs (LightwaveOS baseline JSON).")
    Path baseline;

    @Option(names = "--confirm-rigs", paramLabel = "K",
            description = "A regression fails only when the same commit regressed on K rigs (default: the config's, 1).")
    Integer confirmRigs;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "Decide only this frame metric or measure (suite:name); repeatable.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--window", paramLabel = "N",
            description = "A push: the number of earlier runs its history gate compares with (default: ${DEFAULT-VALUE}).")
    int window = CiOptions.DEFAULTS.window();

    @Option(names = "--warn-on-improvement", description = "Warn when a metric improved (by default an improvement passes).")
    boolean warnOnImprovement;

    @Option(names = "--print-config", description = "Print the effective config, secrets masked, and exit.")
    boolean printConfig;

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Mixin
    CiHtmlReport html = new CiHtmlReport();

    @Mixin
    ContextOptions context = new ContextOptions();

    @Override
    protected boolean createsStore() {
        return importFile != null;
    }

    @Override
    protected Integer withoutStore() {
        if (!printConfig) {
            return null;
        }
        out().print(ConfigPrinter.print(readConfig(), root.environment()));
        out().flush();
        return ExitCode.OK;
    }

    @Override
    protected int run(RunService runs) throws IOException {
        Map<String, String> env = root.environment();
        CiConfig ciConfig = readConfig();
        String importFormat = importFormat();
        List<ReportTargets.Target> targets = ReportTargets.of(
                reports.asked().stream().filter(r -> !MeasureImport.isResultFormat(r.format)).toList(),
                ReportOptions::formatOf, "text", "text", "markdown", "json", "junit");
        html.check(targets);
        CiOptions options;
        try {
            options = options();
        } catch (CiUsageException e) {
            throw ExitException.usage(e.getMessage());
        }
        Run run = importFile != null ? importRun(runs, importFormat, env, ciConfig) : runs.resolve(reference);
        CiEvent detected = CiEvents.detect(env);
        GitAncestry git = new GitAncestry(Path.of("").toAbsolutePath());
        CiEvent event = detected;
        if (detected.isPullRequest() && mergeBase == null && detected.baseCommit() == null
                && detected.baseBranch() != null && detected.commit() != null) {
            event = git.mergeBase(detected.commit(), "origin/" + detected.baseBranch())
                    .or(() -> git.mergeBase(detected.commit(), detected.baseBranch()))
                    .map(detected::withBaseCommit).orElse(detected);
        }
        if (global().verbose()) {
            err().println("ci: " + event.describe());
            event.notes().forEach(n -> err().println("ci: " + n));
        }
        CiGate.Outcome outcome;
        try {
            outcome = new CiGate(runs, ciConfig, options).decide(run, event, git);
        } catch (CiUsageException e) {
            throw ExitException.usage(e.getMessage());
        }
        HttpSettings http = HttpSettings.DEFAULTS;
        Supplier<HttpClient> client = http.lazyClient(); // made only if something is sent
        CiReport report = outcome.report();
        if (!outcome.changes().isEmpty() && !ciConfig.webhooks().isEmpty()) {
            CiNotifier.Result n = new CiNotifier(ciConfig, runs.histories().changeReports(),
                    new WebhookSender(client, http, env)).notify(outcome.changes(), event);
            n.messages().forEach(m -> err().println("lwos-bench ci: " + m));
            report = report.withPosted(report.posted().withNotified(n.sent()));
        }
        CiPublisher.Publication p = new CiPublisher(ciConfig, env, Forges.open(ciConfig, event, env, client, http))
                .publish(report);
        p.messages().forEach(m -> err().println("lwos-bench ci: " + m));
        CiReport done = p.report();
        out().flush();
        for (ReportTargets.Target t : targets) {
            Outputs.writeText(t.output(), root.stdout(), w -> w.print(switch (t.format()) {
                case "json" -> CiReportJson.render(done);
                case "markdown" -> CiReportMarkdown.render(done);
                case "junit" -> CiReportJUnit.render(done);
                default -> CiReportText.render(done);
            }));
            if (!t.toStdout() && !global().quiet()) {
                err().println("Wrote the ci report to " + t.output());
            }
        }
        html.write(runs, run, done, CompareOptions.defaults().withMetrics(options.metrics()), err(), global().quiet());
        return done.exitCode() == 0 ? ExitCode.OK : ExitCode.GATE_FAILED;
    }

    private CiConfig readConfig() {
        return ProjectConfig.read(config);
    }

    /** The result format of {@code --import}: the one --format naming a result format. */
    private String importFormat() {
        List<ReportOptions.Report> result = reports.asked().stream().filter(r -> MeasureImport.isResultFormat(r.format))
                .toList();
        if (importFile == null) {
            if (!result.isEmpty()) {
                throw ExitException.usage("--format " + result.get(0).format + " is a result format: it goes with --import FILE");
            }
            if (reference == null) {
                throw ExitException.usage("give the RUN to decide, or --import FILE --format F");
            }
            return null;
        }
        if (reference != null) {
            throw ExitException.usage("give either RUN or --import FILE, not both");
        }
        if (result.size() != 1) {
            throw ExitException.usage("--import " + importFile + " needs one --format naming its result format (lwos-json,"
                    + " lwos-native-log, jmh, ..., or auto)");
        }
        if (result.get(0).output != null) {
            throw ExitException.usage("--format " + result.get(0).format + " is the format of --import; --output goes"
                    + " with a report format");
        }
        return result.get(0).format;
    }

    private Run importRun(RunService runs, String format, Map<String, String> env, CiConfig ciConfig) throws IOException {
        if (!Files.isRegularFile(importFile)) {
            throw Failures.missing("file", importFile);
        }
        String name = importFile.getFileName().toString();
        ImportService.Naming naming = new ImportService.Naming(null, name.replaceFirst("\\.[^.]*$", ""),
                new LinkedHashSet<>(), "import:" + name, context.resolve(env));
        StringWriter said = new StringWriter();
        try (InputStream in = Files.newInputStream(importFile)) {
            PrintWriter to = new PrintWriter(said);
            Run run = MeasureImport.store(runs, format, in, importFile.toString(), naming, ciConfig, to, to);
            if (!global().quiet()) {
                err().print(said);
            }
            return run;
        } catch (IOException e) {
            throw Failures.unreadable("file", importFile, e);
        }
    }

    private CiOptions options() {
        List<Metric> chosen = new ArrayList<>();
        List<MeasureRef> measures = new ArrayList<>();
        for (String id : metrics) {
            var metric = Metric.byId(id);
            if (metric.isPresent()) {
                chosen.add(metric.get());
            } else if (id.contains(":")) {
                try {
                    measures.add(MeasureRef.parse(id));
                } catch (IllegalArgumentException e) {
                    throw ExitException.usage("--metric " + id + ": " + e.getMessage());
                }
            } else {
                chosen.add(MetricNames.require(id)); // says "did you mean"
            }
        }
        if (mergeBase != null && !GitAncestry.isCommitId(mergeBase)) {
            throw ExitException.usage("--merge-base: expected a commit id of 4 to 64 hex digits, got \"" + mergeBase + "\"");
        }
        return new CiOptions(mergeBase, baseline, confirmRigs, chosen, measures, warnOnImprovement, window);
    }
}
