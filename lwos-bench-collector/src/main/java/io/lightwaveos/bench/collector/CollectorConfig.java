package io.lightwaveos.bench.collector;

import io.lightwaveos.bench.run.RunContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What to collect from and when to stop. Immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * CollectorConfig config = CollectorConfig.builder()
 *         .url("ws://192.168.1.40/ws")     // or .host("lightwaveos.local").port(80)
 *         .duration(Duration.ofMinutes(5))
 *         .resetStats(true)
 *         .build();
 * }</pre>
 *
 * <p>A configuration must say when to stop: {@code duration(..)}, {@code maxSamples(..)}, or
 * explicitly {@code untilStopped()} (runs until {@link CollectionHandle#stop()}); {@code build()}
 * refuses one without, which would otherwise collect forever. {@link #toBuilder()} starts a
 * variation of a configuration.
 *
 * <p>Defaults: host {@code lightwaveos.local}, port 80, path {@code /ws}; connect and subscribe
 * timeouts 5 s; reconnect on,
 * backoff 0.5 s doubling to 8 s with 25 % jitter, reconnect timeout 60 s; a connection with no
 * benchmark frame for 15 s counts as dropped; hand-off watermarks 8192 / 16384 samples; the
 * device's vitals polled every 5 s ({@link #vitalsEvery()}).
 */
public final class CollectorConfig {

    /** The device's default host name (mDNS). */
    public static final String DEFAULT_HOST = "lightwaveos.local";
    /** The device's default port. */
    public static final int DEFAULT_PORT = 80;
    /** The device's WebSocket path. */
    public static final String DEFAULT_PATH = "/ws";
    /** How often the device's vitals are polled unless told otherwise. */
    public static final Duration DEFAULT_VITALS_EVERY = Duration.ofSeconds(5);

    private final URI uri;
    private final Duration connectTimeout;
    private final Duration subscribeTimeout;
    private final Duration duration;
    private final long maxSamples;
    private final boolean resetStats;
    private final boolean sendStop;
    private final boolean reconnect;
    private final Duration reconnectTimeout;
    private final Duration reconnectInitialDelay;
    private final Duration reconnectMaxDelay;
    private final double reconnectJitter;
    private final Duration idleTimeout;
    private final int lowWatermark;
    private final int highWatermark;
    private final Long seed;
    private final String apiKey;
    private final RunContext context;
    private final Duration deviceInfoTimeout;
    private final Duration vitalsEvery;

    private CollectorConfig(Builder b) {
        this.uri = b.resolveUri();
        this.connectTimeout = b.connectTimeout;
        this.subscribeTimeout = b.subscribeTimeout;
        this.duration = b.duration;
        this.maxSamples = b.maxSamples;
        this.resetStats = b.resetStats;
        this.sendStop = b.sendStop;
        this.reconnect = b.reconnect;
        this.reconnectTimeout = b.reconnectTimeout;
        this.reconnectInitialDelay = b.reconnectInitialDelay;
        this.reconnectMaxDelay = b.reconnectMaxDelay;
        this.reconnectJitter = b.reconnectJitter;
        this.idleTimeout = b.idleTimeout;
        this.lowWatermark = b.lowWatermark;
        this.highWatermark = b.highWatermark;
        this.seed = b.seed;
        this.apiKey = b.apiKey;
        this.context = b.context;
        this.deviceInfoTimeout = b.deviceInfoTimeout;
        this.vitalsEvery = b.vitalsEvery;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this configuration's settings (its URI as the URL), to make a variation of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.url = uri;
        b.connectTimeout = connectTimeout;
        b.subscribeTimeout = subscribeTimeout;
        b.duration = duration;
        b.maxSamples = maxSamples;
        b.untilStopped = duration == null && maxSamples == 0;
        b.resetStats = resetStats;
        b.sendStop = sendStop;
        b.reconnect = reconnect;
        b.reconnectTimeout = reconnectTimeout;
        b.reconnectInitialDelay = reconnectInitialDelay;
        b.reconnectMaxDelay = reconnectMaxDelay;
        b.reconnectJitter = reconnectJitter;
        b.idleTimeout = idleTimeout;
        b.lowWatermark = lowWatermark;
        b.highWatermark = highWatermark;
        b.seed = seed;
        b.apiKey = apiKey;
        b.context = context;
        b.deviceInfoTimeout = deviceInfoTimeout;
        b.vitalsEvery = vitalsEvery;
        return b;
    }

    /** The WebSocket URI ({@code ws://host:port/ws} or a given {@code ws://}/{@code wss://} URL). */
    public URI uri() {
        return uri;
    }

    /**
     * {@link #uri()} as text without its user information ({@code ws://user:pass@host/ws} becomes
     * {@code ws://host/ws}): recorded as the run's source, in its events and in messages, so that
     * credentials in the URL are used for the connection but never stored or printed.
     */
    public String source() {
        return withoutUserInfo(uri);
    }

    private static String withoutUserInfo(URI u) {
        if (u.getRawUserInfo() == null) {
            return u.toString();
        }
        String authority = u.getRawAuthority();
        return u.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
                + (u.getRawPath() == null ? "" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** {@code url} for a message: what stands between {@code ://} and the last {@code @} left out. */
    private static String withoutUserInfo(String url) {
        int start = url.indexOf("://");
        int at = url.lastIndexOf('@');
        return start < 0 || at < start ? url : url.substring(0, start + 3) + url.substring(at + 1);
    }

    /** Whether the connection uses TLS ({@code wss://}, verified against the JDK's default trust store). */
    public boolean secure() {
        return "wss".equalsIgnoreCase(uri.getScheme());
    }

    /** The host to connect to. */
    public String host() {
        return uri.getHost();
    }

    /** The port to connect to: the URL's, else 80 for {@code ws://} and 443 for {@code wss://}. */
    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : secure() ? 443 : 80;
    }

    /** Time allowed for the TCP connection plus the WebSocket handshake. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time allowed for each reply to our commands (subscribe, start, stop, unsubscribe). */
    public Duration subscribeTimeout() {
        return subscribeTimeout;
    }

    /** How long to collect, counted from the first successful subscribe; empty for no time limit. */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** How many samples to collect; empty for no sample limit. */
    public OptionalLong maxSamples() {
        return maxSamples > 0 ? OptionalLong.of(maxSamples) : OptionalLong.empty();
    }

    /** Whether to send {@code benchmark.start} (resets the device's statistics) before subscribing. */
    public boolean resetStats() {
        return resetStats;
    }

    /** Whether to send {@code benchmark.stop} at the end and keep its {@code results}. */
    public boolean sendStop() {
        return sendStop;
    }

    /** Whether a dropped connection is reconnected (otherwise the collection fails). */
    public boolean reconnect() {
        return reconnect;
    }

    /** How long the device may stay away before the collection gives up. */
    public Duration reconnectTimeout() {
        return reconnectTimeout;
    }

    /** Delay before the first reconnect attempt; doubled for each further attempt. */
    public Duration reconnectInitialDelay() {
        return reconnectInitialDelay;
    }

    /** Upper bound of the reconnect delay. */
    public Duration reconnectMaxDelay() {
        return reconnectMaxDelay;
    }

    /** Fraction (0 to 1) by which a reconnect delay is randomly shortened, so clients do not retry in step. */
    public double reconnectJitter() {
        return reconnectJitter;
    }

    /** An open, subscribed connection without a benchmark frame for this long counts as dropped. */
    public Duration idleTimeout() {
        return idleTimeout;
    }

    /** Hand-off queue depth at which socket reading resumes. */
    public int lowWatermark() {
        return lowWatermark;
    }

    /** Hand-off queue depth at which socket reading pauses. */
    public int highWatermark() {
        return highWatermark;
    }

    /** Seed of the reconnect-jitter random generator; empty for a random seed. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /**
     * The device's API key ({@code FEATURE_API_AUTH}): sent in {@code auth} as the first message on
     * every connection and as {@code X-API-Key} on HTTP; empty for none. Never part of
     * {@link #toString()}, events, results or errors.
     */
    public Optional<String> apiKey() {
        return Optional.ofNullable(apiKey);
    }

    /**
     * What the caller knows of the run's context (options, CI environment); it wins over what the
     * device says, field by field ({@link RunContext#orElse}).
     */
    public RunContext context() {
        return context;
    }

    /** How long {@code GET /api/v1/device/info} may take before its fields stay unknown. */
    public Duration deviceInfoTimeout() {
        return deviceInfoTimeout;
    }

    /**
     * How often {@code device.getStatus} is asked while streaming, for the run's device vitals
     * ({@link DeviceVitals}); {@link Duration#ZERO} when they are not polled.
     */
    public Duration vitalsEvery() {
        return vitalsEvery;
    }

    @Override
    public String toString() {
        return "CollectorConfig[uri=" + source() + ", duration=" + duration + ", maxSamples=" + maxSamples
                + ", resetStats=" + resetStats + ", sendStop=" + sendStop + ", reconnect=" + reconnect
                + ", reconnectTimeout=" + reconnectTimeout + ", idleTimeout=" + idleTimeout
                + ", vitalsEvery=" + vitalsEvery
                + ", apiKey=" + (apiKey == null ? "none" : "set") + "]";
    }

    /** Builds a {@link CollectorConfig}; every setter checks its argument and says what it expects. */
    public static final class Builder {
        private URI url;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private String path = DEFAULT_PATH;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration subscribeTimeout = Duration.ofSeconds(5);
        private Duration duration;
        private long maxSamples;
        private boolean untilStopped;
        private boolean resetStats;
        private boolean sendStop;
        private boolean reconnect = true;
        private Duration reconnectTimeout = Duration.ofSeconds(60);
        private Duration reconnectInitialDelay = Duration.ofMillis(500);
        private Duration reconnectMaxDelay = Duration.ofSeconds(8);
        private double reconnectJitter = 0.25;
        private Duration idleTimeout = Duration.ofSeconds(15);
        private int lowWatermark = 8192;
        private int highWatermark = 16384;
        private Long seed;
        private String apiKey;
        private RunContext context = RunContext.EMPTY;
        private Duration deviceInfoTimeout = Duration.ofSeconds(5);
        private Duration vitalsEvery = DEFAULT_VITALS_EVERY;

        private Builder() {
        }

        /**
         * A {@code ws://} or {@code wss://} URL; overrides host, port and path. An empty path
         * becomes {@code /ws}, the device's endpoint.
         *
         * @throws IllegalArgumentException if the text is not such a URL
         */
        public Builder url(String url) {
            Objects.requireNonNull(url, "url");
            try {
                return url(new URI(url.trim()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("expected a ws:// or wss:// URL, got \"" + withoutUserInfo(url)
                        + "\": " + withoutUserInfo(e.getMessage()), e);
            }
        }

        /**
         * A {@code ws://} or {@code wss://} URI; overrides host, port and path.
         *
         * @throws IllegalArgumentException if it is not one
         */
        public Builder url(URI url) {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme() == null ? null : url.getScheme().toLowerCase(Locale.ROOT);
            if (!"ws".equals(scheme) && !"wss".equals(scheme)) {
                throw new IllegalArgumentException("expected a ws:// or wss:// URL, got \""
                        + withoutUserInfo(url.toString()) + "\"");
            }
            if (url.getHost() == null || url.getHost().isEmpty()) {
                throw new IllegalArgumentException("expected a host in the URL, got \""
                        + withoutUserInfo(url.toString()) + "\"");
            }
            String p = url.getRawPath() == null || url.getRawPath().isEmpty() ? DEFAULT_PATH : url.getRawPath();
            try {
                this.url = new URI(scheme + "://" + url.getRawAuthority() + p
                        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("expected a ws:// or wss:// URL, got \""
                        + withoutUserInfo(url.toString()) + "\"", e);
            }
            return this;
        }

        /** The device's host name or address (default {@code lightwaveos.local}); ignored when a URL is given. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("expected a host name or address, got \"" + host + "\"");
            }
            this.host = host;
            return this;
        }

        /** The device's port (default 80); ignored when a URL is given. */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The WebSocket path (default {@code /ws}); ignored when a URL is given. */
        public Builder path(String path) {
            Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("path must start with /, got \"" + path + "\"");
            }
            this.path = path;
            return this;
        }

        /** Time allowed for the TCP connection plus the WebSocket handshake (default 5 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /** Time allowed for each reply to our commands (default 5 s). */
        public Builder subscribeTimeout(Duration timeout) {
            this.subscribeTimeout = positive("subscribeTimeout", timeout);
            return this;
        }

        /** Collect for this long after the first successful subscribe, then stop (status COMPLETE). */
        public Builder duration(Duration duration) {
            this.duration = positive("duration", duration);
            return this;
        }

        /** Collect exactly this many samples, then stop (status COMPLETE). */
        public Builder maxSamples(long maxSamples) {
            if (maxSamples < 1) {
                throw new IllegalArgumentException("maxSamples must be at least 1, got " + maxSamples);
            }
            this.maxSamples = maxSamples;
            return this;
        }

        /**
         * Collect until {@link CollectionHandle#stop()} is called (status INTERRUPTED) or the
         * collection fails: the explicit choice of no duration and no sample limit. A duration or
         * sample limit set as well still applies.
         */
        public Builder untilStopped() {
            this.untilStopped = true;
            return this;
        }

        /** Send {@code benchmark.start} (resets the device's statistics) before the first subscribe. */
        public Builder resetStats(boolean resetStats) {
            this.resetStats = resetStats;
            return this;
        }

        /** Send {@code benchmark.stop} at the end and keep its {@code results} with the run. */
        public Builder sendStop(boolean sendStop) {
            this.sendStop = sendStop;
            return this;
        }

        /** Reconnect after a dropped connection (default true); false fails the collection instead. */
        public Builder reconnect(boolean reconnect) {
            this.reconnect = reconnect;
            return this;
        }

        /** How long the device may stay away before the collection gives up (default 60 s). */
        public Builder reconnectTimeout(Duration timeout) {
            this.reconnectTimeout = positive("reconnectTimeout", timeout);
            return this;
        }

        /**
         * Reconnect backoff: the first delay, doubled per attempt up to {@code max} (default 0.5 s
         * to 8 s).
         */
        public Builder reconnectBackoff(Duration initial, Duration max) {
            positive("reconnect initial delay", initial);
            positive("reconnect max delay", max);
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("reconnect max delay must be at least the initial delay "
                        + initial + ", got " + max);
            }
            this.reconnectInitialDelay = initial;
            this.reconnectMaxDelay = max;
            return this;
        }

        /** Fraction (0 to 1) by which each reconnect delay is randomly shortened (default 0.25). */
        public Builder reconnectJitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("reconnectJitter must be between 0 and 1, got " + jitter);
            }
            this.reconnectJitter = jitter;
            return this;
        }

        /** No benchmark frame for this long on a subscribed connection counts as dropped (default 15 s). */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive("idleTimeout", timeout);
            return this;
        }

        /**
         * Hand-off queue watermarks, in samples: reading pauses at {@code high}, resumes at
         * {@code low} (default 8192 / 16384).
         */
        public Builder watermarks(int low, int high) {
            if (low < 1 || high <= low || high > 1_000_000) {
                throw new IllegalArgumentException("watermarks must satisfy 1 <= low < high <= 1000000, got low "
                        + low + ", high " + high);
            }
            this.lowWatermark = low;
            this.highWatermark = high;
            return this;
        }

        /** The device's API key; {@code null} or empty for none (the default). */
        public Builder apiKey(String key) {
            this.apiKey = key == null || key.isEmpty() ? null : key;
            return this;
        }

        /** What the caller knows of the run's context; it wins over the device's (default: nothing). */
        public Builder context(RunContext known) {
            this.context = Objects.requireNonNull(known, "context");
            return this;
        }

        /** How long the HTTP device-info request may take (default 5 s). */
        public Builder deviceInfoTimeout(Duration timeout) {
            this.deviceInfoTimeout = positive("deviceInfoTimeout", timeout);
            return this;
        }

        /**
         * Ask the device for its vitals ({@code device.getStatus}: frame rate, free heap, CPU load)
         * right after subscribing and then this often while streaming (default 5 s);
         * {@link Duration#ZERO} turns the polling off.
         *
         * @throws IllegalArgumentException if {@code every} is negative
         */
        public Builder vitalsEvery(Duration every) {
            Objects.requireNonNull(every, "vitalsEvery");
            if (every.isNegative()) {
                throw new IllegalArgumentException("vitalsEvery must be 0 (off) or positive, got " + seconds(every));
            }
            this.vitalsEvery = every;
            return this;
        }

        /** Seed of the reconnect-jitter random generator, for reproducible delays. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The configuration.
         *
         * @throws IllegalStateException if no stop condition was set: neither {@code duration},
         *                               {@code maxSamples} nor {@code untilStopped}
         */
        public CollectorConfig build() {
            if (duration == null && maxSamples == 0 && !untilStopped) {
                throw new IllegalStateException("no stop condition: set duration(..), maxSamples(..), or untilStopped()"
                        + " to collect until stop() is called");
            }
            return new CollectorConfig(this);
        }

        private URI resolveUri() {
            if (url != null) {
                return url;
            }
            try {
                return new URI("ws", null, host, port, path, null, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("cannot make a URL of host \"" + host + "\", port " + port
                        + ", path \"" + path + "\": " + e.getMessage(), e);
            }
        }

        /** A duration as people write it ("0 s", "-1.5 s"), not as Duration prints it ("PT0S"). */
        private static String seconds(Duration d) {
            return java.math.BigDecimal.valueOf(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9))
                    .stripTrailingZeros().toPlainString() + " s";
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + seconds(d));
            }
            return d;
        }
    }
}
