package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LwosBenchTest {

    @Test
    void versionPrintsTheProjectVersionAndExitsZero() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("lwos-bench 0.1.0-SNAPSHOT");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theVersionMainPrintsWithoutPicocliIsWhatPicocliPrints() {
        assertThat(LwosBench.isVersionOnly(new String[] {"--version"})).isTrue();
        assertThat(LwosBench.isVersionOnly(new String[] {"-V"})).isTrue();
        assertThat(LwosBench.isVersionOnly(new String[] {"-q", "--version"})).isFalse();
        assertThat(LwosBench.isVersionOnly(new String[] {"show", "--version"})).isFalse();
        assertThat(LwosBench.versionText()).isEqualTo(CliRunner.run("--version").out());
        assertThat(LwosBench.versionText()).isEqualTo(CliRunner.run("-V").out());
    }

    @Test
    void helpListsTheGlobalOptionsAndExitCodes() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("--db=PATH", "--verbose", "--quiet", "--version", "Exit codes:");
    }

    @Test
    void unknownOptionIsAUsageErrorWithOneLineAndAPointerToHelp() {
        CliRunner.Result r = CliRunner.run("--frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: Unknown option: '--frobnicate'");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aTeamStoreThatCannotBeReachedIsOneLineOnStderrWithoutVerbose(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // closed again: nobody listens there
        }
        String url = "postgresql://bench:pw@127.0.0.1:" + port + "/bench";
        // The real main in a JVM of its own: logging is configured once per process, as for a user.
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LwosBench.class.getName(), "--db", url, "list-runs");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err"));

        assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.FAILURE);
        assertThat(err).startsWith("lwos-bench: cannot reach the PostgreSQL server at 127.0.0.1:" + port)
                .doesNotContain("Hikari", "\tat ").hasLineCount(1);
    }

    /** Every subcommand's name, from the list {@code main} registers, and the alias {@code list}. */
    static java.util.stream.Stream<String> commandNames() {
        return java.util.stream.Stream.concat(LwosBench.commandClasses().stream()
                .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name()), java.util.stream.Stream.of("list"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commandNames")
    void everyCommandHasHelpWithDescribedOptions(String command) {
        // picocli reports a description it cannot format (a bare %) on System.err, not on our writer.
        java.io.PrintStream systemErr = System.err;
        java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
        CliRunner.Result r;
        try {
            System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
            r = CliRunner.run(command, "--help");
        } finally {
            System.setErr(systemErr);
        }
        assertThat(picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("Usage: lwos-bench " + command.replace("list-runs", "list-runs"));
        assertThat(r.out()).contains("--help");
        if (command.equals("simulate")) {
            assertThat(r.out()).as("the simulator has no store").doesNotContain("--db");
        } else {
            // Paths and URLs are never broken across lines (80 columns, as in a pipe or a small terminal).
            assertThat(r.out()).contains("--db=PATH|URL").contains("postgresql://USER@HOST[:PORT]/DB.")
                    .contains("~/.lwos-bench/lwos-bench.db.");
        }
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theRootHelpListsEveryCommand() {
        assertThat(CliRunner.run("--help").out()).contains("collect", "list-runs, list", "show", "compare", "check",
                "export", "import", "delete", "simulate", "generate-completion");
    }

    @Test
    void verboseIsFoundBeforeParsingSoLoggingCanBeLoweredFirst() {
        String property = "org.slf4j.simpleLogger.defaultLogLevel";
        String before = System.getProperty(property);
        try {
            System.clearProperty(property);
            LwosBench.configureLogging(new String[] {"list", "--db", "x.db"});
            assertThat(System.getProperty(property)).isNull();
            LwosBench.configureLogging(new String[] {"--", "-v"});
            assertThat(System.getProperty(property)).isNull();
            LwosBench.configureLogging(new String[] {"show", "-qv", "run"});
            assertThat(System.getProperty(property)).isEqualTo("info");
            System.clearProperty(property);
            LwosBench.configureLogging(new String[] {"--verbose", "list"});
            assertThat(System.getProperty(property)).isEqualTo("info");
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void unexpectedFailuresPrintOneLineUnlessVerbose(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // A folder where the database file should be: the store refuses it.
        CliRunner.Result r = CliRunner.run("--db", dir.toString(), "list-runs");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lwos-bench: expected a database file, found a folder: " + dir.toAbsolutePath() + "\n");
        CliRunner.Result verbose = CliRunner.run("--db", dir.toString(), "-v", "list-runs");
        assertThat(verbose.err()).startsWith("lwos-bench: expected a database file").contains("\tat ");
    }

    @Test
    void onlyTheSubcommandTheArgumentsNameIsBuiltSoThatStartUpStaysShort() {
        assertThat(LwosBench.commandsNeeded(new String[] {"--version"})).isEmpty();
        assertThat(LwosBench.commandsNeeded(new String[] {"-q", "--db", "compare", "compare", "a", "b"}))
                .containsExactly(io.lightwaveos.bench.cli.command.CompareCommand.class);
        assertThat(LwosBench.commandsNeeded(new String[] {"--db=x.db", "list", "--limit", "3"}))
                .containsExactly(io.lightwaveos.bench.cli.command.ListRunsCommand.class);
        assertThat(LwosBench.commandsNeeded(new String[] {"--help"})).isEqualTo(LwosBench.COMMANDS);
        assertThat(LwosBench.commandsNeeded(new String[] {})).isEqualTo(LwosBench.COMMANDS);
        assertThat(LwosBench.commandsNeeded(new String[] {"frobnicate"})).isEqualTo(LwosBench.COMMANDS);
        assertThat(LwosBench.commandsNeeded(new String[] {"generate-completion"})).isEqualTo(LwosBench.COMMANDS);
        assertThat(CliRunner.run("-q", "--version").out()).startsWith("lwos-bench 0.1.0-SNAPSHOT");
        assertThat(CliRunner.run("frobnicate").err()).contains("Unmatched argument").contains("Did you mean");
    }

    /**
     * The built-in converters {@code configure} leaves out (picocli's {@code picocli.converters.excludes})
     * are of types no option or parameter of any command has: each would otherwise fail to parse.
     */
    @Test
    void noOptionIsOfATypeWhoseConverterIsLeftOut() {
        java.util.regex.Pattern excluded = java.util.regex.Pattern.compile(
                String.join("|", LwosBench.UNUSED_CONVERTERS.split(",")));
        assertThat(excluded.matcher("java.time.Duration").matches()).isTrue();
        assertThat(excluded.matcher("java.sql.Timestamp").matches()).isTrue();
        assertThat(excluded.matcher("java.nio.file.Path").matches()).isFalse();
        List<String> types = new java.util.ArrayList<>();
        List<picocli.CommandLine> lines = new java.util.ArrayList<>(List.of(LwosBench.commandLine(
                java.io.InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream(), null)));
        for (int i = 0; i < lines.size(); i++) {
            picocli.CommandLine.Model.CommandSpec spec = lines.get(i).getCommandSpec();
            lines.addAll(lines.get(i).getSubcommands().values());
            for (picocli.CommandLine.Model.ArgSpec arg : spec.args()) {
                types.add(arg.type().getName());
                for (Class<?> t : arg.auxiliaryTypes()) {
                    types.add(t.getName());
                }
            }
        }
        assertThat(types).hasSizeGreaterThan(100).contains("java.nio.file.Path", "double", "java.lang.String")
                .noneMatch(t -> excluded.matcher(t).matches());
        assertThat(System.getProperty(LwosBench.CONVERTER_EXCLUDES)).isEqualTo(LwosBench.UNUSED_CONVERTERS);
    }

    @Test
    void theDbOptionIsFoundAheadOfParsingForTheStoreLoader() {
        assertThat(LwosBench.dbOption(new String[] {"-q", "--db", "a.db", "show", "x"})).isEqualTo("a.db");
        assertThat(LwosBench.dbOption(new String[] {"--db=postgresql://u@h/d", "list-runs"})).isEqualTo("postgresql://u@h/d");
        assertThat(LwosBench.dbOption(new String[] {"show", "x"})).isNull();
        assertThat(LwosBench.dbOption(new String[] {"--db"})).isNull();
        assertThat(LwosBench.dbOption(new String[] {"import", "--", "--db", "x"})).isNull();
    }

    @Test
    void generateCompletionPrintsABashScript() {
        CliRunner.Result r = CliRunner.run("generate-completion");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("complete -F", "lwos-bench", "collect", "compare", "--fail-on-regression");
    }
}
