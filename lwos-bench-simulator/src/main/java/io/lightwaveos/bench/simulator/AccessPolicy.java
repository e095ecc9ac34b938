package io.lightwaveos.bench.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Whom the simulated device serves and how: the API key it requires, its message rate limit and
 * the block after failed {@code auth} messages, how many subscribers it takes and how it answers
 * subscribes and {@code GET /api/v1/device/info}. Immutable; each {@code with...} checks its value.
 *
 * @param apiKey                  the API key required ({@code FEATURE_API_AUTH}): the first WebSocket
 *                                message must be {@code auth} with it, HTTP requests must carry it in
 *                                {@code X-API-Key}; {@code null} for none
 * @param rateLimit               text messages per second and connection answered; more get RATE_LIMITED; 0: no limit
 * @param authFailuresBeforeBlock failed {@code auth} messages from one address before it is blocked
 * @param authBlock               how long an address stays blocked after too many failed {@code auth} messages
 * @param maxSubscribers          how many benchmark subscribers are served; the next is rejected
 * @param subscribeBehaviour      how subscribes are answered
 * @param deviceInfoBehaviour     how {@code GET /api/v1/device/info} is answered
 */
public record AccessPolicy(String apiKey, int rateLimit, int authFailuresBeforeBlock, Duration authBlock,
        int maxSubscribers, SubscribeBehaviour subscribeBehaviour, DeviceInfoBehaviour deviceInfoBehaviour) {

    /** Open to all: no key, no rate limit, 3 failures block for 5 s, 4 subscribers, subscribes accepted, info served. */
    public static final AccessPolicy OPEN = new AccessPolicy(null, 0, 3, Duration.ofSeconds(5), 4,
            SubscribeBehaviour.ACCEPT, DeviceInfoBehaviour.SERVE);

    /** Require this API key ({@code null} or empty: no authentication). */
    public AccessPolicy withApiKey(String key) {
        return new AccessPolicy(key == null || key.isEmpty() ? null : key, rateLimit, authFailuresBeforeBlock,
                authBlock, maxSubscribers, subscribeBehaviour, deviceInfoBehaviour);
    }

    /** Answer at most {@code messagesPerSecond} (0 or more; 0: no limit) text messages per second and connection. */
    public AccessPolicy withRateLimit(int messagesPerSecond) {
        return new AccessPolicy(apiKey, OptionChecks.notNegative("rateLimit", messagesPerSecond, " messages/s (0 for none)"),
                authFailuresBeforeBlock, authBlock, maxSubscribers, subscribeBehaviour, deviceInfoBehaviour);
    }

    /** Block an address after {@code failures} (at least 1) failed {@code auth} messages, for {@code block} (positive). */
    public AccessPolicy withAuthBlock(int failures, Duration block) {
        int checked = OptionChecks.atLeastOneInt("authFailuresBeforeBlock", failures);
        Objects.requireNonNull(block, "block");
        if (block.isNegative() || block.isZero()) {
            throw new IllegalArgumentException("the auth block must be > 0, got " + block);
        }
        return new AccessPolicy(apiKey, rateLimit, checked, block, maxSubscribers, subscribeBehaviour,
                deviceInfoBehaviour);
    }

    /** Subscribers served, 0 or more. */
    public AccessPolicy withMaxSubscribers(int n) {
        return new AccessPolicy(apiKey, rateLimit, authFailuresBeforeBlock, authBlock,
                OptionChecks.notNegative("maxSubscribers", n, ""), subscribeBehaviour, deviceInfoBehaviour);
    }

    /** How subscribes are answered. */
    public AccessPolicy withSubscribeBehaviour(SubscribeBehaviour behaviour) {
        return new AccessPolicy(apiKey, rateLimit, authFailuresBeforeBlock, authBlock, maxSubscribers,
                Objects.requireNonNull(behaviour, "behaviour"), deviceInfoBehaviour);
    }

    /** How {@code GET /api/v1/device/info} is answered. */
    public AccessPolicy withDeviceInfoBehaviour(DeviceInfoBehaviour behaviour) {
        return new AccessPolicy(apiKey, rateLimit, authFailuresBeforeBlock, authBlock, maxSubscribers,
                subscribeBehaviour, Objects.requireNonNull(behaviour, "behaviour"));
    }
}
