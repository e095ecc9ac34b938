package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the simulated device behaves. Immutable; made with {@link #builder()}.
 *
 * <p>Defaults: 127.0.0.1 on an ephemeral port; 10 frames/s, compact only; avgTotalUs around
 * 150 µs and avgGoertzelUs around 75 µs with 5 % noise (AR(1), coefficient {@value
 * #DEFAULT_AR_COEFFICIENT}, as a device's frames are: see there); seed 1; no
 * faults; up to 4 subscribers; subscribes accepted; 120 fps, 35 % CPU, a steady free heap.
 *
 * <p>The options come in groups, each a small record: {@link SignalOptions} (rate and timing
 * values), {@link FaultOptions} (drops, corruptions, disconnects, reboots), {@link AccessPolicy}
 * (API key, rate limit, subscribers) and {@link VitalsOptions} (what {@code device.status} says);
 * {@link SimulatorOptions} reads them one by one. The builder
 * sets them one by one and checks each value as it is set.
 */
public final class SimulatorConfig implements SimulatorOptions {

    /**
     * The default AR(1) coefficient, the lag-1 autocorrelation of consecutive frames: 0.9, what the
     * firmware's averaging produces. The device keeps avgTotalUs as an EMA with alpha 0.1 per audio
     * hop, but it folds the hops into that EMA in batches, about once a second (the hops of the last
     * second, ~50-62 of them, from a ring buffer), and pushes frames at 10 Hz from the current
     * statistics. So about 10 consecutive frames repeat one value, and two values a second apart
     * share 0.9^50 ≈ 0.5 % of their EMA weight: next to nothing. A series whose values each repeat
     * k = 10 times, independent between repeats, has lag-1 autocorrelation (k − 1) / k = 0.9, so
     * n_eff = n (1 − r1) / (1 + r1) = n / 19: a clean run (n_eff 30) takes about 570 frames, ≈ 1 min
     * at 10 frames/s. (Were the EMA sampled every 5 hops instead, r1 would be 0.9^5 ≈ 0.59.) The
     * coefficient used to be 0.95 (n / 39), more correlated than any device, which made short
     * simulated runs look twice as short as a device's.
     */
    public static final double DEFAULT_AR_COEFFICIENT = 0.9;

    /** The highest rate accepted, frames/s; in practice the client's reading speed limits it. */
    public static final double MAX_RATE = 10_000_000;

    /**
     * The port a simulator run on its own (the CLI's {@code simulate}) listens on unless told
     * otherwise; {@link #defaults()} uses an ephemeral port instead, as tests need.
     */
    public static final int STANDALONE_PORT = 8765;

    private final String bindHost;
    private final int port;
    private final long seed;
    private final String firmware;
    private final Duration effectChangeAfter;
    private final List<SimMessage> replay;
    private final SignalOptions signal;
    private final FaultOptions faults;
    private final AccessPolicy access;
    private final VitalsOptions vitals;

    private SimulatorConfig(Builder b) {
        this.bindHost = b.bindHost;
        this.port = b.port;
        this.seed = b.seed;
        this.firmware = b.firmware;
        this.effectChangeAfter = b.effectChangeAfter;
        this.replay = b.replay;
        this.signal = b.signal;
        this.faults = b.faults;
        this.access = b.access;
        this.vitals = b.vitals;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static SimulatorConfig defaults() {
        return builder().build();
    }

    /** Address to listen on. */
    public String bindHost() {
        return bindHost;
    }

    /** Port to listen on; 0 for an ephemeral one. */
    public int port() {
        return port;
    }

    /** Seed of every random choice: the same seed gives the same values and faults. */
    public long seed() {
        return seed;
    }

    /** The firmware version the device reports (default: the simulator's own version). */
    public String firmware() {
        return firmware;
    }

    /**
     * When the rendered effect (the workload) changes, counted from the first subscribe, announced
     * by an unasked {@code status} message; {@code null} for never.
     */
    public Duration effectChangeAfter() {
        return effectChangeAfter;
    }

    /** Messages to send to subscribers instead of generated frames, in order; empty to generate. */
    public List<SimMessage> replay() {
        return replay;
    }

    @Override
    public SignalOptions signal() {
        return signal;
    }

    @Override
    public FaultOptions faults() {
        return faults;
    }

    @Override
    public AccessPolicy access() {
        return access;
    }

    @Override
    public VitalsOptions vitals() {
        return vitals;
    }

    /** A builder with this configuration's settings, to make a variation of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bindHost = bindHost;
        b.port = port;
        b.seed = seed;
        b.firmware = firmware;
        b.effectChangeAfter = effectChangeAfter;
        b.replay = replay;
        b.signal = signal;
        b.faults = faults;
        b.access = access;
        b.vitals = vitals;
        return b;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[" + bindHost + ":" + port + ", rate=" + rate() + ", meanTotalUs=" + meanTotalUs()
                + ", meanGoertzelUs=" + meanGoertzelUs() + ", noise=" + noise() + ", seed=" + seed
                + ", extendedEvery=" + extendedEvery() + ", dropRate=" + dropRate() + ", corruptRate=" + corruptRate()
                + ", foreignRate=" + foreignRate() + ", subscribeBehaviour=" + subscribeBehaviour()
                + ", vitals=" + vitals + "]";
    }

    /** Builds a {@link SimulatorConfig}; every setter checks its argument and says what it expects. */
    public static final class Builder {
        private String bindHost = "127.0.0.1";
        private int port;
        private long seed = 1;
        private String firmware = SimulatorVersion.VERSION;
        private Duration effectChangeAfter;
        private List<SimMessage> replay = List.of();
        private SignalOptions signal = SignalOptions.DEFAULT;
        private FaultOptions faults = FaultOptions.NONE;
        private AccessPolicy access = AccessPolicy.OPEN;
        private VitalsOptions vitals = VitalsOptions.DEFAULT;

        private Builder() {
        }

        /** Address to listen on (default 127.0.0.1). */
        public Builder bindHost(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("bindHost must not be blank");
            }
            this.bindHost = host;
            return this;
        }

        /** Port to listen on, 0 (default) for an ephemeral one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** Seed of all random choices (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The firmware version to report (default: the simulator's version); not blank. */
        public Builder firmware(String version) {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("firmware must not be blank");
            }
            this.firmware = version.strip();
            return this;
        }

        /** Change the effect once, this long after the first subscribe ({@code null}: never, the default). */
        public Builder effectChangeAfter(Duration after) {
            if (after != null && after.isNegative()) {
                throw new IllegalArgumentException("effectChangeAfter must be >= 0, got " + OptionChecks.seconds(after));
            }
            this.effectChangeAfter = after;
            return this;
        }

        /** Replay these messages to subscribers, in order, at {@link #rate}, instead of generating frames. */
        public Builder replay(List<SimMessage> messages) {
            this.replay = List.copyOf(Objects.requireNonNull(messages, "messages"));
            return this;
        }

        /** All of the signal options at once (default {@link SignalOptions#DEFAULT}). */
        public Builder signal(SignalOptions options) {
            this.signal = Objects.requireNonNull(options, "options");
            return this;
        }

        /** All of the fault options at once (default {@link FaultOptions#NONE}). */
        public Builder faults(FaultOptions options) {
            this.faults = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The whole access policy at once (default {@link AccessPolicy#OPEN}). */
        public Builder access(AccessPolicy policy) {
            this.access = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** What {@code device.status} says, all at once (default {@link VitalsOptions#DEFAULT}). */
        public Builder vitals(VitalsOptions options) {
            this.vitals = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Frames per second (default 10, up to 10,000,000). */
        public Builder rate(double framesPerSecond) {
            signal = signal.withRate(framesPerSecond);
            return this;
        }

        /** Every Nth frame extended (default 0: compact only). */
        public Builder extendedEvery(int n) {
            signal = signal.withExtendedEvery(n);
            return this;
        }

        /** Mean avgTotalUs in µs (default 150); Goertzel keeps its own mean. */
        public Builder meanTotalUs(double us) {
            signal = signal.withMeanTotalUs(us);
            return this;
        }

        /** Mean avgGoertzelUs in µs (default 75). */
        public Builder meanGoertzelUs(double us) {
            signal = signal.withMeanGoertzelUs(us);
            return this;
        }

        /** Standard deviation as a fraction of the mean (default 0.05, at most 1). */
        public Builder noise(double fraction) {
            signal = signal.withNoise(fraction);
            return this;
        }

        /** AR(1) coefficient, 0 to 0.999 (default {@value SimulatorConfig#DEFAULT_AR_COEFFICIENT}). */
        public Builder arCoefficient(double phi) {
            signal = signal.withArCoefficient(phi);
            return this;
        }

        /** Fraction of frames dropped (default 0). */
        public Builder dropRate(double fraction) {
            faults = faults.withDropRate(fraction);
            return this;
        }

        /** Fraction of frames corrupted (default 0). */
        public Builder corruptRate(double fraction) {
            faults = faults.withCorruptRate(fraction);
            return this;
        }

        /** Chance per frame of an extra foreign-stream message (default 0). */
        public Builder foreignRate(double fraction) {
            faults = faults.withForeignRate(fraction);
            return this;
        }

        /** Chance per frame of an extra JSON device event (default 0). */
        public Builder textEventRate(double fraction) {
            faults = faults.withTextEventRate(fraction);
            return this;
        }

        /** Send a JSON status event to each new connection (default false). */
        public Builder statusEventOnConnect(boolean send) {
            faults = faults.withStatusEventOnConnect(send);
            return this;
        }

        /** Drop all connections once, {@code after} the first subscribe. */
        public Builder disconnectAfter(Duration after) {
            faults = faults.withDisconnectAfter(after);
            return this;
        }

        /** Drop all connections once, after {@code frames} emitted frames. */
        public Builder disconnectAfterFrames(long frames) {
            faults = faults.withDisconnectAfterFrames(frames);
            return this;
        }

        /** Reboot once (timestamps and counters restart, connections drop), {@code after} the first subscribe. */
        public Builder rebootAfter(Duration after) {
            faults = faults.withRebootAfter(after);
            return this;
        }

        /** Reboot once, after {@code frames} emitted frames. */
        public Builder rebootAfterFrames(long frames) {
            faults = faults.withRebootAfterFrames(frames);
            return this;
        }

        /** How long a reboot refuses connections (default 0). */
        public Builder rebootDowntime(Duration downtime) {
            faults = faults.withRebootDowntime(downtime);
            return this;
        }

        /** Go quiet after {@code frames} emitted frames (default 0: never). */
        public Builder frameLimit(long frames) {
            faults = faults.withFrameLimit(frames);
            return this;
        }

        /** Subscribers served (default 4). */
        public Builder maxSubscribers(int n) {
            access = access.withMaxSubscribers(n);
            return this;
        }

        /** How subscribes are answered (default {@link SubscribeBehaviour#ACCEPT}). */
        public Builder subscribeBehaviour(SubscribeBehaviour behaviour) {
            access = access.withSubscribeBehaviour(behaviour);
            return this;
        }

        /** Require this API key ({@code null} or empty: no authentication, the default). */
        public Builder apiKey(String key) {
            access = access.withApiKey(key);
            return this;
        }

        /** Answer at most {@code messagesPerSecond} text messages per second and connection (0: no limit, the default). */
        public Builder rateLimit(int messagesPerSecond) {
            access = access.withRateLimit(messagesPerSecond);
            return this;
        }

        /** How {@code GET /api/v1/device/info} is answered (default {@link DeviceInfoBehaviour#SERVE}). */
        public Builder deviceInfoBehaviour(DeviceInfoBehaviour behaviour) {
            access = access.withDeviceInfoBehaviour(behaviour);
            return this;
        }

        /** Block an address after this many failed {@code auth} messages, for {@code block} (defaults 3, 5 s). */
        public Builder authBlock(int failures, Duration block) {
            access = access.withAuthBlock(failures, block);
            return this;
        }

        /** The configuration. */
        public SimulatorConfig build() {
            return new SimulatorConfig(this);
        }
    }
}
