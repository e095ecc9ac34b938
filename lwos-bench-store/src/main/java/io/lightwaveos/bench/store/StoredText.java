package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.ContextFields;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.text.Printable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule for the text a store keeps, the same for both stores: no NUL character (U+0000).
 * PostgreSQL cannot keep one in text; so that a run is taken or refused alike by SQLite and
 * PostgreSQL, neither store takes one ({@link Reason#INVALID}, nothing stored).
 *
 * <p>The policy, applied once where text comes in:
 * <ul>
 *   <li>what a device says (firmware, effect name, messages) and the CI's variables are not the
 *       user's to fix: a collection replaces each NUL with U+FFFD ({@link #withoutNul}) and goes on;</li>
 *   <li>a file (an archive, a JSON export) or a store a run is copied from is refused, naming the
 *       run and the field, before anything is stored ({@link #check(Run, List)}).</li>
 * </ul>
 */
public final class StoredText {

    /** What a collection puts in place of a NUL: U+FFFD, the Unicode replacement character. */
    public static final char REPLACEMENT = '\uFFFD';

    private StoredText() {
    }

    /**
     * Checks one text.
     *
     * @param field the field's name in an export document ({@code context.device.firmware})
     * @param text  the text; null passes
     * @throws StoreException {@link Reason#INVALID} naming the field and where the NUL is
     */
    public static void check(String field, String text) {
        int at = text == null ? -1 : text.indexOf('\0');
        if (at >= 0) {
            throw new StoreException(Reason.INVALID, field + ": expected text without NUL characters (U+0000), got \""
                    + Printable.truncate(text, 40) + "\" (NUL at character " + (at + 1) + ")");
        }
    }

    /**
     * Checks every text of a run a store would keep: name, description, tags, source, context and
     * the events' details.
     *
     * @throws StoreException {@link Reason#INVALID} naming the run and the field
     */
    public static void check(Run run, List<RunEvent> events) {
        try {
            check("name", run.name());
            check("description", run.description());
            for (String tag : run.tags()) {
                check("tags", tag);
            }
            check("source", run.source());
            check(run.context());
            check(events);
        } catch (StoreException e) {
            throw new StoreException(Reason.INVALID, "run " + run.id() + " (\"" + Printable.of(run.name()) + "\"): "
                    + e.getMessage(), e);
        }
    }

    /** Checks every text of a context (the {@code context.*} fields, as {@link ContextFields} lists them). */
    public static void check(RunContext context) {
        for (ContextFields.Field f : ContextFields.all()) {
            if (f.kind() == ContextFields.Kind.TEXT) {
                check("context." + f, (String) f.valueIn(context));
            }
        }
        context.meta().forEach((key, value) -> {
            check("context.meta (a key)", key);
            check("context.meta." + key, value);
        });
    }

    /** Checks the details of events ({@code events[i].detail}). */
    public static void check(List<RunEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            check("events[" + i + "].detail", events.get(i).detail());
        }
    }

    /** {@code text} with every NUL replaced by {@link #REPLACEMENT}; null stays null. */
    public static String withoutNul(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', REPLACEMENT);
    }

    /** {@code event} with NULs in its detail replaced. */
    public static RunEvent withoutNul(RunEvent event) {
        String detail = withoutNul(event.detail());
        return detail == event.detail() ? event : new RunEvent(event.at(), event.type(), detail);
    }

    /** {@code context} with NULs in every text replaced (meta keys too). */
    public static RunContext withoutNul(RunContext context) {
        DeviceInfo d = context.device();
        Workload w = context.workload();
        Map<String, String> meta = new LinkedHashMap<>();
        context.meta().forEach((key, value) -> meta.put(withoutNul(key), withoutNul(value)));
        return new RunContext(withoutNul(context.rig()),
                new DeviceInfo(withoutNul(d.firmware()), d.firmwareVersionNumber(), withoutNul(d.board()),
                        withoutNul(d.sdk()), withoutNul(d.architecture()), withoutNul(d.chipModel()), d.chipRevision(),
                        d.chipCores(), d.cpuFreqMhz(), d.flashSize(), d.freeHeap(), d.rssi()),
                new Workload(w.effectId(), withoutNul(w.effectName()), w.brightness(), w.speed(), w.paletteId()),
                new Vcs(withoutNul(context.vcs().commit()), withoutNul(context.vcs().branch()),
                        context.vcs().pullRequest(), withoutNul(context.vcs().baseBranch())),
                new CiBuild(withoutNul(context.ci().provider()), withoutNul(context.ci().buildUrl())), meta);
    }
}
