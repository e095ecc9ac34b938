package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.json.JsonFormatException;
import io.lightwaveos.bench.json.StrictJson;
import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.ContextFields;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.store.StoreException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 * are ignored when reading, so a newer writer's additions do not break an older reader. The field
 * names and order come from {@link ContextFields}. Any store
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

        /** The context that knows these fields only: {@link #of} undone, for reads that need no more. */
        public RunContext context() {
            return new RunContext(rig, new DeviceInfo(firmware, null, null, null, null, null, null, null, null, null, null, null),
                    new Workload(null, effectName, null, null, null),
                    new Vcs(commit, branch, null, null), CiBuild.EMPTY, Map.of());
        }

        String value(ContextFields.Field field) {
            if (field == ContextFields.RIG) {
                return rig;
            }
            if (field == ContextFields.BRANCH) {
                return branch;
            }
            if (field == ContextFields.COMMIT) {
                return commit;
            }
            return field == ContextFields.FIRMWARE ? firmware : effectName;
        }
    }

    /** The fields {@link Columns} holds; the JSON text holds the others. */
    private static final Set<ContextFields.Field> COLUMN_FIELDS = Set.of(ContextFields.RIG, ContextFields.BRANCH,
            ContextFields.COMMIT, ContextFields.FIRMWARE, ContextFields.EFFECT_NAME);

    private ContextJson() {
    }

    /** The JSON text of everything in {@code context} that {@link Columns} does not hold. */
    public static String write(RunContext context) {
        StringBuilder out = new StringBuilder("{");
        ContextFields.write(context, f -> !COLUMN_FIELDS.contains(f), new ContextFields.Writer() {
            private boolean first = true;

            @Override
            public void beginGroup(String group) {
                key(group);
                out.append('{');
                first = true;
            }

            @Override
            public void value(ContextFields.Field field, Object value) {
                key(field.name());
                if (value == null) {
                    out.append("null");
                } else if (value instanceof String s) {
                    StrictJson.appendString(out, s);
                } else {
                    out.append(value);
                }
            }

            @Override
            public void endGroup() {
                out.append('}');
                first = false;
            }

            @Override
            public void meta(Map<String, String> meta) {
                beginGroup(ContextFields.META);
                meta.forEach((k, v) -> {
                    key(k);
                    StrictJson.appendString(out, v);
                });
                endGroup();
            }

            private void key(String key) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                StrictJson.appendString(out, key);
                out.append(':');
            }
        });
        return out.append('}').toString();
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
        return ContextFields.read(new ContextFields.Source() {
            @Override
            public String text(ContextFields.Field field) {
                if (COLUMN_FIELDS.contains(field)) {
                    return columns.value(field);
                }
                return object(root, field.group()).get(field.name()) instanceof String s ? s : null;
            }

            @Override
            public Long whole(ContextFields.Field field) {
                return object(root, field.group()).get(field.name()) instanceof Long l
                        && l >= field.kind().min() && l <= field.kind().max() ? l : null;
            }

            @Override
            public Map<String, String> meta() {
                Map<String, String> meta = new LinkedHashMap<>();
                object(root, ContextFields.META).forEach((k, v) -> {
                    if (v instanceof String s) {
                        meta.put(k, s);
                    }
                });
                return meta;
            }
        });
    }

    private static Map<String, Object> parse(String json) {
        try {
            return StrictJson.parseObject(json);
        } catch (JsonFormatException e) {
            throw new StoreException(StoreException.Reason.IO, "stored run context is damaged: " + e.getMessage()
                    + " in " + json);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
