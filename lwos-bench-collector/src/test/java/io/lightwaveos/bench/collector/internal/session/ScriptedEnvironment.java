package io.lightwaveos.bench.collector.internal.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link SessionEnvironment} in virtual time for driving a {@link Session} without a socket:
 * it records what the session asks for (connects, sent messages, closes, read pauses) and runs
 * scheduled tasks when the test advances the clock.
 */
final class ScriptedEnvironment implements SessionEnvironment, ReadControl {

    static final long EPOCH_MICROS = 1_760_000_000_000_000L;

    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private long now = 1_000_000_000L;
    private long taskSeq;
    int connects;
    int closes;
    int pauses;
    int resumes;
    final List<String> sent = new ArrayList<>();

    @Override
    public void connect() {
        connects++;
    }

    @Override
    public void send(String text) {
        sent.add(text);
    }

    @Override
    public void close(Runnable then) {
        closes++;
        then.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(now + delay.toNanos(), taskSeq++, task);
        tasks.add(t);
        return () -> t.cancelled = true;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public long nowMicros() {
        return EPOCH_MICROS + now / 1000;
    }

    @Override
    public void pauseReading() {
        pauses++;
    }

    @Override
    public void resumeReading() {
        resumes++;
    }

    /** Moves the clock forward, running every task that falls due, in order. */
    void advance(Duration d) {
        long target = now + d.toNanos();
        while (!tasks.isEmpty() && tasks.peek().at <= target) {
            Task t = tasks.poll();
            now = t.at;
            if (!t.cancelled) {
                t.task.run();
            }
        }
        now = target;
    }

    /** The type fields of the messages sent, in order. */
    List<String> sentTypes() {
        return sent.stream().map(s -> DeviceReply.parse(s).type()).toList();
    }

    /** The requestId of the last message sent with {@code type}. */
    String lastRequestId(String type) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            DeviceReply r = DeviceReply.parse(sent.get(i));
            if (r.type().equals(type)) {
                return r.requestId();
            }
        }
        throw new AssertionError("nothing of type " + type + " was sent; sent: " + sent);
    }

    private static final class Task implements Comparable<Task> {
        final long at;
        final long seq;
        final Runnable task;
        boolean cancelled;

        Task(long at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }
}
