package io.lightwaveos.bench.ci.config;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook to tell about a new change point on a tracked branch ({@code notify:} in the config).
 * The config names the environment variable that holds the URL; the URL itself, a secret, is read
 * from the environment at the moment of sending and never printed.
 *
 * @param webhookEnv the environment variable holding the webhook URL, e.g. {@code LWOS_BENCH_SLACK_WEBHOOK}
 * @param format     what the webhook receives
 */
public record NotifyTarget(String webhookEnv, WebhookFormat format) {

    /** Checks both are given. */
    public NotifyTarget {
        Objects.requireNonNull(webhookEnv, "webhookEnv");
        Objects.requireNonNull(format, "format");
    }

    /** The webhook URL from {@code env}, empty when the variable is unset or blank. */
    public Optional<String> url(Map<String, String> env) {
        return ForgeSettings.variable(env, webhookEnv);
    }
}
