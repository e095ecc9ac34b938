package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.collect.InterruptHook;
import io.lightwaveos.bench.cli.collect.ProgressReporter;
import io.lightwaveos.bench.cli.render.CollectSummary;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.service.collect.StoreCollection;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunJson;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code collect}: stream a device's benchmark frames into a new run. */
@Command(name = "collect", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Collect benchmark frames from a LightwaveOS device (or the built-in simulator) into a new run.",
            "Samples are stored as they arrive. Ctrl-C stops cleanly: everything received is kept, the run is"
                + " marked INTERRUPTED and the command exits with 130.",
            "A collection that fails before its first sample leaves no run behind."},
        footer = {"", "Examples:",
            "  lwos-bench collect --simulate --run-name first --duration 10",
            "  lwos-bench collect --host 192.168.1.40 --run-name baseline --duration 300 --tags nightly,esp32",
            "  lwos-bench collect --host 192.168.1.40 --run-name soak --duration 3600 --vitals-every 30",
            "  lwos-bench collect --host 192.168.1.40 --api-key \"$KEY\" --run-name pr-17 --duration 60 --rig bench-1"
                + " --branch feature/dsp --commit 3f2a9c1"})
public final class CollectCommand extends StoreCommand {

    @Option(names = "--run-name", required = true, paramLabel = "NAME", description = "Name of the new run.")
    String runName;

    @Option(names = "--description", paramLabel = "TEXT", description = "Free text stored with the run.")
    String description = "";

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags, comma-separated: --tags nightly,esp32.")
    List<String> tags = List.of();

    @Option(names = "--host", paramLabel = "HOST", description = "Device host name or address (default: ${DEFAULT-VALUE}).")
    String host = CollectorConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Device port (default: ${DEFAULT-VALUE}).")
    int port = CollectorConfig.DEFAULT_PORT;

    @Option(names = "--url", paramLabel = "URL", description = "Device WebSocket URL, ws:// or wss://; overrides --host and --port.")
    String url;

    @Option(names = "--simulate", description = "Start the built-in device simulator in-process and collect from it.")
    boolean simulate;

    @Option(names = "--simulate-rate", paramLabel = "FPS",
            description = "Frames per second of the built-in simulator (default: ${DEFAULT-VALUE}, the device's rate).")
    double simulateRate = 10;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds of streaming.")
    Double durationSeconds;

    @Option(names = "--max-samples", paramLabel = "N", description = "Stop after this many samples.")
    Long maxSamples;

    @Option(names = "--reset-stats",
            description = "Send benchmark.start first (resets the device's statistics) and benchmark.stop at the end,"
                    + " keeping the device's own results with the run.")
    boolean resetStats;

    @Option(names = "--no-reconnect", description = "Fail instead of reconnecting when the connection drops.")
    boolean noReconnect;

    @Option(names = "--connect-timeout", paramLabel = "SECONDS",
            description = "Time allowed to connect and complete the WebSocket handshake (default: ${DEFAULT-VALUE}).")
    double connectTimeoutSeconds = 5;

    @Option(names = "--subscribe-timeout", paramLabel = "SECONDS",
            description = "Time allowed for the device to answer benchmark.subscribe, benchmark.start and"
                    + " benchmark.stop (default: ${DEFAULT-VALUE}).")
    double subscribeTimeoutSeconds = 5;

    @Option(names = "--reconnect-timeout", paramLabel = "SECONDS",
            description = "Give up when the device stays away this long (default: ${DEFAULT-VALUE}).")
    double reconnectTimeoutSeconds = 60;

    @Option(names = "--vitals-every", paramLabel = "SECONDS",
            description = "Ask the device for its vitals (device.getStatus: frame rate, free heap, CPU load) right after"
                    + " subscribing and then this often: the run's measures device_fps, free_heap_min_bytes and"
                    + " device_cpu_percent (suite device), stored with the run and printed at the end. A device that does not answer costs an"
                    + " event, never the run. 0 turns it off (default: ${DEFAULT-VALUE}).")
    double vitalsEverySeconds = CollectorConfig.DEFAULT_VITALS_EVERY.toSeconds();

    @Mixin
    ContextOptions context = new ContextOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (the summary table) or json: the run document (lwos-bench/run/v2, as `show --format"
                    + " json` prints it: id, context, quality, statistics, events) on standard output, for scripts;"
                    + " progress and the summary line stay on standard error (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Option(names = "--api-key", paramLabel = "KEY", description = "API key of a device built with FEATURE_API_AUTH"
            + " (default: $" + API_KEY_ENV + "); sent to the device only, never printed or stored.")
    String apiKey;

    /** The environment variable holding the API key when {@code --api-key} is not given. */
    static final String API_KEY_ENV = "LWOS_BENCH_API_KEY";

    private volatile InterruptHook interrupt;

    @Override
    protected boolean createsStore() {
        return true;
    }

    @Override
    protected int run(RunService runs) {
        Choice.of("--format", format, "text", "json");
        if (simulate && url != null) {
            throw ExitException.usage("--simulate and --url exclude each other: the simulator has its own URL");
        }
        if (!simulate) {
            CollectorConfig config = config(null);
            return collect(runs, config, config.source());
        }
        SimulatorConfig sim;
        try {
            sim = SimulatorConfig.builder().rate(simulateRate).build();
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--simulate-rate: " + e.getMessage());
        }
        try (DeviceSimulator device = DeviceSimulator.start(sim)) {
            return collect(runs, config(device.url()), "simulator");
        }
    }

    /** Stops a running collection the way Ctrl-C does; for tests in the same JVM. */
    void interrupt() {
        InterruptHook hook = interrupt;
        if (hook != null) {
            hook.trigger();
        }
    }

    private int collect(RunService runs, CollectorConfig config, String source) {
        RunStart spec = RunStart.named(runName).withDescription(description).withTags(tags).withSource(source)
                .withContext(config.context());
        boolean quiet = global().quiet();
        if (!quiet) {
            err().println("Collecting from " + config.source() + " into run \"" + runName + "\"; Ctrl-C to stop.");
        }
        StoreCollection collection;
        try {
            collection = StoreCollection.start(runs, spec, config);
        } catch (IllegalStateException e) {
            throw ExitException.failure("cannot start collecting from " + config.source() + ": " + e.getMessage(), e);
        }
        CollectionResult result;
        Optional<Run> finished;
        try (InterruptHook hook = InterruptHook.install(collection::stop)) {
            interrupt = hook;
            try (ProgressReporter reporter = ProgressReporter.start(collection::progress, err(), progressMode(quiet),
                    null, config.duration().orElse(null), config.maxSamples().orElse(0))) {
                result = collection.await();
            }
            finished = collection.finish(result);
            if (format.equalsIgnoreCase("json")) {
                finished.ifPresent(run -> {
                    if (!quiet) {
                        CollectSummary.line(run, result, err());
                    }
                    out().print(Json.pretty(RunJson.toJson(run, runs.summaries(run.id()), runs.events(run.id()))));
                });
            } else {
                finished.ifPresent(run -> CollectSummary.print(run, result, runs.summaries(run.id()), out()));
            }
            out().flush();
            result.warnings().forEach(w -> err().println("lwos-bench: warning: " + w));
            err().flush();
        } finally {
            interrupt = null;
        }
        if (result.isFailed()) {
            String kept = finished.map(r -> "; the " + r.sampleCount() + " samples received are kept in run "
                    + r.id() + " (FAILED)").orElse("");
            throw new ExitException(ExitCode.FAILURE, result.failureMessage() + kept);
        }
        if (finished.isEmpty()) {
            err().println("lwos-bench: stopped before the first sample; no run was kept");
        }
        return result.status() == RunStatus.INTERRUPTED ? ExitCode.INTERRUPTED : ExitCode.OK;
    }

    private ProgressReporter.Mode progressMode(boolean quiet) {
        if (quiet) {
            return ProgressReporter.Mode.OFF;
        }
        return System.console() != null ? ProgressReporter.Mode.LIVE : ProgressReporter.Mode.PERIODIC;
    }

    private CollectorConfig config(String simulatorUrl) {
        try {
            CollectorConfig.Builder b = CollectorConfig.builder();
            if (simulatorUrl != null) {
                b.url(simulatorUrl);
            } else if (url != null) {
                b.url(url);
            } else {
                b.host(host).port(port);
            }
            if (durationSeconds != null) {
                b.duration(Durations.seconds("--duration", durationSeconds));
            }
            if (maxSamples != null) {
                b.maxSamples(maxSamples);
            }
            if (durationSeconds == null && maxSamples == null) {
                b.untilStopped(); // Ctrl-C ends it
            }
            String key = apiKey != null ? apiKey : root.environment().get(API_KEY_ENV);
            return b.resetStats(resetStats).sendStop(resetStats)
                    .apiKey(key)
                    .context(context.resolve(root.environment()))
                    .reconnect(!noReconnect)
                    .connectTimeout(Durations.seconds("--connect-timeout", connectTimeoutSeconds))
                    .subscribeTimeout(Durations.seconds("--subscribe-timeout", subscribeTimeoutSeconds))
                    .reconnectTimeout(Durations.seconds("--reconnect-timeout", reconnectTimeoutSeconds))
                    .vitalsEvery(Durations.secondsOrOff("--vitals-every", vitalsEverySeconds))
                    .build();
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(OptionNames.inMessage(spec, e.getMessage()));
        }
    }
}
