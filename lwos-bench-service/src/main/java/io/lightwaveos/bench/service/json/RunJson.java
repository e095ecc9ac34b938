package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.Workload;
import java.util.List;
import java.util.Map;

/**
 * The {@code lwos-bench/run/v2} document (SPEC §6, §3): {@code show --format json}, each element of
 * {@code list-runs --format json}, {@code GET /api/runs/{ref}}. Times are ISO-8601 UTC;
 * {@code ended_at} is null while a run is running. Version 2 adds {@code context} (every field
 * present, null when unknown) and {@code quality} (the reasons, empty when clean) to version 1.
 */
public final class RunJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/run/v2";

    private RunJson() {
    }

    /**
     * The run document with statistics from summaries.
     *
     * @param run    the run
     * @param stats  summaries by metric, written in registry order; null to write the run's
     *               cached statistics instead
     * @param events the run's events for {@code show}; null to leave the {@code events} key out
     *               (as list views do)
     */
    public static ObjectNode toJson(Run run, Map<Metric, Summary> stats, List<RunEvent> events) {
        ObjectNode doc = header(run);
        ObjectNode statsNode = doc.putObject("stats");
        if (stats != null) {
            for (Metric m : Metric.all()) {
                Summary s = stats.get(m);
                if (s != null) {
                    statsNode.set(m.id(), SummaryJson.toJson(s));
                }
            }
        } else {
            writeCached(statsNode, run.cachedStats());
        }
        if (events != null) {
            doc.set("events", events(events));
        }
        return doc;
    }

    /**
     * The {@code events} array: {@code [{"at", "type", "detail"}]} in order, {@code at} ISO-8601 UTC,
     * {@code type} the event type's JSON name ({@code gap}, {@code workload_changed}).
     */
    public static ArrayNode events(List<RunEvent> events) {
        ArrayNode list = Json.array();
        for (RunEvent e : events) {
            list.add(event(e));
        }
        return list;
    }

    /** {@code {"at", "type", "detail"}}: one event as the run document lists it. */
    public static ObjectNode event(RunEvent e) {
        ObjectNode node = Json.object();
        node.put("at", e.at().toString());
        node.put("type", e.type().jsonName());
        node.put("detail", e.detail());
        return node;
    }

    /** The {@code quality} array: the reasons' JSON names in order, empty when clean. */
    public static ArrayNode quality(RunQuality quality) {
        ArrayNode list = Json.array();
        quality.jsonNames().forEach(list::add);
        return list;
    }

    /** The run document with the run's cached statistics and no events: a list element. */
    public static ObjectNode toJson(Run run) {
        return toJson(run, null, null);
    }

    private static ObjectNode header(Run run) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.put("id", run.id().toString());
        doc.put("name", run.name());
        doc.put("description", run.description());
        ArrayNode tags = doc.putArray("tags");
        run.tags().forEach(tags::add);
        doc.put("source", run.source());
        doc.put("status", run.status().name());
        doc.put("started_at", run.startedAt().toString());
        Json.putString(doc, "ended_at", run.endedAt() == null ? null : run.endedAt().toString());
        doc.put("sample_count", run.sampleCount());
        doc.set("counters", counters(run.counters()));
        doc.set("context", context(run.context()));
        doc.set("quality", quality(run.quality()));
        return doc;
    }

    /**
     * The {@code context} object: {@code rig}, {@code device} {firmware, ...}, {@code workload}
     * {effect_id, ...}, {@code vcs} {commit, branch}, {@code ci} {provider, build_url}, {@code meta};
     * every field present, null when unknown.
     */
    public static ObjectNode context(RunContext context) {
        ObjectNode node = Json.object();
        Json.putString(node, "rig", context.rig());
        DeviceInfo d = context.device();
        ObjectNode device = node.putObject("device");
        Json.putString(device, "firmware", d.firmware());
        putNumber(device, "firmware_version_number", d.firmwareVersionNumber());
        Json.putString(device, "board", d.board());
        Json.putString(device, "sdk", d.sdk());
        Json.putString(device, "architecture", d.architecture());
        Json.putString(device, "chip_model", d.chipModel());
        putNumber(device, "chip_revision", d.chipRevision());
        putNumber(device, "chip_cores", d.chipCores());
        putNumber(device, "cpu_freq_mhz", d.cpuFreqMhz());
        putNumber(device, "flash_size", d.flashSize());
        putNumber(device, "free_heap", d.freeHeap());
        putNumber(device, "rssi", d.rssi());
        Workload w = context.workload();
        ObjectNode workload = node.putObject("workload");
        putNumber(workload, "effect_id", w.effectId());
        Json.putString(workload, "effect_name", w.effectName());
        putNumber(workload, "brightness", w.brightness());
        putNumber(workload, "speed", w.speed());
        putNumber(workload, "palette_id", w.paletteId());
        ObjectNode vcs = node.putObject("vcs");
        Json.putString(vcs, "commit", context.vcs().commit());
        Json.putString(vcs, "branch", context.vcs().branch());
        ObjectNode ci = node.putObject("ci");
        Json.putString(ci, "provider", context.ci().provider());
        Json.putString(ci, "build_url", context.ci().buildUrl());
        ObjectNode meta = node.putObject("meta");
        context.meta().forEach(meta::put);
        return node;
    }

    private static void putNumber(ObjectNode node, String key, Number value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, value.longValue());
        }
    }

    /**
     * {@code {"frames_foreign", "frames_malformed": {"BAD_LENGTH", "NON_FINITE"}, "gaps",
     * "frames_lost_estimate", "reconnects", "reboots"}}: the counters as the run document carries them.
     */
    public static ObjectNode counters(RunCounters c) {
        ObjectNode node = Json.object();
        node.put("frames_foreign", c.framesForeign());
        ObjectNode malformed = node.putObject("frames_malformed");
        malformed.put(RejectReason.BAD_LENGTH.name(), c.framesMalformed().get(RejectReason.BAD_LENGTH));
        malformed.put(RejectReason.NON_FINITE.name(), c.framesMalformed().get(RejectReason.NON_FINITE));
        node.put("gaps", c.gaps());
        node.put("frames_lost_estimate", c.framesLostEstimate());
        node.put("reconnects", c.reconnects());
        node.put("reboots", c.reboots());
        return node;
    }

    /** Cached statistics: registry metrics first in registry order, then any other key as stored. */
    private static void writeCached(ObjectNode statsNode, Map<String, Map<String, Double>> cached) {
        for (Metric m : Metric.all()) {
            Map<String, Double> s = cached.get(m.id());
            if (s != null) {
                statsNode.set(m.id(), SummaryJson.toJson(s));
            }
        }
        cached.forEach((key, s) -> {
            if (Metric.byId(key).isEmpty()) {
                statsNode.set(key, SummaryJson.toJson(s));
            }
        });
    }
}
