package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.HandOffStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The queue between the session thread (a Netty event loop, which must never wait for the sink)
 * and the sink thread, with watermarks that switch socket reading off and on.
 *
 * <p>The producer {@link #add}s items to a batch of its own and hands the batch over on
 * {@link #flush()} (after each socket read, or every 1024 items), so the sink thread is woken once
 * per read rather than once per frame. The depth counts items handed over and not yet delivered.
 *
 * <p>Nothing is ever dropped: at the high watermark reading pauses through {@link ReadControl};
 * the sink thread resumes it once the depth is back at the low watermark. Frames already read when
 * reading pauses still go in, so the queue has {@link #HEADROOM} above the high watermark; only if
 * even that ran out would {@code flush} wait for room (counted as a stall) rather than lose a
 * frame. Pause and resume decisions are taken under one lock, so the last decision always matches
 * the depth it saw.
 */
public final class HandOffQueue {

    /** Room above the high watermark for what socket reads can still deliver after a pause. */
    public static final int HEADROOM = 65_536;
    private static final int MAX_BATCH = 1024;

    private final LinkedBlockingQueue<List<Object>> batches = new LinkedBlockingQueue<>();
    private final AtomicInteger depth = new AtomicInteger();
    private final int lowWatermark;
    private final int highWatermark;
    private final int capacity;
    private final ReadControl control;
    private final Object lock = new Object();
    private List<Object> pending = new ArrayList<>(64);

    private volatile boolean paused;
    private volatile boolean pausingDisabled;
    private volatile boolean stalled;
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
        this.control = control;
    }

    // ---------------------------------------------------------------- producer (session thread)

    /** Adds an item to the current batch (producer side); it is handed over at the next {@link #flush()}. */
    public void add(Object item) {
        pending.add(item);
        if (pending.size() >= MAX_BATCH) {
            flush();
        }
    }

    /** Hands the current batch to the sink thread; pauses reading at the high watermark. Never drops. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Object> batch = pending;
        pending = new ArrayList<>(Math.min(MAX_BATCH, Math.max(16, batch.size())));
        int n = batch.size();
        awaitRoom(n);
        int d = depth.addAndGet(n);
        batches.add(batch);
        if (d > maxDepth) {
            maxDepth = d;
        }
        if (d >= highWatermark && !paused && !pausingDisabled) {
            synchronized (lock) {
                if (!paused && !pausingDisabled && depth.get() >= highWatermark) {
                    paused = true;
                    pauses++;
                    control.pauseReading();
                }
            }
        }
    }

    private void awaitRoom(int n) {
        if (depth.get() + n <= capacity) {
            return;
        }
        stalls++;
        boolean interrupted = false;
        synchronized (lock) {
            stalled = true;
            while (depth.get() + n > capacity) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            stalled = false;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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

    // ---------------------------------------------------------------- consumer (sink thread)

    /**
     * Waits for the next batch.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public List<Object> take() throws InterruptedException {
        return batches.take();
    }

    /** Reports that {@code n} items were delivered; resumes reading at the low watermark. */
    public void delivered(int n) {
        int d = depth.addAndGet(-n);
        if ((paused && d <= lowWatermark) || stalled) {
            synchronized (lock) {
                if (paused && depth.get() <= lowWatermark) {
                    paused = false;
                    resumes++;
                    control.resumeReading();
                }
                lock.notifyAll();
            }
        }
    }

    // ---------------------------------------------------------------- observation

    /** Items handed over and not yet delivered. */
    public int depth() {
        return depth.get();
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
