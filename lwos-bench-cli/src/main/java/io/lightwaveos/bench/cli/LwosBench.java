package io.lightwaveos.bench.cli;

import io.lightwaveos.bench.cli.command.AckCommand;
import io.lightwaveos.bench.cli.command.CheckCommand;
import io.lightwaveos.bench.cli.command.CiCommand;
import io.lightwaveos.bench.cli.command.CollectCommand;
import io.lightwaveos.bench.cli.command.CompareCommand;
import io.lightwaveos.bench.cli.command.DeleteCommand;
import io.lightwaveos.bench.cli.command.ExportCommand;
import io.lightwaveos.bench.cli.command.HistoryCommand;
import io.lightwaveos.bench.cli.command.ImportCommand;
import io.lightwaveos.bench.cli.command.ListRunsCommand;
import io.lightwaveos.bench.cli.command.PushCommand;
import io.lightwaveos.bench.cli.command.ReportCommand;
import io.lightwaveos.bench.cli.command.ShowCommand;
import io.lightwaveos.bench.cli.command.ServeCommand;
import io.lightwaveos.bench.cli.command.SimulateCommand;
import io.lightwaveos.bench.cli.command.StoreCommand;
import io.lightwaveos.bench.cli.startup.WarmUp;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The {@code lwos-bench} command: global options, the list of subcommands, and {@code main}. */
@Command(name = "lwos-bench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Collect, analyse and compare LightwaveOS audio-pipeline benchmarks.",
        footer = {"", "Runs are named by full id, a unique id prefix of 4+ hex characters, or an exact name"
                + " (the most recent run of that name).",
                "Exit codes: 0 ok, 1 runtime failure (device, I/O), 2 usage error (bad option, unknown run,"
                + " malformed input file), 3 gate failed, 130 interrupted."})
public final class LwosBench implements Runnable {

    /** Every subcommand, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            CollectCommand.class,
            ListRunsCommand.class,
            ShowCommand.class,
            CompareCommand.class,
            CheckCommand.class,
            HistoryCommand.class,
            AckCommand.class,
            CiCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            DeleteCommand.class,
            PushCommand.class,
            SimulateCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            AutoComplete.GenerateCompletion.class);

    /** Every subcommand's class, in the order help lists them. */
    public static List<Class<?>> commandClasses() {
        return COMMANDS;
    }

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    private InputStream in = System.in;
    private OutputStream stdout = System.out;
    private Map<String, String> environment = System.getenv();

    /** The global options as given on any level of the command line. */
    public GlobalOptions global() {
        return global;
    }

    /** Where commands read answers (the {@code delete} confirmation) from. */
    public InputStream in() {
        return in;
    }

    /**
     * Standard output as bytes, for commands that stream files ({@code export -}); flush
     * {@code getOut()} before writing here.
     */
    public OutputStream stdout() {
        return stdout;
    }

    /**
     * The environment variables the commands read ({@code LWOS_BENCH_API_KEY}, {@code LWOS_BENCH_RIG},
     * the CI's variables): the process's, unless {@link #environment(Map)} replaced them.
     */
    public Map<String, String> environment() {
        return environment;
    }

    /** Replaces the environment the commands read (tests never let them read the real one). */
    public void environment(Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A fully configured command line with every subcommand, reading standard input and writing to
     * {@code out} and {@code err} (text; bytes a command streams to standard output are decoded as
     * UTF-8).
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return configure(System.in, new WriterOutputStream(out), out, err, COMMANDS);
    }

    /**
     * A fully configured command line with every subcommand, reading {@code in} and writing UTF-8
     * to {@code out} and {@code err}.
     */
    public static CommandLine commandLine(InputStream in, OutputStream out, OutputStream err) {
        return commandLine(in, out, err, null);
    }

    /**
     * The command line {@link #main} runs {@code args} with (tests use it too): picocli builds
     * its model of a command by reflection, which is most of the start-up time, so only the
     * subcommand that {@code args} name is registered, none for {@code --version}, and all of them
     * when help, completion or an error message may need the whole list.
     *
     * @param args the arguments that will be executed; null registers every subcommand
     */
    public static CommandLine commandLine(InputStream in, OutputStream out, OutputStream err, String[] args) {
        // Standard output is not flushed line by line: a history of 1,000 runs made 1,000 writes to the
        // terminal. It is flushed when the command ends (main, CliRunner) and wherever a command shows
        // something while it goes on (serve's address, simulate's URL, delete's question, push and
        // import per run). Standard error keeps flushing every line.
        return configure(in, out, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                args == null ? COMMANDS : commandsNeeded(args));
    }

    /** The subcommands {@code args} need (see {@link #commandLine(InputStream, OutputStream, OutputStream, String[])}). */
    static List<Class<?>> commandsNeeded(String[] args) {
        boolean versionOnly = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--db" -> i++;
                case "-v", "--verbose", "-q", "--quiet", "-vq", "-qv" -> {
                }
                case "-V", "--version" -> versionOnly = true;
                default -> {
                    if (a.startsWith("--db=")) {
                        continue;
                    }
                    if (a.startsWith("-")) {
                        return COMMANDS;
                    }
                    for (Class<?> c : COMMANDS) {
                        Command command = c.getAnnotation(Command.class);
                        if (command.name().equals(a) || List.of(command.aliases()).contains(a)) {
                            return c == AutoComplete.GenerateCompletion.class ? COMMANDS : List.of(c);
                        }
                    }
                    return COMMANDS;
                }
            }
        }
        return versionOnly ? List.of() : COMMANDS;
    }

    /**
     * The picocli system property that leaves out built-in converters, and what it leaves out here: no
     * option of lwos-bench is of a {@code java.time} or {@code java.sql} type ({@code LwosBenchTest}
     * checks it), and picocli looks those types up by reflection for every command line it builds,
     * which initialised about 50 classes, the JDK's date-time formatters among them, in every start.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    static final String UNUSED_CONVERTERS = "java\\.time\\..*,java\\.sql\\..*";

    private static CommandLine configure(InputStream in, OutputStream stdout, PrintWriter out, PrintWriter err,
            List<Class<?>> commands) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        LwosBench root = new LwosBench();
        root.in = in;
        root.stdout = stdout;
        CommandLine cli = new CommandLine(root);
        for (Class<?> c : commands) {
            cli.addSubcommand(c);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpAutoWidth(true);
        ErrorHandler handler = new ErrorHandler(root);
        cli.setParameterExceptionHandler(handler);
        cli.setExecutionExceptionHandler(handler);
        CommandLine simulate = cli.getSubcommands().get("simulate");
        if (simulate != null) {
            // The simulator has no store: an inherited --db would be listed in its help and ignored.
            simulate.getCommandSpec().remove(simulate.getCommandSpec().findOption("--db"));
        }
        CommandLine completion = cli.getSubcommands().get("generate-completion");
        if (completion != null) {
            completion.getCommandSpec().usageMessage().hidden(false);
        }
        return cli;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        if (isVersionOnly(args)) {
            // Scripts and CI ask this most: building picocli's model would cost more than the JVM's own start.
            try {
                OutputStream out = new FileOutputStream(FileDescriptor.out);
                out.write(versionText().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // Standard output went away (a closed pipe): nothing left to tell anyone.
            }
            System.exit(ExitCode.OK);
        }
        configureLogging(args);
        Thread ahead = new Thread(new StartAhead(args), "lwos-bench-start-ahead");
        ahead.setDaemon(true);
        ahead.start();
        // UTF-8 whatever the locale: tables carry units such as µs.
        OutputStream out = new BufferedOutputStream(new StandardOutput(new FileOutputStream(FileDescriptor.out)), 1 << 16);
        CommandLine cli = commandLine(System.in, out, new FileOutputStream(FileDescriptor.err), args);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        try {
            out.flush();
        } catch (IOException e) {
            // Standard output went away (a closed pipe): nothing left to tell anyone.
        }
        System.exit(code);
    }

    /**
     * Start-up work that {@code main} hands to a second thread while it builds picocli's model and
     * parses the arguments (measured in BENCHMARKS.md, "Everyday commands"): the classes that the JDK
     * makes for picocli's annotations at their first use (about 10 ms each in a new JVM, and a
     * class-data archive cannot hold them), then the store's engine when the command uses the store,
     * then the command's analysis on made-up data ({@link WarmUp}).
     */
    static final class StartAhead implements Runnable, InvocationHandler {

        /** picocli's annotations other than {@code @Command}, which {@code main} reads first itself. */
        private static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(ArgGroup.class, Parameters.class,
                ParentCommand.class, Spec.class, Option.class, Mixin.class);

        private final String[] args;

        StartAhead(String[] args) {
            this.args = args;
        }

        @Override
        public void run() {
            for (Class<? extends Annotation> type : ANNOTATIONS) {
                // The JDK's annotation parser asks for the same proxy class (same loader, same
                // interface) and finds it made.
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, this);
            }
            List<Class<?>> commands = commandsNeeded(args);
            if (commands.size() == 1) {
                StoreCommand.prepareStore(commands.get(0), dbOption(args));
                WarmUp.before(commands.get(0));
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) {
            throw new UnsupportedOperationException("only made to have its class ready");
        }
    }

    /**
     * Does on this thread what {@code main} starts on a second one ({@link StartAhead}): the
     * class-data training run calls it so that the archive holds the classes it loads.
     */
    public static void prepareAhead(String[] args) {
        new StartAhead(args).run();
    }

    /** The value of {@code --db} in {@code args} (before any {@code --}), or null. */
    static String dbOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.equals("--db")) {
                return i + 1 < args.length ? args[i + 1] : null;
            }
            if (a.startsWith("--db=")) {
                return a.substring("--db=".length());
            }
        }
        return null;
    }

    /** Whether {@code args} are {@code --version} or {@code -V} alone, which {@code main} answers without picocli. */
    static boolean isVersionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** What {@code --version} prints: {@link VersionProvider}'s lines, as picocli prints them. */
    static String versionText() {
        StringBuilder text = new StringBuilder();
        for (String line : new VersionProvider().getVersion()) {
            text.append(line).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** The level of the connection pool's logger: off unless {@code --verbose} (simplelogger.properties). */
    static final String HIKARI_LEVEL = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

    /**
     * slf4j-simple reads its level once, when the first logger is made: {@code --verbose} must
     * lower it before anything logs, so it is looked for here, ahead of parsing. Without it, errors
     * are the one line the command prints: the connection pool (whose outage reports carry stack
     * traces, SQL and sample bytes) stays silent.
     */
    static void configureLogging(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return;
            }
            if (a.equals("--verbose") || isShortCluster(a) && a.indexOf('v') > 0) {
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
                System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "info");
                System.setProperty(HIKARI_LEVEL, "info");
                System.setProperty("org.slf4j.simpleLogger.log.org.sqlite.SQLiteJDBCLoader", "info");
                return;
            }
        }
    }

    /** {@code -v}, {@code -vq}, ...: short flags without values given together. */
    private static boolean isShortCluster(String a) {
        if (a.length() < 2 || a.charAt(0) != '-' || a.charAt(1) == '-') {
            return false;
        }
        for (int i = 1; i < a.length(); i++) {
            if ("vqhV".indexOf(a.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
