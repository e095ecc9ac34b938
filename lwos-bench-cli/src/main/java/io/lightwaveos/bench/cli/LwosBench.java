package io.lightwaveos.bench.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code lwos-bench} command: global options, the list of subcommands, and {@code main}. */
@Command(name = "lwos-bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Collect, analyse and compare LightwaveOS audio-pipeline benchmarks.",
        footer = {"", "Exit codes: 0 ok, 1 runtime failure, 2 usage error, 3 gate failed, 130 interrupted."},
        subcommands = {
            AutoComplete.GenerateCompletion.class,
        })
public final class LwosBench implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    /** The global options as given on any level of the command line. */
    public GlobalOptions global() {
        return global;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A fully configured command line writing to {@code out} and {@code err}: the one used by
     * {@link #main} and by tests.
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        LwosBench root = new LwosBench();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        ErrorHandler handler = new ErrorHandler(root);
        cli.setParameterExceptionHandler(handler);
        cli.setExecutionExceptionHandler(handler);
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return cli;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
