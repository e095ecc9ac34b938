package io.lightwaveos.bench.collector.session;

import io.lightwaveos.bench.collector.HandOffStats;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The queue between the session thread (a Netty event loop, which must never block on the sink)
 * and the sink thread, with watermarks that switch socket reading off and on.
 *
 * <p>{@link #put} never drops: at the high watermark it pauses reading through
 * {@link ReadControl}; the sink thread resumes it once the depth is back at the low watermark.
 * Frames already read when reading pauses still go in, so the queue has headroom above the high
 * watermark; only if even that ran out would {@code put} wait for room (counted as a stall) rather
 * than lose a frame. Pause and resume decisions are taken under one lock, so the last decision
 * always matches the depth it saw.
 */
public final class HandOffQueue {

    /** Room above the high watermark for what one socket read can still deliver after a pause. */
    public static final int HEADROOM = 65_536;

    private final LinkedBlockingQueue<Object> queue;
    private final int lowWatermark;
    private final int highWatermark;
    private final int capacity;
    private final ReadControl control;
    private final Object lock = new Object();

    private volatile boolean paused;
    private volatile boolean pausingDisabled;
    private volatile int maxDepth;
    private volatile long pauses;
    private volatile long resumes;
    private volatile long stalls;

    /**
     * @param lowWatermark  depth at which reading resumes
     * @param highWatermark depth at which reading pauses
     * @param control       switches reading
     * @throws IllegalArgumentException unless {@code 0 <= low < high}
     */
    public HandOffQueue(int lowWatermark, int highWatermark, ReadControl control) {
        if (lowWatermark < 0 || highWatermark <= lowWatermark) {
            throw new IllegalArgumentException("expected 0 <= low < high, got low " + lowWatermark
                    + ", high " + highWatermark);
        }
        this.lowWatermark = lowWatermark;
        this.highWatermark = highWatermark;
        this.capacity = highWatermark + HEADROOM;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.control = control;
    }

    /** Adds an item (producer side). Never drops; pauses reading at the high watermark. */
    public void put(Object item) {
        if (!queue.offer(item)) {
            stalls++;
            boolean interrupted = false;
            while (true) {
                try {
                    queue.put(item);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        int depth = queue.size();
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (depth >= highWatermark && !paused && !pausingDisabled) {
            synchronized (lock) {
                if (!paused && !pausingDisabled && queue.size() >= highWatermark) {
                    paused = true;
                    pauses++;
                    control.pauseReading();
                }
            }
        }
    }

    /**
     * Waits for at least one item, then moves up to {@code max} items into {@code batch}
     * (consumer side), resuming reading if the depth fell to the low watermark.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void drainTo(List<Object> batch, int max) throws InterruptedException {
        batch.add(queue.take());
        if (max > 1) {
            queue.drainTo(batch, max - 1);
        }
        if (paused && queue.size() <= lowWatermark) {
            synchronized (lock) {
                if (paused && queue.size() <= lowWatermark) {
                    paused = false;
                    resumes++;
                    control.resumeReading();
                }
            }
        }
    }

    /**
     * Pauses reading again if the queue is still paused: a new connection starts out reading (it
     * must, for its handshake and subscribe reply), so after subscribing the state is re-applied.
     */
    public void reassertPause() {
        synchronized (lock) {
            if (paused && !pausingDisabled) {
                control.pauseReading();
            }
        }
    }

    /**
     * Resumes reading for good: the collection is stopping, replies must get through, and no
     * further frames will be queued.
     */
    public void forceResume() {
        synchronized (lock) {
            pausingDisabled = true;
            if (paused) {
                paused = false;
                resumes++;
                control.resumeReading();
            }
        }
    }

    /** Items waiting now. */
    public int depth() {
        return queue.size();
    }

    /** Whether reading is paused because of this queue. */
    public boolean isPaused() {
        return paused;
    }

    /** What the queue has done so far. */
    public HandOffStats stats() {
        return new HandOffStats(highWatermark, lowWatermark, capacity, maxDepth, pauses, resumes, stalls);
    }
}
