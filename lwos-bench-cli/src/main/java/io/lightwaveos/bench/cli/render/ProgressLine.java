package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The status line of a running collection: elapsed (and remaining) time, samples, frames/s, the
 * latest avg_total_us and cpu_load_percent, and the counters that signal trouble. On a terminal it
 * must fit the width (a wrapped line cannot be redrawn in place): fields are dropped by priority,
 * the trouble counters that are still 0 first, the time and the sample count last.
 */
public final class ProgressLine {

    /** A field of the line and how much it matters (higher stays longer). */
    private record Field(String text, int priority) {
    }

    private ProgressLine() {
    }

    /**
     * One line, no line break, with every field.
     *
     * @param duration   the {@code --duration}, or null
     * @param maxSamples the {@code --max-samples}, or 0
     */
    public static String of(Progress p, Duration duration, long maxSamples) {
        return of(p, duration, maxSamples, Integer.MAX_VALUE);
    }

    /**
     * One line of at most {@code width} characters (the time and sample count are always kept).
     *
     * @param duration   the {@code --duration}, or null
     * @param maxSamples the {@code --max-samples}, or 0
     * @param width      the terminal's columns
     */
    public static String of(Progress p, Duration duration, long maxSamples, int width) {
        List<Field> fields = new ArrayList<>();
        Duration elapsed = duration != null && p.elapsed().compareTo(duration) > 0 ? duration : p.elapsed();
        fields.add(new Field(Format.duration(elapsed) + (duration != null ? " of " + Format.duration(duration) : ""), 100));
        String state = switch (p.state()) {
            case CONNECTING -> "connecting";
            case AUTHENTICATING -> "authenticating";
            case RATE_LIMITED -> "rate limited by the device, waiting " + Format.duration(p.waitLeft());
            case SUBSCRIBING -> "subscribing";
            case RECONNECTING -> "reconnecting";
            case STOPPING -> "stopping";
            case STREAMING, FINISHED -> null;
        };
        if (state != null) {
            fields.add(new Field(state, 90));
        }
        long n = p.samples();
        fields.add(new Field(n + (maxSamples > 0 ? "/" + maxSamples : "") + (n == 1 && maxSamples == 0 ? " sample" : " samples"), 95));
        if (n > 0) {
            // Before the first sample a rate of 0.0 says nothing.
            fields.add(new Field(String.format(Locale.ROOT, "%.1f", p.framesPerSecond()) + " frames/s", 40));
        }
        if (p.latestFrame() != null) {
            fields.add(new Field("avg_total_us " + Format.value(p.latestAvgTotalUs()) + " µs", 80));
            fields.add(new Field("cpu " + Format.value(p.latestCpuLoadPercent()) + " %", 30));
        }
        RunCounters c = p.counters();
        fields.add(new Field("foreign " + c.framesForeign(), c.framesForeign() > 0 ? 50 : 10));
        fields.add(new Field("malformed " + c.framesMalformedTotal(), c.framesMalformedTotal() > 0 ? 60 : 11));
        fields.add(new Field("gaps " + c.gaps(), c.gaps() > 0 ? 70 : 12));
        fields.add(new Field("reconnects " + c.reconnects(), c.reconnects() > 0 ? 65 : 13));
        while (length(fields) > width) {
            Field least = fields.get(0);
            for (Field f : fields) {
                if (f.priority() < least.priority()) {
                    least = f;
                }
            }
            if (least.priority() >= 95) {
                break;
            }
            fields.remove(least);
        }
        StringBuilder b = new StringBuilder();
        for (Field f : fields) {
            b.append(b.length() == 0 ? "" : "  ").append(f.text());
        }
        return b.length() > width ? b.substring(0, Math.max(0, width)) : b.toString();
    }

    private static int length(List<Field> fields) {
        int n = 0;
        for (Field f : fields) {
            n += f.text().length() + (n == 0 ? 0 : 2);
        }
        return n;
    }
}
