package io.lightwaveos.bench.ci.config;

import java.util.Locale;

/** What a notification webhook receives. */
public enum WebhookFormat {
    /** Slack's incoming-webhook shape {@code {"text": "..."}} (also read by Mattermost, Rocket.Chat, Discord's /slack). */
    SLACK,
    /** The notification as a JSON document ({@code lwos-bench/notification/v1}), for a service of one's own. */
    JSON;

    /** The word the config uses: {@code slack} or {@code json}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
