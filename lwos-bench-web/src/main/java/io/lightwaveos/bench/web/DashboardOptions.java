package io.lightwaveos.bench.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dashboard listens.
 *
 * @param host             address to bind; SPEC default {@code 127.0.0.1}
 * @param port             TCP port, 0 for any free one; SPEC default 8050
 * @param livePollInterval how often watched RUNNING runs are polled for new samples (the push
 *                         latency bound); default 200 ms
 */
public record DashboardOptions(String host, int port, Duration livePollInterval) {
    /** SPEC default bind address. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** SPEC default port. */
    public static final int DEFAULT_PORT = 8050;

    public DashboardOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(livePollInterval, "livePollInterval");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (livePollInterval.toMillis() < 10 || livePollInterval.toMillis() > 1000) {
            throw new IllegalArgumentException("livePollInterval must be 10 ms to 1 s, got " + livePollInterval);
        }
    }

    /** 127.0.0.1:8050, polling every 200 ms. */
    public static DashboardOptions defaults() {
        return new DashboardOptions(DEFAULT_HOST, DEFAULT_PORT, Duration.ofMillis(200));
    }

    /** These options with another bind address. */
    public DashboardOptions withHost(String newHost) {
        return new DashboardOptions(newHost, port, livePollInterval);
    }

    /** These options with another port. */
    public DashboardOptions withPort(int newPort) {
        return new DashboardOptions(host, newPort, livePollInterval);
    }
}
