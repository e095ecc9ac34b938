package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs Java 17 to 20 with the JDK's own locale data ({@code -Djava.locale.providers=COMPAT},
 * which spares every start CLDR's locale lookups): the everyday commands must print the same bytes with
 * it as with the JVM's default, CLDR. Each command runs in this JVM (CLDR) and in a child JVM with
 * COMPAT, on the same store, through {@link #outputs} ({@link CliRunner}); the child runs this class's
 * {@link #main}.
 */
class LocaleDataIT {

    @TempDir
    Path dir;

    @Test
    void theEverydayCommandsPrintTheSameBytesWithTheJdksLocaleDataAsWithCldr() throws Exception {
        String db = dir.resolve("locale.db").toString();
        for (String name : List.of("a", "b")) {
            CliRunner.Result collect = CliRunner.run("--db", db, "-q", "collect", "--simulate", "--simulate-rate", "5000",
                    "--max-samples", "400", "--run-name", name);
            assertThat(collect.exitCode()).as(collect.toString()).isZero();
        }
        Path measures = dir.resolve("measures.json");
        for (String name : List.of("m1", "m2", "m3")) {
            Files.writeString(measures, "[{\"name\": \"latency_ms\", \"unit\": \"ms\", \"direction\": \"smaller_is_better\","
                    + " \"values\": [8.41, 8.39, 8.44, 8.40]}, {\"name\": \"cpu_load_percent\", \"unit\": \"%\","
                    + " \"value\": 12.5}]", StandardCharsets.UTF_8);
            CliRunner.Result imported = CliRunner.run("--db", db, "-q", "import", measures.toString(), "--format",
                    "generic-json", "--run-name", name);
            assertThat(imported.exitCode()).as(imported.toString()).isZero();
        }
        String baseline = dir.resolve("baseline.json").toString();
        assertThat(CliRunner.run("--db", db, "-q", "check", "a", "--write-baseline", baseline).exitCode()).isZero();

        String cldr = outputs(db, baseline);
        assertThat(cldr).contains("latency_ms", "avg_total_us", "ci95");
        Path classes = Path.of(LocaleDataIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        CliRunner.Result compat = ChildProcesses.run(dir, List.of(ChildProcesses.java(), "-Djava.locale.providers=COMPAT",
                "-XX:TieredStopAtLevel=1", "-cp", ChildProcesses.jar() + java.io.File.pathSeparator + classes,
                LocaleDataIT.class.getName(), db, baseline));
        assertThat(compat.exitCode()).as(compat.err()).isZero();
        assertThat(compat.err()).isEmpty();
        assertThat(compat.out()).isEqualTo(cldr);
    }

    /** The child JVM: prints {@link #outputs} of the store {@code args[0]} and the baseline {@code args[1]}. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(outputs(args[0], args[1]));
        out.flush();
    }

    /** Each everyday command in each of its formats, with its standard output, exit code and standard error. */
    static String outputs(String db, String baseline) {
        List<List<String>> commands = new ArrayList<>();
        for (String format : List.of("table", "json")) {
            commands.add(List.of("list-runs", "--format", format));
        }
        for (String format : List.of("text", "json")) {
            commands.add(List.of("show", "a", "--format", format));
            commands.add(List.of("show", "m1", "--format", format));
        }
        for (String format : List.of("text", "json", "markdown", "junit")) {
            commands.add(List.of("compare", "a", "b", "--format", format));
            commands.add(List.of("compare", "m1", "m2", "--format", format));
        }
        commands.add(List.of("check", "b", "--baseline", baseline));
        for (String format : List.of("text", "json", "csv", "markdown")) {
            commands.add(List.of("history", "avg_total_us", "--format", format));
            commands.add(List.of("history", "latency_ms", "--format", format));
        }
        commands.add(List.of("history", "--help"));
        StringBuilder all = new StringBuilder();
        for (List<String> command : commands) {
            List<String> argv = new ArrayList<>(List.of("--db", db));
            argv.addAll(command);
            CliRunner.Result r = CliRunner.run(argv.toArray(String[]::new));
            all.append("$ lwos-bench ").append(String.join(" ", command)).append('\n')
                    .append(r.out()).append("exit ").append(r.exitCode()).append('\n').append(r.err());
        }
        return all.toString();
    }
}
