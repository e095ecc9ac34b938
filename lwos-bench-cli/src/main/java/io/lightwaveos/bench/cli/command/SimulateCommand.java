package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.collect.InterruptHook;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.DeviceStatusBehaviour;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.SimulatorStats;
import io.lightwaveos.bench.simulator.SubscribeBehaviour;
import io.lightwaveos.bench.simulator.VitalsOptions;
import io.lightwaveos.bench.web.BindAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simulate}: a LightwaveOS device on a WebSocket, until Ctrl-C. */
@Command(name = "simulate", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run the device simulator: serves the benchmark protocol on ws://BIND:PORT/ws with realistic"
                + " frames, and injects faults on request. Runs until Ctrl-C (exit 130) or --duration.",
            "Collect from it with: lwos-bench collect --url ws://127.0.0.1:8765/ws --run-name sim"})
public final class SimulateCommand implements Callable<Integer> {

    private static final SimulatorConfig DEFAULTS = SimulatorConfig.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = SimulatorConfig.STANDALONE_PORT;

    @Option(names = "--bind", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind = DEFAULTS.bindHost();

    @Option(names = "--rate", paramLabel = "FPS", description = "Frames per second (default: ${DEFAULT-VALUE}).")
    double rate = DEFAULTS.rate();

    @Option(names = "--extended-every", paramLabel = "N", description = "Every Nth frame is extended (64 bytes); 0 for never (default).")
    int extendedEvery = DEFAULTS.extendedEvery();

    @Option(names = "--mean-total-us", paramLabel = "US", description = "Mean avgTotalUs in µs (default: ${DEFAULT-VALUE}).")
    double meanTotalUs = DEFAULTS.meanTotalUs();

    @Option(names = "--mean-goertzel-us", paramLabel = "US", description = "Mean avgGoertzelUs in µs (default: ${DEFAULT-VALUE}).")
    double meanGoertzelUs = DEFAULTS.meanGoertzelUs();

    @Option(names = "--noise", paramLabel = "FRACTION",
            description = "Standard deviation of the timings as a fraction of their mean (default: ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.noise();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Option(names = "--drop-rate", paramLabel = "FRACTION", description = "Fraction of frames not sent (gaps).")
    double dropRate = DEFAULTS.dropRate();

    @Option(names = "--corrupt-rate", paramLabel = "FRACTION",
            description = "Fraction of frames corrupted (bad length, NaN or foreign magic).")
    double corruptRate = DEFAULTS.corruptRate();

    @Option(names = "--foreign-rate", paramLabel = "FRACTION", description = "Chance per frame of an extra foreign-stream message.")
    double foreignRate = DEFAULTS.foreignRate();

    @Option(names = "--text-event-rate", paramLabel = "FRACTION", description = "Chance per frame of an extra JSON device event.")
    double textEventRate = DEFAULTS.textEventRate();

    @Option(names = "--disconnect-after", paramLabel = "SECONDS", description = "Drop every connection once, this long after the first subscribe.")
    Double disconnectAfter;

    @Option(names = "--reboot-after", paramLabel = "SECONDS", description = "Reboot once, this long after the first subscribe.")
    Double rebootAfter;

    @Option(names = "--reboot-downtime", paramLabel = "SECONDS", description = "How long a reboot refuses connections (default: 0).")
    Double rebootDowntime;

    @Option(names = "--max-subscribers", paramLabel = "N", description = "Benchmark subscribers served; the next is rejected (default: ${DEFAULT-VALUE}).")
    int maxSubscribers = DEFAULTS.maxSubscribers();

    @Option(names = "--subscribe-behaviour", paramLabel = "HOW",
            description = "How subscribes are answered: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SubscribeBehaviour subscribeBehaviour = DEFAULTS.subscribeBehaviour();

    @Option(names = "--api-key", paramLabel = "KEY", description = "Require this API key, as firmware built with"
            + " FEATURE_API_AUTH does: the first WebSocket message must be auth, HTTP needs X-API-Key.")
    String apiKey;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Answer at most N text messages per second and"
            + " connection; more get RATE_LIMITED (default: no limit).")
    int rateLimit;

    @Option(names = "--effect-change-after", paramLabel = "SECONDS", description = "Switch the rendered effect (the"
            + " workload) once, this long after the first subscribe, and announce it with a status message.")
    Double effectChangeAfter;

    @Option(names = "--fps", paramLabel = "FPS", description = "The LED frame rate device.getStatus reports"
            + " (default: ${DEFAULT-VALUE}).")
    double fps = DEFAULTS.fps();

    @Option(names = "--free-heap", paramLabel = "BYTES", description = "The free heap device.getStatus reports"
            + " (default: ${DEFAULT-VALUE}).")
    long freeHeap = DEFAULTS.freeHeap();

    @Option(names = "--cpu-percent", paramLabel = "PERCENT", description = "The CPU load device.getStatus reports"
            + " (default: ${DEFAULT-VALUE}).")
    double cpuPercent = DEFAULTS.cpuPercent();

    @Option(names = "--heap-leak", paramLabel = "BYTES", description = "Let the free heap drop by this much with every"
            + " device.getStatus answered, a leak to rehearse (default: ${DEFAULT-VALUE}).")
    long heapLeak = DEFAULTS.heapLeak();

    @Option(names = "--status-behaviour", paramLabel = "HOW",
            description = "How device.getStatus is answered: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DeviceStatusBehaviour statusBehaviour = DEFAULTS.statusBehaviour();

    @Option(names = "--firmware", paramLabel = "VERSION", description = "The firmware version the device reports"
            + " (default: ${DEFAULT-VALUE}, the simulator's own version).")
    String firmware = DEFAULTS.firmware();

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: run until Ctrl-C).")
    Double duration;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        BindAddress.problem(bind).ifPresent(problem -> {
            throw ExitException.usage(problem);
        });
        SimulatorConfig config = config();
        DeviceSimulator device;
        try {
            device = DeviceSimulator.start(config);
        } catch (IllegalStateException e) {
            throw ExitException.failure(e.getMessage() + " (is another simulator running? try --port 0)", e);
        }
        try (InterruptHook hook = InterruptHook.install(this::interrupt); device) {
            spec.commandLine().getOut().println("LightwaveOS device simulator on " + device.url() + " at " + config.rate()
                    + " frames/s, firmware " + config.firmware() + (config.apiKey() != null ? ", API key required" : "")
                    + (config.rateLimit() > 0 ? ", at most " + config.rateLimit() + " messages/s" : "")
                    + "; Ctrl-C to stop.");
            spec.commandLine().getOut().flush();
            boolean byCtrlC = waitForStop(duration == null ? Long.MAX_VALUE
                    : Durations.seconds("--duration", duration).toMillis());
            SimulatorStats s = device.stats();
            spec.commandLine().getOut().println("Stopped: " + s.framesEmitted() + " frames emitted (" + s.framesSent()
                    + " sent, " + s.framesDropped() + " dropped, " + (s.badLengthSent() + s.nonFiniteSent())
                    + " corrupted, " + s.foreignSent() + " foreign), " + s.disconnects() + " disconnects, "
                    + s.reboots() + " reboots.");
            spec.commandLine().getOut().flush();
            return byCtrlC ? ExitCode.INTERRUPTED : ExitCode.OK;
        }
    }

    /** Stops the simulator the way Ctrl-C does; for tests in the same JVM. */
    void interrupt() {
        stopped.countDown();
    }

    private boolean waitForStop(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    private SimulatorConfig config() {
        try {
            SimulatorConfig.Builder b = SimulatorConfig.builder().bindHost(bind).port(port).rate(rate)
                    .extendedEvery(extendedEvery).meanTotalUs(meanTotalUs).meanGoertzelUs(meanGoertzelUs).noise(noise)
                    .seed(seed).dropRate(dropRate).corruptRate(corruptRate).foreignRate(foreignRate)
                    .textEventRate(textEventRate).maxSubscribers(maxSubscribers).subscribeBehaviour(subscribeBehaviour)
                    .apiKey(apiKey).rateLimit(rateLimit).firmware(firmware)
                    .vitals(VitalsOptions.DEFAULT.withFps(fps).withFreeHeap(freeHeap).withCpuPercent(cpuPercent)
                            .withHeapLeak(heapLeak).withStatusBehaviour(statusBehaviour));
            if (effectChangeAfter != null) {
                b.effectChangeAfter(effectChangeAfter == 0 ? Duration.ZERO
                        : Durations.seconds("--effect-change-after", effectChangeAfter));
            }
            if (disconnectAfter != null) {
                b.disconnectAfter(Durations.seconds("--disconnect-after", disconnectAfter));
            }
            if (rebootAfter != null) {
                b.rebootAfter(Durations.seconds("--reboot-after", rebootAfter));
            }
            if (rebootDowntime != null) {
                b.rebootDowntime(rebootDowntime == 0 ? Duration.ZERO : Durations.seconds("--reboot-downtime", rebootDowntime));
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(OptionNames.inMessage(spec, e.getMessage()));
        }
    }
}
