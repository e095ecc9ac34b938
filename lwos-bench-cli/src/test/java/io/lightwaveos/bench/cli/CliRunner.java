package io.lightwaveos.bench.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process, capturing exit code, stdout and stderr. */
public final class CliRunner {

    /** What a run of the command line left behind. */
    public record Result(int exitCode, String out, String err) {

        /** Standard output as bytes were written (UTF-8 decoded). */
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /**
     * A command line prepared for one run of {@code args}, built the way {@code main} builds it
     * (only the subcommands the arguments need), for tests that reach into a command while it runs.
     */
    public static final class Session {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CommandLine cli;
        private final String[] args;

        Session(String stdin, String[] args) {
            this.args = args.clone();
            cli = LwosBench.commandLine(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err,
                    this.args);
            // Tests never read the real environment (a CI's variables would leak into the runs).
            environment(Map.of());
        }

        /** Replaces the environment variables the commands see (none by default). */
        public Session environment(Map<String, String> variables) {
            ((LwosBench) cli.getCommand()).environment(variables);
            return this;
        }

        /** The command line (its subcommands hold the command objects). */
        public CommandLine commandLine() {
            return cli;
        }

        /** The command object of a subcommand. */
        @SuppressWarnings("unchecked")
        public <T> T command(String name) {
            return (T) cli.getSubcommands().get(name).getCommand();
        }

        /** Runs the arguments and returns what happened. */
        public Result execute() {
            int code = cli.execute(args);
            cli.getOut().flush();
            cli.getErr().flush();
            return new Result(code, text(out), text(err));
        }

        /** Standard error so far (for polling a running command). */
        public String errSoFar() {
            return text(err);
        }

        /** Standard output so far (for polling a running command). */
        public String outSoFar() {
            return text(out);
        }

        private static String text(ByteArrayOutputStream b) {
            synchronized (b) {
                return b.toString(StandardCharsets.UTF_8);
            }
        }
    }

    private CliRunner() {
    }

    /** Runs {@code args} with empty standard input and these environment variables. */
    public static Result runWithEnvironment(Map<String, String> environment, String... args) {
        return session("", args).environment(environment).execute();
    }

    /** Runs {@code args} with empty standard input. */
    public static Result run(String... args) {
        return session("", args).execute();
    }

    /** Runs {@code args} with {@code stdin} as standard input. */
    public static Result runWithInput(String stdin, String... args) {
        return session(stdin, args).execute();
    }

    /** A command line prepared to run {@code args} with {@code stdin} as standard input. */
    public static Session session(String stdin, String... args) {
        return new Session(stdin, args);
    }
}
