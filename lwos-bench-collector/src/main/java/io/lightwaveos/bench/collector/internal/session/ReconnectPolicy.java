package io.lightwaveos.bench.collector.internal.session;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When to try again after the connection dropped: exponential backoff (0.5 s doubling to 8 s by
 * default) with jitter, within an overall reconnect timeout (60 s by default).
 *
 * <p>Jitter shortens each delay by a random fraction of at most {@code jitter}, so the nominal
 * delays stay an upper bound and several clients of one device do not retry in step.
 */
public final class ReconnectPolicy {

    private final long initialNanos;
    private final long maxNanos;
    private final double jitter;
    private final long timeoutNanos;
    private final RandomGenerator random;

    /**
     * @param initialDelay the delay before attempt 0
     * @param maxDelay     the largest delay
     * @param jitter       0 to 1: the largest fraction a delay is shortened by
     * @param timeout      how long after the drop attempts may still start
     * @param random       the jitter source (seed it for reproducible delays)
     */
    public ReconnectPolicy(Duration initialDelay, Duration maxDelay, double jitter, Duration timeout,
            RandomGenerator random) {
        this.initialNanos = initialDelay.toNanos();
        this.maxNanos = maxDelay.toNanos();
        if (initialNanos <= 0 || maxNanos < initialNanos) {
            throw new IllegalArgumentException("expected 0 < initialDelay <= maxDelay, got " + initialDelay
                    + " and " + maxDelay);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
        this.jitter = jitter;
        this.timeoutNanos = timeout.toNanos();
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The delay before attempt {@code attempt} (0-based) without jitter: initial × 2^attempt, capped. */
    public Duration nominalDelay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be >= 0, got " + attempt);
        }
        long d = initialNanos;
        for (int i = 0; i < attempt && d < maxNanos; i++) {
            d *= 2;
        }
        return Duration.ofNanos(Math.min(d, maxNanos));
    }

    /** The delay before attempt {@code attempt}, with jitter: in (nominal × (1 - jitter), nominal]. */
    public Duration delay(int attempt) {
        long nominal = nominalDelay(attempt).toNanos();
        return Duration.ofNanos(nominal - (long) (nominal * jitter * random.nextDouble()));
    }

    /**
     * Whether an attempt that starts {@code delay} from now may still be made, the connection
     * having dropped {@code sinceDrop} ago.
     */
    public boolean mayAttempt(Duration sinceDrop, Duration delay) {
        return sinceDrop.toNanos() + delay.toNanos() <= timeoutNanos;
    }

    /** The overall reconnect timeout. */
    public Duration timeout() {
        return Duration.ofNanos(timeoutNanos);
    }
}
