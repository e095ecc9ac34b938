package io.lightwaveos.bench.run;

import java.util.Locale;

/** The kinds of event recorded with a run. */
public enum EventType {
    CONNECTED, SUBSCRIBED, DISCONNECTED, RECONNECTED, GAP, REBOOT, STATS_RESET, DEVICE_MESSAGE, STOPPED,
    /** The device changed its effect during the run (detail: before → after); SPEC §3 names it {@code workload_changed}. */
    WORKLOAD_CHANGED("workload_changed"),
    /** Part of the run context could not be read from the device (detail: what and why). */
    CONTEXT,
    /** The device asked the collector to slow down ({@code RATE_LIMITED}); detail: how long it waited. */
    RATE_LIMITED;

    private final String jsonName;

    EventType() {
        this.jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    EventType(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name used in JSON and the store: lower case with hyphens ({@code stats-reset}), except
     * {@code workload_changed}, spelled as the specification names it.
     */
    public String jsonName() {
        return jsonName;
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
