package io.lightwaveos.bench.cli.startup;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.LwosBench;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The training run of the class-data archive: every command, run in this process the way
 * {@code main} runs it, on a scratch store of two small simulated runs. The JVM that runs it lists
 * the classes it loaded ({@code -XX:DumpLoadedClassList}); {@link StartupFiles} archives them.
 *
 * <p>Each step states the exit code it expects; a step that ends otherwise is reported on standard
 * error (the archive is still made from what was loaded, and the tests catch the broken command).
 */
final class Training {

    /**
     * The commands people and scripts run many times a day: {@link StartupFiles} gives them an
     * archive of their own classes, a third of the whole one, which the JVM maps and relocates in
     * less time (about 15 ms of each start, BENCHMARKS.md "Everyday commands").
     */
    static final List<String> EVERYDAY = List.of("list-runs", "show", "compare", "check", "history");

    /** The second argument that runs only the everyday commands' steps ({@link #everydaySteps}). */
    static final String EVERYDAY_ONLY = "--everyday";

    /** One command line of the training and the exit code it should end with. */
    record Step(int exitCode, List<String> args) {

        /** The subcommand the step runs ({@code --db}'s value and other options skipped), or null. */
        String command() {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--db")) {
                    i++;
                } else if (!args.get(i).startsWith("-")) {
                    return args.get(i);
                }
            }
            return null;
        }
    }

    private static final String BASELINE = "baseline.json";

    private Training() {
    }

    /**
     * Runs the training in {@code args[0]}, an empty scratch folder; with {@value #EVERYDAY_ONLY} as
     * {@code args[1]}, the everyday commands' steps in the folder of a whole training run before.
     *
     * <p>Exit code 0 when every step ended as expected, 1 otherwise.
     */
    public static void main(String[] args) throws Exception {
        Path scratch = Path.of(args[0]);
        int failed = 0;
        boolean everyday = args.length > 1 && args[1].equals(EVERYDAY_ONLY);
        for (Step step : everyday ? everydaySteps(scratch) : steps(scratch)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] argv = step.args().toArray(String[]::new);
            LwosBench.prepareAhead(argv);
            CommandLine cli = LwosBench.commandLine(InputStream.nullInputStream(), OutputStream.nullOutputStream(), err,
                    argv);
            ((LwosBench) cli.getCommand()).environment(Map.of());
            int code = cli.execute(argv);
            cli.getErr().flush();
            if (code != step.exitCode()) {
                failed++;
                System.err.println("class-data training: lwos-bench " + String.join(" ", argv) + " exited " + code
                        + ", expected " + step.exitCode() + ": " + err.toString(StandardCharsets.UTF_8).strip());
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    /**
     * The steps, in order: each command's help, then collect, list, show, compare, check, history,
     * export, import, report and delete in their output formats, and the errors users meet most
     * (an unknown run).
     */
    static List<Step> steps(Path scratch) throws Exception {
        String db = scratch.resolve("training.db").toString();
        String other = scratch.resolve("imported.db").toString();
        String baseline = scratch.resolve(BASELINE).toString();
        String csv = scratch.resolve("a.csv").toString();
        String json = scratch.resolve("a.json").toString();
        String archive = scratch.resolve("all.archive").toString();
        Files.createDirectories(scratch);

        List<Step> steps = new ArrayList<>();
        steps.add(ok("--version"));
        steps.add(ok("--help"));
        for (Class<?> c : LwosBench.commandClasses()) {
            steps.add(ok(c.getAnnotation(CommandLine.Command.class).name(), "--help"));
        }
        for (String name : List.of("a", "b")) {
            steps.add(ok("--db", db, "-q", "collect", "--simulate", "--simulate-rate", "20000", "--max-samples", "500",
                    "--run-name", name));
        }
        steps.add(ok("--db", db, "list-runs"));
        steps.add(ok("--db", db, "list-runs", "--format", "json"));
        steps.add(ok("--db", db, "show", "a"));
        steps.add(ok("--db", db, "show", "a", "--format", "json"));
        steps.add(new Step(ExitCode.USAGE, List.of("--db", db, "show", "nosuch")));
        for (String format : List.of("text", "json", "markdown", "junit")) {
            steps.add(ok("--db", db, "compare", "a", "b", "--format", format));
        }
        steps.add(ok("--db", db, "compare", "a", "b", "--metric", "avg_total_us"));
        steps.add(ok("--db", db, "check", "b", "--write-baseline", baseline));
        steps.add(ok("--db", db, "check", "b", "--baseline", baseline));
        for (String format : List.of("text", "json", "csv", "markdown")) {
            steps.add(ok("--db", db, "history", "avg_total_us", "--format", format));
        }
        steps.add(ok("--db", db, "-q", "export", "a", "--output", csv));
        steps.add(ok("--db", db, "-q", "export", "a", "--format", "json", "--output", json));
        steps.add(ok("--db", db, "-q", "export", "--all", "--output", archive));
        steps.add(ok("--db", db, "-q", "import", csv, "--allow-duplicate", "--run-name", "c"));
        steps.add(ok("--db", other, "-q", "import", json));
        steps.add(ok("--db", other, "-q", "import", archive, "--skip-conflicts"));
        steps.add(ok("--db", db, "-q", "report", "a", "b", "--output", scratch.resolve("report.html").toString()));
        steps.add(ok("--db", db, "-q", "delete", "c", "--yes"));
        steps.add(ok("generate-completion"));
        return steps;
    }

    /**
     * The steps of the {@link #EVERYDAY} commands alone, on the store a whole training run made in
     * {@code scratch}; the baseline file that run wrote is removed first, for {@code check} to write
     * it again.
     */
    static List<Step> everydaySteps(Path scratch) throws Exception {
        Files.deleteIfExists(scratch.resolve(BASELINE));
        return steps(scratch).stream().filter(s -> s.command() != null && EVERYDAY.contains(s.command())).toList();
    }

    private static Step ok(String... args) {
        return new Step(ExitCode.OK, List.of(args));
    }
}
