package io.lightwaveos.bench.cli.collect;

import io.lightwaveos.bench.cli.render.ProgressLine;
import io.lightwaveos.bench.collector.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Shows a collection's progress while it runs, on its own daemon thread: on a terminal one status
 * line redrawn in place four times a second; otherwise a plain line every few seconds (logs, CI).
 */
public final class ProgressReporter implements AutoCloseable {

    /** How progress is shown. */
    public enum Mode {
        /** One line redrawn in place ({@code \r}), for a terminal. */
        LIVE,
        /** A new line now and then, for files and pipes. */
        PERIODIC,
        /** Nothing ({@code --quiet}). */
        OFF
    }

    /** Redraw interval of the live line. */
    public static final Duration LIVE_INTERVAL = Duration.ofMillis(250);
    /** Interval of the plain lines. */
    public static final Duration PERIODIC_INTERVAL = Duration.ofSeconds(5);

    private final Supplier<Progress> progress;
    private final PrintWriter out;
    private final Mode mode;
    private final Duration interval;
    private final Duration duration;
    private final long maxSamples;
    private final Thread thread;
    private final int width;
    private volatile boolean stopped;

    private ProgressReporter(Supplier<Progress> progress, PrintWriter out, Mode mode, Duration interval,
            Duration duration, long maxSamples) {
        this.progress = progress;
        this.out = out;
        this.mode = mode;
        this.interval = interval;
        this.duration = duration;
        this.maxSamples = maxSamples;
        // One column spare: a line that fills the last column makes some terminals wrap.
        this.width = mode == Mode.LIVE ? terminalColumns() - 1 : Integer.MAX_VALUE;
        this.thread = new Thread(this::loop, "lwos-bench-progress");
        thread.setDaemon(true);
    }

    /**
     * Starts reporting.
     *
     * @param interval   time between lines; null for the mode's default
     * @param duration   the collection's {@code --duration}, or null
     * @param maxSamples the collection's {@code --max-samples}, or 0
     */
    public static ProgressReporter start(Supplier<Progress> progress, PrintWriter out, Mode mode, Duration interval,
            Duration duration, long maxSamples) {
        Duration every = interval != null ? interval : mode == Mode.LIVE ? LIVE_INTERVAL : PERIODIC_INTERVAL;
        ProgressReporter r = new ProgressReporter(progress, out, mode, every, duration, maxSamples);
        if (mode != Mode.OFF) {
            r.thread.start();
        }
        return r;
    }

    /** Stops reporting; the live line is cleared so that what follows starts on a clean line. */
    @Override
    public void close() {
        if (mode == Mode.OFF || stopped) {
            return;
        }
        stopped = true;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (mode == Mode.LIVE) {
            synchronized (out) {
                out.print("\r\u001b[K");
                out.flush();
            }
        }
    }

    /** The terminal's width: {@code $COLUMNS}, else what {@code stty size} says of the terminal, else 80. */
    static int terminalColumns() {
        String env = System.getenv("COLUMNS");
        if (env != null && env.strip().matches("[1-9][0-9]{0,4}")) {
            return Integer.parseInt(env.strip());
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] size = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .strip().split("\\s+");
            if (p.waitFor() == 0 && size.length == 2 && size[1].matches("[1-9][0-9]{0,4}")) {
                return Integer.parseInt(size[1]);
            }
        } catch (java.io.IOException e) {
            // No stty or no terminal: the default below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 80;
    }

    private void loop() {
        while (!stopped) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (stopped) {
                return;
            }
            String line = mode == Mode.LIVE ? ProgressLine.of(progress.get(), duration, maxSamples, width)
                    : ProgressLine.of(progress.get(), duration, maxSamples);
            synchronized (out) {
                if (mode == Mode.LIVE) {
                    out.print("\r" + line + "\u001b[K");
                } else {
                    out.println(line);
                }
                out.flush();
            }
        }
    }
}
