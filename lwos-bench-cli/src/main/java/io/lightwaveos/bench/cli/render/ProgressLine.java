package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;
import java.util.Locale;

/**
 * The status line of a running collection: elapsed (and remaining) time, samples, frames/s, the
 * latest avg_total_us and cpu_load_percent, and the counters that signal trouble.
 */
public final class ProgressLine {

    private ProgressLine() {
    }

    /**
     * One line, no line break.
     *
     * @param duration   the {@code --duration}, or null
     * @param maxSamples the {@code --max-samples}, or 0
     */
    public static String of(Progress p, Duration duration, long maxSamples) {
        StringBuilder b = new StringBuilder();
        b.append(Format.duration(p.elapsed()));
        if (duration != null) {
            b.append(" of ").append(Format.duration(duration));
        }
        b.append(switch (p.state()) {
            case CONNECTING -> "  connecting";
            case SUBSCRIBING -> "  subscribing";
            case RECONNECTING -> "  reconnecting";
            case STOPPING -> "  stopping";
            case STREAMING, FINISHED -> "";
        });
        b.append("  ").append(p.samples());
        if (maxSamples > 0) {
            b.append('/').append(maxSamples);
        }
        b.append(" samples  ").append(String.format(Locale.ROOT, "%.1f", p.framesPerSecond())).append(" frames/s");
        if (p.latestFrame() != null) {
            b.append("  avg_total_us ").append(Format.value(p.latestAvgTotalUs()))
                    .append(" µs  cpu ").append(Format.value(p.latestCpuLoadPercent())).append(" %");
        }
        RunCounters c = p.counters();
        b.append("  foreign ").append(c.framesForeign())
                .append("  malformed ").append(c.framesMalformedTotal())
                .append("  gaps ").append(c.gaps())
                .append("  reconnects ").append(c.reconnects());
        return b.toString();
    }
}
