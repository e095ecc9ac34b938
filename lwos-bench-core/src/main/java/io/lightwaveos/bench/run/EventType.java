package io.lightwaveos.bench.run;

import java.util.Locale;

/** The kinds of event recorded with a run, in the order they can happen. */
public enum EventType {
    CONNECTED, SUBSCRIBED, DISCONNECTED, RECONNECTED, GAP, REBOOT, STATS_RESET, DEVICE_MESSAGE, STOPPED;

    /** The name used in JSON and the store: lower case with hyphens ({@code stats-reset}). */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@link #jsonName()}.
     *
     * @throws IllegalArgumentException if no event type has that name
     */
    public static EventType fromJsonName(String text) {
        for (EventType t : values()) {
            if (t.jsonName().equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type \"" + text + "\"");
    }
}
