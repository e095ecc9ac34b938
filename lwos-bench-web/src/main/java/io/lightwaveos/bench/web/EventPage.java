package io.lightwaveos.bench.web;

import io.lightwaveos.bench.run.RunEvent;
import java.util.List;

/**
 * One page of a run's events, in order.
 *
 * @param total  how many events the run has
 * @param offset the index of the page's first event (0 = the run's first)
 * @param events at most the page size, fewer at the end; empty past the end
 */
public record EventPage(int total, int offset, List<RunEvent> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
