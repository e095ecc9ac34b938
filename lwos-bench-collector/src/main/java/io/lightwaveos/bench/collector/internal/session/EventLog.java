package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a run's events bounded whatever the device does (a clock that steps back on every frame
 * once made 400,000 reboot events in 20 s): an event of a type already recorded less than
 * {@link #WINDOW} ago is folded into that one (for the types a frame can cause, {@link #FOLDED}) (counted, first and last time kept) and written out
 * as one summary event when the burst ends; after {@link #MAX_EVENTS} events the rest are only
 * counted, and {@link #overflowNote()} says how many of which type were left out. The counters
 * (reboots, gaps) still count every occurrence. Session thread only.
 */
public final class EventLog {

    /** How close together events of one type must be to be folded into one. */
    public static final Duration WINDOW = Duration.ofSeconds(1);
    /**
     * The types a frame can cause, so one per frame at worst: only these are folded. The others
     * (connected, subscribed, ...) are paced by the reconnect back-off and only capped.
     */
    static final Set<EventType> FOLDED = EnumSet.of(EventType.GAP, EventType.REBOOT, EventType.STATS_RESET);
    /** The most events one run keeps (the final {@code stopped} event and summaries excepted). */
    public static final int MAX_EVENTS = 1000;

    /** The last event of a type written out, and what was folded into it since. */
    private static final class Burst {
        Instant lastAt;
        long repeats;
        Instant firstRepeat;
        Instant lastRepeat;
        String lastDetail;
    }

    private final Map<EventType, Burst> bursts = new EnumMap<>(EventType.class);
    private final Map<EventType, Long> dropped = new EnumMap<>(EventType.class);
    private int kept;

    /**
     * Records an event.
     *
     * @return the events to write out now, in order: none (folded or over the cap), the new
     *         event, or the summary of the burst it ends followed by the new event
     */
    public List<RunEvent> add(Instant at, EventType type, String detail) {
        Burst b = bursts.get(type);
        if (b != null && FOLDED.contains(type) && Duration.between(b.lastAt, at).compareTo(WINDOW) < 0) {
            if (b.repeats++ == 0) {
                b.firstRepeat = at;
            }
            b.lastRepeat = at;
            b.lastAt = at;
            b.lastDetail = detail;
            return List.of();
        }
        List<RunEvent> out = new ArrayList<>(2);
        if (b != null && b.repeats > 0) {
            out.add(summary(at, type, b));
        }
        if (kept >= MAX_EVENTS) {
            dropped.merge(type, 1L, Long::sum);
            bursts.remove(type);
            return out;
        }
        kept++;
        Burst next = new Burst();
        next.lastAt = at;
        bursts.put(type, next);
        out.add(new RunEvent(at, type, detail));
        return out;
    }

    /** The summaries of every burst still open, to write out before the run's last event. */
    public List<RunEvent> flush(Instant at) {
        List<RunEvent> out = new ArrayList<>();
        bursts.forEach((type, b) -> {
            if (b.repeats > 0) {
                out.add(summary(at, type, b));
                b.repeats = 0;
            }
        });
        return out;
    }

    /** {@code 1,234 more events not kept (reboot 1,200, gap 34)}, or empty when none were left out. */
    public String overflowNote() {
        if (dropped.isEmpty()) {
            return "";
        }
        long total = dropped.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%,d", total))
                .append(" more events not kept after the first ").append(MAX_EVENTS).append(" (");
        String sep = "";
        for (Map.Entry<EventType, Long> e : dropped.entrySet()) {
            sb.append(sep).append(e.getKey().jsonName()).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%,d", e.getValue()));
            sep = ", ";
        }
        return sb.append(')').toString();
    }

    private static RunEvent summary(Instant at, EventType type, Burst b) {
        String times = b.repeats == 1 ? "at " + b.firstRepeat : "from " + b.firstRepeat + " to " + b.lastRepeat;
        RunEvent e = new RunEvent(at, type, String.format(java.util.Locale.ROOT, "%,d", b.repeats) + " more "
                + type.jsonName() + " event" + (b.repeats == 1 ? "" : "s") + " " + times + "; the last: " + b.lastDetail);
        b.repeats = 0;
        return e;
    }
}
