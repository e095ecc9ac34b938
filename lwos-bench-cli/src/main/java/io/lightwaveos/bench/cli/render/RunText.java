package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A run's facts, counters, device results and events as text ({@code show}, the end of {@code collect}). */
public final class RunText {

    private RunText() {
    }

    /** The facts: id, name, description, tags, source, status, times, samples, context, quality. */
    public static void printDetails(Run run, PrintWriter out) {
        TextTable t = new TextTable().left("").left("");
        t.row("run", run.id().toString());
        t.row("name", Printable.of(run.name()));
        if (!run.description().isEmpty()) {
            t.row("description", Printable.truncate(run.description(), 2000));
        }
        t.row("tags", run.tags().isEmpty() ? Format.NONE : Printable.of(String.join(", ", run.tags())));
        t.row("source", run.source().isEmpty() ? Format.NONE : Printable.of(run.source()));
        t.row("status", run.status().name());
        t.row("started", Format.preciseTime(run.startedAt()));
        t.row("ended", run.endedAt() == null ? Format.NONE
                : Format.preciseTime(run.endedAt()) + " (" + Format.duration(run.startedAt(), run.endedAt()) + ")");
        t.row("samples", Long.toString(run.sampleCount()));
        RunContext c = run.context();
        t.row("rig", ContextText.orNone(c.rig()));
        String firmwareNumber = c.device().firmwareVersionNumber() == null ? ""
                : " (" + c.device().firmwareVersionNumber() + ")";
        t.row("firmware", ContextText.orNone(c.device().firmware()) + firmwareNumber);
        String device = ContextText.device(c.device());
        if (!device.isEmpty()) {
            t.row("device", device);
        }
        String settings = ContextText.workloadSettings(c.workload());
        t.row("effect", ContextText.effect(c.workload()) + (settings.isEmpty() ? "" : "; " + settings));
        t.row("branch", ContextText.orNone(c.vcs().branch()));
        t.row("commit", ContextText.orNone(c.vcs().commit()));
        if (c.vcs().isPullRequest()) {
            t.row("pull request", (c.vcs().pullRequest() == null ? "-" : "#" + c.vcs().pullRequest()) + " into "
                    + ContextText.orNone(c.vcs().baseBranch()));
        }
        if (c.ci().provider() != null || c.ci().buildUrl() != null) {
            t.row("ci", ContextText.orNone(c.ci().provider())
                    + (c.ci().buildUrl() == null ? "" : " " + Printable.of(c.ci().buildUrl())));
        }
        if (!c.meta().isEmpty()) {
            StringJoiner meta = new StringJoiner(", ");
            c.meta().forEach((k, v) -> meta.add(Printable.of(k) + "=" + Printable.of(v)));
            t.row("meta", meta.toString());
        }
        t.row("quality", ContextText.quality(run));
        t.row("counters", counters(run.counters()));
        if (!run.deviceResults().isEmpty()) {
            t.row("device results", deviceResults(run.deviceResults()));
        }
        printWithoutHeader(t, out);
    }

    /**
     * The counters on one line:
     * {@code foreign 0, malformed 0 (BAD_LENGTH 0, NON_FINITE 0), gaps 0 (~0 frames lost), reconnects 0, reboots 0}.
     */
    public static String counters(RunCounters c) {
        StringJoiner malformed = new StringJoiner(", ", " (", ")");
        c.framesMalformed().forEach((reason, n) -> malformed.add(reason.name() + " " + n));
        return "foreign " + c.framesForeign()
                + ", malformed " + c.framesMalformedTotal() + malformed
                + ", gaps " + c.gaps() + " (~" + c.framesLostEstimate() + " frames lost)"
                + ", reconnects " + c.reconnects()
                + ", reboots " + c.reboots();
    }

    /** The device's own {@code benchmark.stopped} results: {@code avgTotalUs 150.2, cpuLoadPercent 35.1}. */
    public static String deviceResults(Map<String, Double> results) {
        StringJoiner j = new StringJoiner(", ");
        results.forEach((k, v) -> j.add(Printable.of(k) + " " + Format.value(v)));
        return j.toString();
    }

    /** The events, one per line: time, type, detail. */
    public static void printEvents(List<RunEvent> events, PrintWriter out) {
        if (events.isEmpty()) {
            out.println("  (none)");
            return;
        }
        TextTable t = new TextTable().indent("  ").left("time").left("event").left("detail");
        for (RunEvent e : events) {
            t.row(Format.preciseTime(e.at()), e.type().jsonName(), Printable.of(e.detail()));
        }
        printWithoutHeader(t, out);
    }

    /** Key/value tables read better without a header row. */
    private static void printWithoutHeader(TextTable t, PrintWriter out) {
        String text = t.toString();
        out.print(text.substring(text.indexOf('\n') + 1));
        out.flush();
    }
}
