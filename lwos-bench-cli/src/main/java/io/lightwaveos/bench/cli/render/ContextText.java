package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.ContextComparison;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** A run's context and quality as text ({@code show}, {@code list-runs}, the end of {@code collect}). */
public final class ContextText {

    private ContextText() {
    }

    /** {@code clean}, or the reasons: {@code gaps, reboot, short}. */
    public static String quality(RunQuality quality) {
        return ContextComparison.quality(quality);
    }

    /**
     * {@code clean}, or the reasons, a short run with what a clean run needs:
     * {@code short (n_eff 23.6 of 30 needed; collect ≈ 45 s at 10.0 frames/s for a clean run)}.
     */
    public static String quality(Run run) {
        return ContextComparison.quality(run);
    }

    /** The first 7 characters of a commit (as git shortens it), or {@link Format#NONE}. */
    public static String shortCommit(String commit) {
        return commit == null ? Format.NONE : orNone(commit.length() > 7 ? commit.substring(0, 7) : commit);
    }

    /** A value (control characters escaped, long values cut) or {@link Format#NONE}. */
    public static String orNone(String value) {
        return ContextComparison.orNone(value);
    }

    /** The effect: {@code Ripple (#7)}, or {@link Format#NONE}. */
    public static String effect(Workload w) {
        return orNone(w.effectLabel());
    }

    /**
     * One line: {@code rig bench-1, firmware 2.0.0, effect Ripple (#7), branch main, commit abc123}.
     */
    public static String line(RunContext c) {
        return "rig " + orNone(c.rig()) + ", firmware " + orNone(c.device().firmware()) + ", effect "
                + effect(c.workload()) + ", branch " + orNone(c.vcs().branch()) + ", commit " + orNone(c.vcs().commit());
    }

    /**
     * The device beyond its firmware: chip, cores, clock, flash, heap, RSSI, board, SDK (control
     * characters escaped, long values cut); empty when unknown.
     */
    public static String device(DeviceInfo d) {
        List<String> parts = new ArrayList<>();
        if (d.chipModel() != null) {
            parts.add(orNone(d.chipModel()) + (d.chipRevision() == null ? "" : " rev " + d.chipRevision()));
        }
        if (d.chipCores() != null) {
            parts.add(d.chipCores() + " cores");
        }
        if (d.cpuFreqMhz() != null) {
            parts.add(d.cpuFreqMhz() + " MHz");
        }
        if (d.flashSize() != null) {
            parts.add("flash " + d.flashSize() + " B");
        }
        if (d.freeHeap() != null) {
            parts.add("free heap " + d.freeHeap() + " B");
        }
        if (d.rssi() != null) {
            parts.add("RSSI " + d.rssi() + " dBm");
        }
        if (d.board() != null) {
            parts.add("board " + orNone(d.board()));
        }
        if (d.sdk() != null) {
            parts.add("SDK " + orNone(d.sdk()));
        }
        if (d.architecture() != null) {
            parts.add(orNone(d.architecture()));
        }
        return String.join(", ", parts);
    }

    /** The workload beyond its effect: brightness, speed, palette; empty when unknown. */
    public static String workloadSettings(Workload w) {
        StringJoiner j = new StringJoiner(", ");
        if (w.brightness() != null) {
            j.add("brightness " + w.brightness());
        }
        if (w.speed() != null) {
            j.add("speed " + w.speed());
        }
        if (w.paletteId() != null) {
            j.add("palette " + w.paletteId());
        }
        return j.toString();
    }
}
