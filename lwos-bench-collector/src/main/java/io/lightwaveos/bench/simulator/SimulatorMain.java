package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the device simulator on its own until Ctrl-C:
 * {@code java -cp lwos-bench-collector.jar:... io.lightwaveos.bench.simulator.SimulatorMain --rate 100}.
 * The CLI's {@code simulate} command offers the same; this entry point needs nothing but this module.
 *
 * <p>Options (all optional): {@code --port N} (8765; 0 = ephemeral), {@code --bind HOST},
 * {@code --rate FPS}, {@code --extended-every N}, {@code --mean-total-us US},
 * {@code --mean-goertzel-us US}, {@code --noise FRACTION}, {@code --seed N}, {@code --drop-rate F},
 * {@code --corrupt-rate F}, {@code --foreign-rate F}, {@code --text-event-rate F},
 * {@code --status-event}, {@code --disconnect-after SECONDS}, {@code --reboot-after SECONDS},
 * {@code --reboot-downtime SECONDS}, {@code --max-subscribers N},
 * {@code --subscribe-behaviour accept|feature_disabled|system_not_ready|no_reply}.
 */
public final class SimulatorMain {

    /** The port the standalone simulator listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8765;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("simulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        DeviceSimulator simulator = DeviceSimulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "lwos-simulator-shutdown"));
        System.out.println("LightwaveOS device simulator on " + simulator.url() + " at " + config.rate()
                + " frames/s; Ctrl-C to stop");
        stopped.await();
    }

    /**
     * Turns command-line options into a configuration.
     *
     * @throws IllegalArgumentException naming the bad option and what it expects
     */
    public static SimulatorConfig parse(String... args) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--status-event")) {
                b.statusEventOnConnect(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            try {
                switch (option) {
                    case "--port" -> b.port(Integer.parseInt(value));
                    case "--bind" -> b.bindHost(value);
                    case "--rate" -> b.rate(Double.parseDouble(value));
                    case "--extended-every" -> b.extendedEvery(Integer.parseInt(value));
                    case "--mean-total-us" -> b.meanTotalUs(Double.parseDouble(value));
                    case "--mean-goertzel-us" -> b.meanGoertzelUs(Double.parseDouble(value));
                    case "--noise" -> b.noise(Double.parseDouble(value));
                    case "--seed" -> b.seed(Long.parseLong(value));
                    case "--drop-rate" -> b.dropRate(Double.parseDouble(value));
                    case "--corrupt-rate" -> b.corruptRate(Double.parseDouble(value));
                    case "--foreign-rate" -> b.foreignRate(Double.parseDouble(value));
                    case "--text-event-rate" -> b.textEventRate(Double.parseDouble(value));
                    case "--disconnect-after" -> b.disconnectAfter(seconds(value));
                    case "--reboot-after" -> b.rebootAfter(seconds(value));
                    case "--reboot-downtime" -> b.rebootDowntime(seconds(value));
                    case "--max-subscribers" -> b.maxSubscribers(Integer.parseInt(value));
                    case "--subscribe-behaviour" -> b.subscribeBehaviour(
                            SubscribeBehaviour.valueOf(value.toUpperCase(Locale.ROOT)));
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option " + option + " expects a number, got \"" + value + "\"");
            }
        }
        return b.build();
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
