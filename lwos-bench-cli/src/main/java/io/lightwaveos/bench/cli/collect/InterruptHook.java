package io.lightwaveos.bench.cli.collect;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a long-running command. On SIGINT (or SIGTERM) the JVM runs this shutdown hook: it
 * calls the command's stop action and then holds the JVM until the command says it has finished
 * cleanly ({@link #close()}) — samples flushed, run finished, summary printed — at most
 * {@link #MAX_WAIT_SECONDS}. The JVM then exits with 130 (128 + SIGINT) as shells expect.
 *
 * <p>{@link #trigger()} runs the same stop action without a signal, for tests in the same JVM.
 */
public final class InterruptHook implements AutoCloseable {

    /** How long a Ctrl-C waits for the clean finish before the JVM exits anyway. */
    public static final long MAX_WAIT_SECONDS = 60;

    private final Runnable stop;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean triggered;

    private InterruptHook(Runnable stop) {
        this.stop = stop;
        this.thread = new Thread(this::onSignal, "lwos-bench-interrupt");
    }

    /** Installs a hook that calls {@code stop} on Ctrl-C. */
    public static InterruptHook install(Runnable stop) {
        InterruptHook hook = new InterruptHook(stop);
        Runtime.getRuntime().addShutdownHook(hook.thread);
        return hook;
    }

    /** Runs the stop action now, as a Ctrl-C would. */
    public void trigger() {
        triggered = true;
        stop.run();
    }

    /** Whether a stop was asked for (Ctrl-C or {@link #trigger()}). */
    public boolean triggered() {
        return triggered;
    }

    /** The command has finished cleanly: a waiting Ctrl-C may let the JVM exit; the hook is removed. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (this hook is running): nothing to remove.
        }
    }

    private void onSignal() {
        trigger();
        try {
            finished.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
