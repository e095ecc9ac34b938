package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the simulated device behaves. Immutable; made with {@link #builder()}.
 *
 * <p>Defaults: 127.0.0.1 on an ephemeral port; 10 frames/s, compact only; avgTotalUs around
 * 150 µs and avgGoertzelUs around 75 µs with 5 % noise (AR(1), coefficient {@value
 * #DEFAULT_AR_COEFFICIENT}, as a device's frames are: see there); seed 1; no
 * faults; up to 4 subscribers; subscribes accepted.
 *
 * <p>Timed faults ({@code disconnectAfter}, {@code rebootAfter}) count from the first subscribe
 * and fire once; their {@code ...Frames} variants count emitted frames instead, for tests that
 * must not depend on timing.
 */
public final class SimulatorConfig {

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
    private final double rate;
    private final int extendedEvery;
    private final double meanTotalUs;
    private final double meanGoertzelUs;
    private final double noise;
    private final double arCoefficient;
    private final long seed;
    private final double dropRate;
    private final double corruptRate;
    private final double foreignRate;
    private final double textEventRate;
    private final boolean statusEventOnConnect;
    private final Duration disconnectAfter;
    private final long disconnectAfterFrames;
    private final Duration rebootAfter;
    private final long rebootAfterFrames;
    private final Duration rebootDowntime;
    private final int maxSubscribers;
    private final SubscribeBehaviour subscribeBehaviour;
    private final List<SimMessage> replay;
    private final long frameLimit;
    private final String apiKey;
    private final int rateLimit;
    private final Duration effectChangeAfter;
    private final String firmware;
    private final int authFailuresBeforeBlock;
    private final Duration authBlock;
    private final DeviceInfoBehaviour deviceInfoBehaviour;

    private SimulatorConfig(Builder b) {
        this.bindHost = b.bindHost;
        this.port = b.port;
        this.rate = b.rate;
        this.extendedEvery = b.extendedEvery;
        this.meanTotalUs = b.meanTotalUs;
        this.meanGoertzelUs = b.meanGoertzelUs;
        this.noise = b.noise;
        this.arCoefficient = b.arCoefficient;
        this.seed = b.seed;
        this.dropRate = b.dropRate;
        this.corruptRate = b.corruptRate;
        this.foreignRate = b.foreignRate;
        this.textEventRate = b.textEventRate;
        this.statusEventOnConnect = b.statusEventOnConnect;
        this.disconnectAfter = b.disconnectAfter;
        this.disconnectAfterFrames = b.disconnectAfterFrames;
        this.rebootAfter = b.rebootAfter;
        this.rebootAfterFrames = b.rebootAfterFrames;
        this.rebootDowntime = b.rebootDowntime;
        this.maxSubscribers = b.maxSubscribers;
        this.subscribeBehaviour = b.subscribeBehaviour;
        this.replay = b.replay;
        this.frameLimit = b.frameLimit;
        this.apiKey = b.apiKey;
        this.rateLimit = b.rateLimit;
        this.effectChangeAfter = b.effectChangeAfter;
        this.firmware = b.firmware;
        this.authFailuresBeforeBlock = b.authFailuresBeforeBlock;
        this.authBlock = b.authBlock;
        this.deviceInfoBehaviour = b.deviceInfoBehaviour;
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

    /** Frames per second of host time (device time always advances 100 ms per frame). */
    public double rate() {
        return rate;
    }

    /** Every Nth frame is extended (64 bytes); 0 for compact only. */
    public int extendedEvery() {
        return extendedEvery;
    }

    /** Mean of avgTotalUs, µs. */
    public double meanTotalUs() {
        return meanTotalUs;
    }

    /** Mean of avgGoertzelUs, µs. */
    public double meanGoertzelUs() {
        return meanGoertzelUs;
    }

    /** Standard deviation of the timing values as a fraction of their mean. */
    public double noise() {
        return noise;
    }

    /** AR(1) coefficient: how strongly each value follows the previous one (0 to below 1). */
    public double arCoefficient() {
        return arCoefficient;
    }

    /** Seed of every random choice: the same seed gives the same values and faults. */
    public long seed() {
        return seed;
    }

    /** Fraction of frames generated but not sent (the client sees gaps). */
    public double dropRate() {
        return dropRate;
    }

    /** Fraction of frames replaced by a corrupted one (bad length, NaN or foreign magic, equally likely). */
    public double corruptRate() {
        return corruptRate;
    }

    /** Chance per frame of an extra foreign-stream binary message ("AUD\0" audio frame). */
    public double foreignRate() {
        return foreignRate;
    }

    /** Chance per frame of an extra JSON device event on the socket. */
    public double textEventRate() {
        return textEventRate;
    }

    /** Whether each new connection gets a JSON status event first. */
    public boolean statusEventOnConnect() {
        return statusEventOnConnect;
    }

    /** Drop all connections once, this long after the first subscribe; empty for never. */
    public Optional<Duration> disconnectAfter() {
        return Optional.ofNullable(disconnectAfter);
    }

    /** Drop all connections once, after this many emitted frames; empty for never. */
    public OptionalLong disconnectAfterFrames() {
        return disconnectAfterFrames > 0 ? OptionalLong.of(disconnectAfterFrames) : OptionalLong.empty();
    }

    /** Reboot once, this long after the first subscribe; empty for never. */
    public Optional<Duration> rebootAfter() {
        return Optional.ofNullable(rebootAfter);
    }

    /** Reboot once, after this many emitted frames; empty for never. */
    public OptionalLong rebootAfterFrames() {
        return rebootAfterFrames > 0 ? OptionalLong.of(rebootAfterFrames) : OptionalLong.empty();
    }

    /** How long a reboot keeps the device from accepting connections. */
    public Duration rebootDowntime() {
        return rebootDowntime;
    }

    /** How many benchmark subscribers are served; the next is rejected. */
    public int maxSubscribers() {
        return maxSubscribers;
    }

    /** How subscribes are answered. */
    public SubscribeBehaviour subscribeBehaviour() {
        return subscribeBehaviour;
    }

    /** Messages to send to subscribers instead of generated frames, in order; empty to generate. */
    public List<SimMessage> replay() {
        return replay;
    }

    /** Stop sending after this many emitted frames (the device goes quiet); empty for no limit. */
    public OptionalLong frameLimit() {
        return frameLimit > 0 ? OptionalLong.of(frameLimit) : OptionalLong.empty();
    }

    /** A builder with this configuration's settings, to make a variation of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bindHost = bindHost;
        b.port = port;
        b.rate = rate;
        b.extendedEvery = extendedEvery;
        b.meanTotalUs = meanTotalUs;
        b.meanGoertzelUs = meanGoertzelUs;
        b.noise = noise;
        b.arCoefficient = arCoefficient;
        b.seed = seed;
        b.dropRate = dropRate;
        b.corruptRate = corruptRate;
        b.foreignRate = foreignRate;
        b.textEventRate = textEventRate;
        b.statusEventOnConnect = statusEventOnConnect;
        b.disconnectAfter = disconnectAfter;
        b.disconnectAfterFrames = disconnectAfterFrames;
        b.rebootAfter = rebootAfter;
        b.rebootAfterFrames = rebootAfterFrames;
        b.rebootDowntime = rebootDowntime;
        b.maxSubscribers = maxSubscribers;
        b.subscribeBehaviour = subscribeBehaviour;
        b.replay = replay;
        b.frameLimit = frameLimit;
        return b;
    }

    @Override
    public String toString() {
        return "SimulatorConfig[" + bindHost + ":" + port + ", rate=" + rate + ", meanTotalUs=" + meanTotalUs
                + ", meanGoertzelUs=" + meanGoertzelUs + ", noise=" + noise + ", seed=" + seed
                + ", extendedEvery=" + extendedEvery + ", dropRate=" + dropRate + ", corruptRate=" + corruptRate
                + ", foreignRate=" + foreignRate + ", subscribeBehaviour=" + subscribeBehaviour + "]";
    }

    /**
     * The API key the device requires ({@code FEATURE_API_AUTH}): the first WebSocket message must be
     * {@code auth} with it, HTTP requests must carry it in {@code X-API-Key}; {@code null} for none.
     */
    public String apiKey() {
        return apiKey;
    }

    /** Text messages per second and connection the device answers; more get RATE_LIMITED. 0: no limit. */
    public int rateLimit() {
        return rateLimit;
    }

    /**
     * When the rendered effect (the workload) changes, counted from the first subscribe, announced
     * by an unasked {@code status} message; {@code null} for never.
     */
    public Duration effectChangeAfter() {
        return effectChangeAfter;
    }

    /** The firmware version the device reports (default: the simulator's own version). */
    public String firmware() {
        return firmware;
    }

    /** Failed {@code auth} messages from one address before it is blocked (RATE_LIMITED). */
    public int authFailuresBeforeBlock() {
        return authFailuresBeforeBlock;
    }

    /** How long an address stays blocked after too many failed {@code auth} messages. */
    public Duration authBlock() {
        return authBlock;
    }

    /** How {@code GET /api/v1/device/info} is answered. */
    public DeviceInfoBehaviour deviceInfoBehaviour() {
        return deviceInfoBehaviour;
    }

    /** Builds a {@link SimulatorConfig}; every setter checks its argument and says what it expects. */
    public static final class Builder {
        private String bindHost = "127.0.0.1";
        private int port;
        private double rate = 10;
        private int extendedEvery;
        private double meanTotalUs = 150;
        private double meanGoertzelUs = 75;
        private double noise = 0.05;
        private double arCoefficient = DEFAULT_AR_COEFFICIENT;
        private long seed = 1;
        private double dropRate;
        private double corruptRate;
        private double foreignRate;
        private double textEventRate;
        private boolean statusEventOnConnect;
        private Duration disconnectAfter;
        private long disconnectAfterFrames;
        private Duration rebootAfter;
        private long rebootAfterFrames;
        private Duration rebootDowntime = Duration.ZERO;
        private int maxSubscribers = 4;
        private SubscribeBehaviour subscribeBehaviour = SubscribeBehaviour.ACCEPT;
        private List<SimMessage> replay = List.of();
        private long frameLimit;
        private String apiKey;
        private int rateLimit;
        private Duration effectChangeAfter;
        private String firmware = SimulatorVersion.VERSION;
        private int authFailuresBeforeBlock = 3;
        private Duration authBlock = Duration.ofSeconds(5);
        private DeviceInfoBehaviour deviceInfoBehaviour = DeviceInfoBehaviour.SERVE;

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

        /** Frames per second (default 10, up to 10,000,000). */
        public Builder rate(double framesPerSecond) {
            if (!(framesPerSecond > 0 && framesPerSecond <= MAX_RATE)) {
                throw new IllegalArgumentException("rate must be above 0 and at most " + (long) MAX_RATE
                        + " frames/s, got " + framesPerSecond);
            }
            this.rate = framesPerSecond;
            return this;
        }

        /** Every Nth frame extended (default 0: compact only). */
        public Builder extendedEvery(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("extendedEvery must be >= 0 (0 = never), got " + n);
            }
            this.extendedEvery = n;
            return this;
        }

        /** Mean avgTotalUs in µs (default 150); Goertzel keeps its own mean. */
        public Builder meanTotalUs(double us) {
            this.meanTotalUs = positiveMean("meanTotalUs", us);
            return this;
        }

        /** Mean avgGoertzelUs in µs (default 75). */
        public Builder meanGoertzelUs(double us) {
            this.meanGoertzelUs = positiveMean("meanGoertzelUs", us);
            return this;
        }

        /** Standard deviation as a fraction of the mean (default 0.05, at most 1). */
        public Builder noise(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("noise must be between 0 and 1 (a fraction of the mean), got "
                        + fraction);
            }
            this.noise = fraction;
            return this;
        }

        /** AR(1) coefficient, 0 to 0.999 (default {@value SimulatorConfig#DEFAULT_AR_COEFFICIENT}). */
        public Builder arCoefficient(double phi) {
            if (!(phi >= 0 && phi <= 0.999)) {
                throw new IllegalArgumentException("arCoefficient must be between 0 and 0.999, got " + phi);
            }
            this.arCoefficient = phi;
            return this;
        }

        /** Seed of all random choices (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Fraction of frames dropped (default 0). */
        public Builder dropRate(double fraction) {
            this.dropRate = fraction("dropRate", fraction);
            return this;
        }

        /** Fraction of frames corrupted (default 0). */
        public Builder corruptRate(double fraction) {
            this.corruptRate = fraction("corruptRate", fraction);
            return this;
        }

        /** Chance per frame of an extra foreign-stream message (default 0). */
        public Builder foreignRate(double fraction) {
            this.foreignRate = fraction("foreignRate", fraction);
            return this;
        }

        /** Chance per frame of an extra JSON device event (default 0). */
        public Builder textEventRate(double fraction) {
            this.textEventRate = fraction("textEventRate", fraction);
            return this;
        }

        /** Send a JSON status event to each new connection (default false). */
        public Builder statusEventOnConnect(boolean send) {
            this.statusEventOnConnect = send;
            return this;
        }

        /** Drop all connections once, {@code after} the first subscribe. */
        public Builder disconnectAfter(Duration after) {
            this.disconnectAfter = positive("disconnectAfter", after);
            return this;
        }

        /** Drop all connections once, after {@code frames} emitted frames. */
        public Builder disconnectAfterFrames(long frames) {
            this.disconnectAfterFrames = atLeastOne("disconnectAfterFrames", frames);
            return this;
        }

        /** Reboot once (timestamps and counters restart, connections drop), {@code after} the first subscribe. */
        public Builder rebootAfter(Duration after) {
            this.rebootAfter = positive("rebootAfter", after);
            return this;
        }

        /** Reboot once, after {@code frames} emitted frames. */
        public Builder rebootAfterFrames(long frames) {
            this.rebootAfterFrames = atLeastOne("rebootAfterFrames", frames);
            return this;
        }

        /** How long a reboot refuses connections (default 0). */
        public Builder rebootDowntime(Duration downtime) {
            Objects.requireNonNull(downtime, "downtime");
            if (downtime.isNegative()) {
                throw new IllegalArgumentException("rebootDowntime must be >= 0, got " + seconds(downtime));
            }
            this.rebootDowntime = downtime;
            return this;
        }

        /** Subscribers served (default 4). */
        public Builder maxSubscribers(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("maxSubscribers must be >= 0, got " + n);
            }
            this.maxSubscribers = n;
            return this;
        }

        /** How subscribes are answered (default {@link SubscribeBehaviour#ACCEPT}). */
        public Builder subscribeBehaviour(SubscribeBehaviour behaviour) {
            this.subscribeBehaviour = Objects.requireNonNull(behaviour, "behaviour");
            return this;
        }

        /** Replay these messages to subscribers, in order, at {@link #rate}, instead of generating frames. */
        public Builder replay(List<SimMessage> messages) {
            this.replay = List.copyOf(Objects.requireNonNull(messages, "messages"));
            return this;
        }

        /** Go quiet after {@code frames} emitted frames (default 0: never). */
        public Builder frameLimit(long frames) {
            this.frameLimit = atLeastOne("frameLimit", frames);
            return this;
        }

        /** Require this API key ({@code null} or empty: no authentication, the default). */
        public Builder apiKey(String key) {
            this.apiKey = key == null || key.isEmpty() ? null : key;
            return this;
        }

        /** Answer at most {@code messagesPerSecond} text messages per second and connection (0: no limit, the default). */
        public Builder rateLimit(int messagesPerSecond) {
            if (messagesPerSecond < 0) {
                throw new IllegalArgumentException("rateLimit must be >= 0 messages/s (0 for none), got "
                        + messagesPerSecond);
            }
            this.rateLimit = messagesPerSecond;
            return this;
        }

        /** Change the effect once, this long after the first subscribe ({@code null}: never, the default). */
        public Builder effectChangeAfter(Duration after) {
            if (after != null && after.isNegative()) {
                throw new IllegalArgumentException("effectChangeAfter must be >= 0, got " + seconds(after));
            }
            this.effectChangeAfter = after;
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

        /** How {@code GET /api/v1/device/info} is answered (default {@link DeviceInfoBehaviour#SERVE}). */
        public Builder deviceInfoBehaviour(DeviceInfoBehaviour behaviour) {
            this.deviceInfoBehaviour = Objects.requireNonNull(behaviour, "behaviour");
            return this;
        }

        /** Block an address after this many failed {@code auth} messages, for {@code block} (defaults 3, 5 s). */
        public Builder authBlock(int failures, Duration block) {
            this.authFailuresBeforeBlock = atLeastOneInt("authFailuresBeforeBlock", failures);
            Objects.requireNonNull(block, "block");
            if (block.isNegative() || block.isZero()) {
                throw new IllegalArgumentException("the auth block must be > 0, got " + block);
            }
            this.authBlock = block;
            return this;
        }

        private static int atLeastOneInt(String name, int n) {
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be >= 1, got " + n);
            }
            return n;
        }

        /** The configuration. */
        public SimulatorConfig build() {
            return new SimulatorConfig(this);
        }

        private static double positiveMean(String name, double us) {
            if (!(us > 0 && us <= 60_000)) {
                throw new IllegalArgumentException(name + " must be above 0 and at most 60000 µs, got " + us);
            }
            return us;
        }

        private static double fraction(String name, double f) {
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException(name + " must be between 0 and 1, got " + f);
            }
            return f;
        }

        private static long atLeastOne(String name, long n) {
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + n);
            }
            return n;
        }

        /** A duration as people write it ("0 s", "-1.5 s"), not as Duration prints it ("PT0S"). */
        private static String seconds(Duration d) {
            return java.math.BigDecimal.valueOf(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros().toPlainString() + " s";
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, got " + seconds(d));
            }
            return d;
        }
    }
}
