package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.ci.config.NotifyTarget;
import io.lightwaveos.bench.ci.config.WebhookFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends a notification to a configured webhook: Slack's {@code {"text": ...}} or the caller's JSON
 * document. The URL, a secret, is read from the environment variable the config names, is sent to
 * its own host only ({@code https://}, or {@code http://} to loopback), and never appears in a
 * message: failures name the variable.
 */
public final class WebhookSender {

    private final Supplier<HttpClient> client;
    private final HttpSettings settings;
    private final Map<String, String> env;

    /**
     * @param env the environment holding the webhook URLs
     */
    public WebhookSender(Supplier<HttpClient> client, HttpSettings settings, Map<String, String> env) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.env = Objects.requireNonNull(env, "env");
    }

    /**
     * Posts to {@code target}.
     *
     * @param text     the message, Slack's {@code text} (Slack's mrkdwn: {@code *bold*}, {@code <url|label>})
     * @param document the JSON document for a {@link WebhookFormat#JSON} target (an object); null to send
     *                 {@code {"text": ...}} there too
     * @return sent (any 2xx), skipped when the variable is unset, failed with the reason
     */
    public ForgeResult send(NotifyTarget target, String text, JsonNode document) {
        String label = "webhook " + target.webhookEnv();
        Optional<String> url = target.url(env);
        if (url.isEmpty()) {
            return ForgeResult.skipped(label + ": the variable is not set: not notified");
        }
        Secret secret = new Secret(target.webhookEnv(), url.get());
        URI uri;
        try {
            uri = ForgeHttp.checkBase(url.get(), label, true);
        } catch (IllegalArgumentException e) {
            return ForgeResult.failed(secret.redact(e.getMessage()) + ": not notified");
        }
        JsonNode body;
        if (target.format() == WebhookFormat.JSON && document != null && document.isObject()) {
            body = document;
        } else {
            ObjectNode slack = ForgeHttp.MAPPER.createObjectNode();
            slack.put("text", text);
            body = slack;
        }
        ForgeHttp http = new ForgeHttp(client, settings, uri, label, Map.of("User-Agent", Forges.USER_AGENT), secret, true);
        try {
            ForgeHttp.Response r = http.send("POST", uri, body.toString(), "send the notification");
            if (!r.ok()) {
                throw http.refused(r, "send the notification", r.status() == 404 || r.status() == 403
                        ? "the webhook in " + target.webhookEnv() + " was refused; it may have been revoked" : null);
            }
            return ForgeResult.of(ForgeResult.Outcome.SENT);
        } catch (ForgeHttp.Failure f) {
            return ForgeResult.failed(f.getMessage() + "; not notified");
        }
    }
}
