package io.lightwaveos.bench.ci.forge;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How forge and webhook requests are sent: the JDK's {@link HttpClient}, HTTP/1.1, no redirects
 * followed (a redirect could carry a token to another host), and these timeouts.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for each response
 * @param retryDelay     how long to wait before the one retry after a 5xx answer or a failed connection
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, Duration retryDelay) {

    /** 10 s to connect, 30 s per response, 1 s before the retry. */
    public static final HttpSettings DEFAULTS = new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(1));

    /** Checks the timeouts are positive and the delay not negative. */
    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()
                || retryDelay.isNegative()) {
            throw new IllegalArgumentException("timeouts must be positive and the retry delay not negative, got "
                    + connectTimeout + ", " + requestTimeout + ", " + retryDelay);
        }
    }

    /**
     * One client with these settings, made when it is first asked for: making one reads the trust store
     * and starts a selector thread, a tenth of a second or more that a call posting nothing must not pay.
     * Thread-safe; every call of the supplier gives the same client.
     */
    public Supplier<HttpClient> lazyClient() {
        return new Supplier<>() {
            private HttpClient client;

            @Override
            public synchronized HttpClient get() {
                if (client == null) {
                    client = newClient();
                }
                return client;
            }
        };
    }

    /** A client with these settings. */
    public HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
