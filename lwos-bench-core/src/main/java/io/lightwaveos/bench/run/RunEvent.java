package io.lightwaveos.bench.run;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened during a run.
 *
 * @param at     host UTC time
 * @param type   what happened
 * @param detail a human-readable detail ("lost ~3 frames", the device message text), may be empty
 */
public record RunEvent(Instant at, EventType type, String detail) {
    public RunEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        detail = detail == null ? "" : detail;
    }
}
