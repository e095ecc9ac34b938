package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A session's events: each goes through the {@link EventLog} (which folds bursts and caps the
 * count), is kept for the result and handed to the sink thread at once. Session thread only.
 */
final class SessionEvents {

    private final SessionEnvironment env;
    private final HandOffQueue queue;
    private final EventLog log = new EventLog();
    private final List<RunEvent> kept = new ArrayList<>();

    SessionEvents(SessionEnvironment env, HandOffQueue queue) {
        this.env = env;
        this.queue = queue;
    }

    /** Records an event now (or folds it into a burst of its type). */
    void record(EventType type, String detail) {
        for (RunEvent event : log.add(env.now(), type, detail)) {
            emit(event);
        }
    }

    /**
     * Writes out the bursts still open and then the final {@code stopped} event, whose detail says
     * how many events the cap left out, if any.
     */
    void close(String stopDetail) {
        for (RunEvent pending : log.flush(env.now())) {
            emit(pending);
        }
        String overflow = log.overflowNote();
        emit(new RunEvent(env.now(), EventType.STOPPED, stopDetail + (overflow.isEmpty() ? "" : "; " + overflow)));
    }

    /** Every event written out so far, oldest first (the live list). */
    List<RunEvent> all() {
        return kept;
    }

    private void emit(RunEvent event) {
        kept.add(event);
        queue.add(event);
        queue.flush();
    }
}
