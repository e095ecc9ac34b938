package io.lightwaveos.bench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The run context's fields (SPEC §3, run schema v2) with their JSON names, in document order: the
 * one list every writer and reader of a context walks (the store's {@code context_json}, the run
 * document, export and import). Fields sit in groups ({@code device}, {@code workload},
 * {@code vcs}, {@code ci}); {@code rig} sits at the top; free {@code meta} pairs come last:
 * <pre>{@code
 * {"rig": "bench-1", "device": {"firmware": "2.0.0", ...}, "workload": {"effect_id": 7, ...},
 *  "vcs": {"commit": "abc123", "branch": "main", "pull_request": null, "base_branch": null},
 *  "ci": {"provider": "github", "build_url": "..."},
 *  "meta": {"operator": "ana"}}
 * }</pre>
 * Writers call {@link #write} with a {@link Writer} for their JSON library; readers call
 * {@link #read} with a {@link Source} that finds, checks and converts one field's value.
 */
public final class ContextFields {

    /** The group of the device fields. */
    public static final String DEVICE = "device";
    /** The group of the workload fields. */
    public static final String WORKLOAD = "workload";
    /** The group of the version-control fields. */
    public static final String VCS = "vcs";
    /** The group of the CI fields. */
    public static final String CI = "ci";
    /** The key of the free {@code --meta} pairs, written after every group. */
    public static final String META = "meta";

    /** How a field's value is typed. */
    public enum Kind {
        /** A string. */
        TEXT(0, 0),
        /** A whole number from {@link Integer#MIN_VALUE} to {@link Integer#MAX_VALUE}, an {@link Integer}. */
        INT(Integer.MIN_VALUE, Integer.MAX_VALUE),
        /** A whole number from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}, a {@link Long}. */
        LONG(Long.MIN_VALUE, Long.MAX_VALUE);

        private final long min;
        private final long max;

        Kind(long min, long max) {
            this.min = min;
            this.max = max;
        }

        /** The smallest value of a number kind (0 for {@link #TEXT}). */
        public long min() {
            return min;
        }

        /** The largest value of a number kind (0 for {@link #TEXT}). */
        public long max() {
            return max;
        }
    }

    /**
     * One context field.
     *
     * @param group  the group it sits in ({@link #DEVICE}, ...), or null for a top-level field
     * @param name   its JSON name within the group
     * @param kind   its type
     * @param reader how to read it from a context: a {@link String}, {@link Integer} or {@link Long}, null when unknown
     */
    public record Field(String group, String name, Kind kind, Function<RunContext, Object> reader) {

        /** This field's value in {@code context}; null when unknown. */
        public Object valueIn(RunContext context) {
            return reader.apply(context);
        }

        // equals and hashCode written out, as the record's would be: the generated ones link
        // java.lang.runtime.ObjectMethods at their first call, ~15 ms of every command's start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && Objects.equals(group, f.group) && name.equals(f.name) && kind == f.kind
                    && reader.equals(f.reader);
        }

        @Override
        public int hashCode() {
            return Objects.hash(group, name, kind, reader);
        }

        @Override
        public String toString() {
            return group == null ? name : group + "." + name;
        }
    }

    /** {@code rig}: the test bench. */
    public static final Field RIG = new Field(null, "rig", Kind.TEXT, RunContext::rig);
    /** {@code device.firmware}. */
    public static final Field FIRMWARE = device("firmware", Kind.TEXT, DeviceInfo::firmware);
    /** {@code device.firmware_version_number}. */
    public static final Field FIRMWARE_VERSION_NUMBER =
            device("firmware_version_number", Kind.LONG, DeviceInfo::firmwareVersionNumber);
    /** {@code device.board}. */
    public static final Field BOARD = device("board", Kind.TEXT, DeviceInfo::board);
    /** {@code device.sdk}. */
    public static final Field SDK = device("sdk", Kind.TEXT, DeviceInfo::sdk);
    /** {@code device.architecture}. */
    public static final Field ARCHITECTURE = device("architecture", Kind.TEXT, DeviceInfo::architecture);
    /** {@code device.chip_model}. */
    public static final Field CHIP_MODEL = device("chip_model", Kind.TEXT, DeviceInfo::chipModel);
    /** {@code device.chip_revision}. */
    public static final Field CHIP_REVISION = device("chip_revision", Kind.INT, DeviceInfo::chipRevision);
    /** {@code device.chip_cores}. */
    public static final Field CHIP_CORES = device("chip_cores", Kind.INT, DeviceInfo::chipCores);
    /** {@code device.cpu_freq_mhz}, MHz. */
    public static final Field CPU_FREQ_MHZ = device("cpu_freq_mhz", Kind.INT, DeviceInfo::cpuFreqMhz);
    /** {@code device.flash_size}, bytes. */
    public static final Field FLASH_SIZE = device("flash_size", Kind.LONG, DeviceInfo::flashSize);
    /** {@code device.free_heap}, bytes. */
    public static final Field FREE_HEAP = device("free_heap", Kind.LONG, DeviceInfo::freeHeap);
    /** {@code device.rssi}, dBm. */
    public static final Field RSSI = device("rssi", Kind.INT, DeviceInfo::rssi);
    /** {@code workload.effect_id}. */
    public static final Field EFFECT_ID = workload("effect_id", Kind.INT, Workload::effectId);
    /** {@code workload.effect_name}. */
    public static final Field EFFECT_NAME = workload("effect_name", Kind.TEXT, Workload::effectName);
    /** {@code workload.brightness}. */
    public static final Field BRIGHTNESS = workload("brightness", Kind.INT, Workload::brightness);
    /** {@code workload.speed}. */
    public static final Field SPEED = workload("speed", Kind.INT, Workload::speed);
    /** {@code workload.palette_id}. */
    public static final Field PALETTE_ID = workload("palette_id", Kind.INT, Workload::paletteId);
    /** {@code vcs.commit}. */
    public static final Field COMMIT = new Field(VCS, "commit", Kind.TEXT, c -> c.vcs().commit());
    /** {@code vcs.branch}. */
    public static final Field BRANCH = new Field(VCS, "branch", Kind.TEXT, c -> c.vcs().branch());
    /** {@code vcs.pull_request}: the pull/merge request's number, null for a push. */
    public static final Field PULL_REQUEST = new Field(VCS, "pull_request", Kind.LONG, c -> c.vcs().pullRequest());
    /** {@code vcs.base_branch}: the branch a pull/merge request goes into. */
    public static final Field BASE_BRANCH = new Field(VCS, "base_branch", Kind.TEXT, c -> c.vcs().baseBranch());
    /** {@code ci.provider}. */
    public static final Field CI_PROVIDER = new Field(CI, "provider", Kind.TEXT, c -> c.ci().provider());
    /** {@code ci.build_url}. */
    public static final Field CI_BUILD_URL = new Field(CI, "build_url", Kind.TEXT, c -> c.ci().buildUrl());

    private static final List<Field> ALL = List.of(RIG, FIRMWARE, FIRMWARE_VERSION_NUMBER, BOARD, SDK, ARCHITECTURE,
            CHIP_MODEL, CHIP_REVISION, CHIP_CORES, CPU_FREQ_MHZ, FLASH_SIZE, FREE_HEAP, RSSI, EFFECT_ID, EFFECT_NAME,
            BRIGHTNESS, SPEED, PALETTE_ID, COMMIT, BRANCH, PULL_REQUEST, BASE_BRANCH, CI_PROVIDER, CI_BUILD_URL);

    private static final List<String> GROUPS = List.of(DEVICE, WORKLOAD, VCS, CI);

    private ContextFields() {
    }

    /** Every field in document order: {@code rig}, then the groups' fields group by group. */
    public static List<Field> all() {
        return ALL;
    }

    /** The groups in document order: {@code device}, {@code workload}, {@code vcs}, {@code ci}. */
    public static List<String> groups() {
        return GROUPS;
    }

    /** Where a context is written to: a JSON object under construction. */
    public interface Writer {

        /** Opens the object of {@code group} in the current object. */
        void beginGroup(String group);

        /** Writes one field into the current object; {@code value} null when unknown. */
        void value(Field field, Object value);

        /** Closes the group opened last. */
        void endGroup();

        /** Writes the {@link #META} object with these pairs, in order. */
        void meta(Map<String, String> meta);
    }

    /**
     * Writes {@code context} in document order: the top-level fields {@code keep} accepts, then each
     * group that holds a field {@code keep} accepts (a group without one is left out), then meta.
     *
     * @param context the context
     * @param keep    which fields to write (a store keeps some in columns of their own)
     * @param out     where to write
     */
    public static void write(RunContext context, Predicate<Field> keep, Writer out) {
        for (Field f : ALL) {
            if (f.group() == null && keep.test(f)) {
                out.value(f, f.valueIn(context));
            }
        }
        for (String group : GROUPS) {
            List<Field> fields = new ArrayList<>();
            for (Field f : ALL) {
                if (group.equals(f.group()) && keep.test(f)) {
                    fields.add(f);
                }
            }
            if (!fields.isEmpty()) {
                out.beginGroup(group);
                fields.forEach(f -> out.value(f, f.valueIn(context)));
                out.endGroup();
            }
        }
        out.meta(context.meta());
    }

    /** Where a context is read from: finds one field's value and checks its type. */
    public interface Source {

        /** The text of a {@link Kind#TEXT} field; null when absent or unknown. */
        String text(Field field);

        /**
         * The value of a {@link Kind#INT} or {@link Kind#LONG} field, within
         * {@link Kind#min()}..{@link Kind#max()}; null when absent or unknown.
         */
        Long whole(Field field);

        /** The meta pairs, in order; empty when there are none. */
        Map<String, String> meta();
    }

    /**
     * The context {@code source} describes. Fields are asked for group by group in document order,
     * then meta, then {@code rig}, so that a source that checks as it goes reports the first problem
     * a reader of the document meets in a group.
     */
    public static RunContext read(Source source) {
        DeviceInfo device = new DeviceInfo(source.text(FIRMWARE), source.whole(FIRMWARE_VERSION_NUMBER),
                source.text(BOARD), source.text(SDK), source.text(ARCHITECTURE), source.text(CHIP_MODEL),
                integer(source, CHIP_REVISION), integer(source, CHIP_CORES), integer(source, CPU_FREQ_MHZ),
                source.whole(FLASH_SIZE), source.whole(FREE_HEAP), integer(source, RSSI));
        Workload workload = new Workload(integer(source, EFFECT_ID), source.text(EFFECT_NAME),
                integer(source, BRIGHTNESS), integer(source, SPEED), integer(source, PALETTE_ID));
        Vcs vcs = new Vcs(source.text(COMMIT), source.text(BRANCH), source.whole(PULL_REQUEST),
                source.text(BASE_BRANCH));
        CiBuild ci = new CiBuild(source.text(CI_PROVIDER), source.text(CI_BUILD_URL));
        Map<String, String> meta = source.meta();
        return new RunContext(source.text(RIG), device, workload, vcs, ci, meta);
    }

    private static Integer integer(Source source, Field field) {
        Long v = source.whole(field);
        return v == null ? null : Math.toIntExact(v);
    }

    private static Field device(String name, Kind kind, Function<DeviceInfo, Object> reader) {
        return new Field(DEVICE, name, kind, c -> reader.apply(c.device()));
    }

    private static Field workload(String name, Kind kind, Function<Workload, Object> reader) {
        return new Field(WORKLOAD, name, kind, c -> reader.apply(c.workload()));
    }
}
