package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.json.JsonFormatException;
import io.lightwaveos.bench.json.StrictJson;
import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.store.StoreException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run context as a store keeps it (schema version 2): five fields in queryable columns
 * ({@link Columns}: rig, branch, commit, firmware, effect name), everything else as one JSON
 * object, {@code context_json}:
 * <pre>{@code
 * {"device": {"firmware_version_number": 20000, "board": "ESP32-S3-DevKitC-1", "sdk": "v5.1.4",
 *             "architecture": "Actor System v2", "chip_model": "ESP32-S3", "chip_revision": 0,
 *             "chip_cores": 2, "cpu_freq_mhz": 240, "flash_size": 16777216, "free_heap": 201456, "rssi": -58},
 *  "workload": {"effect_id": 7, "brightness": 128, "speed": 10, "palette_id": 3},
 *  "ci": {"provider": "github", "build_url": "https://github.com/o/r/actions/runs/1"},
 *  "meta": {"operator": "ana"}}
 * }</pre>
 * Unknown fields are written as {@code null} or left out, both read back as unknown; unknown keys
 * are ignored when reading, so a newer writer's additions do not break an older reader. Any store
 * (SQLite, PostgreSQL) that keeps the context this way uses this class on both sides.
 */
public final class ContextJson {

    /**
     * The queryable fields of a context, as stored in their own columns.
     *
     * @param rig        {@link RunContext#rig()}
     * @param branch     {@link Vcs#branch()}
     * @param commit     {@link Vcs#commit()}
     * @param firmware   {@link DeviceInfo#firmware()}
     * @param effectName {@link Workload#effectName()}
     */
    public record Columns(String rig, String branch, String commit, String firmware, String effectName) {

        /** The queryable fields of {@code context}. */
        public static Columns of(RunContext context) {
            return new Columns(context.rig(), context.vcs().branch(), context.vcs().commit(),
                    context.device().firmware(), context.workload().effectName());
        }
    }

    private ContextJson() {
    }

    /** The JSON text of everything in {@code context} that {@link Columns} does not hold. */
    public static String write(RunContext context) {
        DeviceInfo d = context.device();
        Workload w = context.workload();
        StringBuilder out = new StringBuilder("{\"device\":{");
        field(out, "firmware_version_number", d.firmwareVersionNumber(), true);
        field(out, "board", d.board(), false);
        field(out, "sdk", d.sdk(), false);
        field(out, "architecture", d.architecture(), false);
        field(out, "chip_model", d.chipModel(), false);
        field(out, "chip_revision", d.chipRevision(), false);
        field(out, "chip_cores", d.chipCores(), false);
        field(out, "cpu_freq_mhz", d.cpuFreqMhz(), false);
        field(out, "flash_size", d.flashSize(), false);
        field(out, "free_heap", d.freeHeap(), false);
        field(out, "rssi", d.rssi(), false);
        out.append("},\"workload\":{");
        field(out, "effect_id", w.effectId(), true);
        field(out, "brightness", w.brightness(), false);
        field(out, "speed", w.speed(), false);
        field(out, "palette_id", w.paletteId(), false);
        out.append("},\"ci\":{");
        field(out, "provider", context.ci().provider(), true);
        field(out, "build_url", context.ci().buildUrl(), false);
        out.append("},\"meta\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : context.meta().entrySet()) {
            field(out, e.getKey(), e.getValue(), first);
            first = false;
        }
        return out.append("}}").toString();
    }

    /**
     * The context from its columns and its JSON text.
     *
     * @param columns the queryable fields
     * @param json    the text {@link #write} made; {@code null} or blank for none
     * @throws StoreException {@link StoreException.Reason#IO} if the text is not such JSON (a damaged
     *                        database)
     */
    public static RunContext read(Columns columns, String json) {
        Map<String, Object> root = json == null || json.isBlank() ? Map.of() : parse(json);
        Map<String, Object> d = object(root, "device");
        Map<String, Object> w = object(root, "workload");
        Map<String, Object> ci = object(root, "ci");
        Map<String, String> meta = new LinkedHashMap<>();
        object(root, "meta").forEach((k, v) -> {
            if (v instanceof String s) {
                meta.put(k, s);
            }
        });
        DeviceInfo device = new DeviceInfo(columns.firmware(), longValue(d, "firmware_version_number"),
                string(d, "board"), string(d, "sdk"), string(d, "architecture"), string(d, "chip_model"),
                intValue(d, "chip_revision"), intValue(d, "chip_cores"), intValue(d, "cpu_freq_mhz"),
                longValue(d, "flash_size"), longValue(d, "free_heap"), intValue(d, "rssi"));
        Workload workload = new Workload(intValue(w, "effect_id"), columns.effectName(), intValue(w, "brightness"),
                intValue(w, "speed"), intValue(w, "palette_id"));
        return new RunContext(columns.rig(), device, workload, new Vcs(columns.commit(), columns.branch()),
                new CiBuild(string(ci, "provider"), string(ci, "build_url")), meta);
    }

    private static Map<String, Object> parse(String json) {
        try {
            return StrictJson.parseObject(json);
        } catch (JsonFormatException e) {
            throw new StoreException(StoreException.Reason.IO, "stored run context is damaged: " + e.getMessage()
                    + " in " + json);
        }
    }

    private static void field(StringBuilder out, String key, Object value, boolean first) {
        if (!first) {
            out.append(',');
        }
        StrictJson.appendString(out, key);
        out.append(':');
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            StrictJson.appendString(out, s);
        } else {
            out.append(value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String string(Map<String, Object> node, String key) {
        return node.get(key) instanceof String s ? s : null;
    }

    private static Long longValue(Map<String, Object> node, String key) {
        return node.get(key) instanceof Long l ? l : null;
    }

    private static Integer intValue(Map<String, Object> node, String key) {
        return node.get(key) instanceof Long l && l == l.intValue() ? l.intValue() : null;
    }
}
