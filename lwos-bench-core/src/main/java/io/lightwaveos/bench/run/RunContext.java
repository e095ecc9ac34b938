package io.lightwaveos.bench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run comes from (SPEC §3, run schema v2): the test bench, the device and its firmware,
 * the workload, the firmware source and the CI build. Every field may be unknown: strings and
 * numbers are {@code null} then, the parts are their {@code EMPTY} values (never {@code null}).
 *
 * <p>A collector assembles it from several sources, the first that knows a field wins:
 * <pre>{@code
 * RunContext context = fromOptions                      // --rig, --branch, --firmware-version, --meta
 *         .orElse(CiEnvironment.detect(System.getenv())) // GITHUB_SHA, CI_COMMIT_REF_NAME, ...
 *         .orElse(fromDevice);                           // device info and status
 * }</pre>
 *
 * <p>Its text comes from devices, CI variables and options, so it is bounded where it enters:
 * every string (rig, device fields, effect name, commit, branch, CI provider and URL, meta keys and
 * values) keeps at most {@value #MAX_TEXT_LENGTH} characters; a longer one is cut and ends in
 * {@code …[cut]}. Text is stored as given otherwise: printing it is where control characters are
 * escaped ({@code io.lightwaveos.bench.text.Printable}).
 *
 * @param rig      the test bench ({@code --rig}); blank becomes {@code null}
 * @param device   what the device says about itself
 * @param workload what the device was rendering
 * @param vcs      commit and branch of the firmware measured
 * @param ci       the CI build that collected the run
 * @param meta     free {@code key=value} pairs ({@code --meta}), in the order given; keys are not
 *                 blank, values not null
 */
public record RunContext(String rig, DeviceInfo device, Workload workload, Vcs vcs, CiBuild ci,
        Map<String, String> meta) {

    /** The most characters any string of a context keeps (longer ones are cut, ending in {@code …[cut]}). */
    public static final int MAX_TEXT_LENGTH = 256;

    /** Nothing known. */
    public static final RunContext EMPTY = new RunContext(null, DeviceInfo.EMPTY, Workload.EMPTY, Vcs.EMPTY,
            CiBuild.EMPTY, Map.of());

    /**
     * @throws IllegalArgumentException if a meta key is blank or a meta value is null
     */
    public RunContext {
        rig = Texts.blankToNull(rig);
        device = device == null ? DeviceInfo.EMPTY : device;
        workload = workload == null ? Workload.EMPTY : workload;
        vcs = vcs == null ? Vcs.EMPTY : vcs;
        ci = ci == null ? CiBuild.EMPTY : ci;
        Map<String, String> m = new LinkedHashMap<>();
        if (meta != null) {
            meta.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("a meta key must not be blank, got \"" + key + "\"");
                }
                if (value == null) {
                    throw new IllegalArgumentException("meta \"" + key + "\" has no value");
                }
                m.put(Texts.bounded(key.strip()), Texts.bounded(value));
            });
        }
        meta = Collections.unmodifiableMap(m);
    }

    /**
     * Each field of this context, or {@code fallback}'s where this one does not know it (field by
     * field inside device, workload, vcs and ci; meta keys of this context win, the fallback's other
     * keys follow).
     */
    public RunContext orElse(RunContext fallback) {
        Map<String, String> mergedMeta = new LinkedHashMap<>(meta);
        fallback.meta.forEach(mergedMeta::putIfAbsent);
        return new RunContext(rig != null ? rig : fallback.rig, device.orElse(fallback.device),
                workload.orElse(fallback.workload), vcs.orElse(fallback.vcs), ci.orElse(fallback.ci), mergedMeta);
    }

    /** This context with {@code newRig} as the rig. */
    public RunContext withRig(String newRig) {
        return new RunContext(newRig, device, workload, vcs, ci, meta);
    }

    /** This context with {@code newDevice}. */
    public RunContext withDevice(DeviceInfo newDevice) {
        return new RunContext(rig, newDevice, workload, vcs, ci, meta);
    }

    /** This context with {@code newWorkload}. */
    public RunContext withWorkload(Workload newWorkload) {
        return new RunContext(rig, device, newWorkload, vcs, ci, meta);
    }

    /** This context with {@code newVcs}. */
    public RunContext withVcs(Vcs newVcs) {
        return new RunContext(rig, device, workload, newVcs, ci, meta);
    }

    /** This context with {@code newCi}. */
    public RunContext withCi(CiBuild newCi) {
        return new RunContext(rig, device, workload, vcs, newCi, meta);
    }

    /** This context with {@code newMeta} (replacing any). */
    public RunContext withMeta(Map<String, String> newMeta) {
        return new RunContext(rig, device, workload, vcs, ci, newMeta);
    }
}
