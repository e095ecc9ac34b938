package io.lightwaveos.bench.run;

import java.util.Objects;

/**
 * What the device was rendering while it was measured ({@code context.workload}, SPEC §3): the LED
 * effect is the audio pipeline's workload, so runs of different effects are not comparable. Read
 * from the device's {@code status} at subscribe time; every field is {@code null} when unknown.
 *
 * @param effectId   the effect's number
 * @param effectName the effect's name ({@code "Ripple"})
 * @param brightness LED brightness, 0 to 255
 * @param speed      effect speed, device units
 * @param paletteId  colour palette number
 */
public record Workload(Integer effectId, String effectName, Integer brightness, Integer speed, Integer paletteId) {

    /** Nothing known. */
    public static final Workload EMPTY = new Workload(null, null, null, null, null);

    /** @param effectName blank becomes {@code null} */
    public Workload {
        effectName = Texts.blankToNull(effectName);
    }

    /**
     * Whether {@code other} renders a different effect: both effects are known (by id or name) and
     * their ids or names differ. Brightness, speed and palette do not make a different workload.
     */
    public boolean differsInEffectFrom(Workload other) {
        if (effectId != null && other.effectId != null && !effectId.equals(other.effectId)) {
            return true;
        }
        return effectName != null && other.effectName != null && !effectName.equals(other.effectName);
    }

    /** Each field of this workload, or {@code fallback}'s where this one is {@code null}. */
    public Workload orElse(Workload fallback) {
        return new Workload(effectId != null ? effectId : fallback.effectId,
                effectName != null ? effectName : fallback.effectName,
                brightness != null ? brightness : fallback.brightness,
                speed != null ? speed : fallback.speed,
                paletteId != null ? paletteId : fallback.paletteId);
    }

    /** Whether no field is known. */
    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** The effect for humans: {@code "Ripple (#7)"}, {@code "#7"}, {@code "Ripple"}, or {@code null}. */
    public String effectLabel() {
        if (effectName != null && effectId != null) {
            return effectName + " (#" + effectId + ")";
        }
        return effectName != null ? effectName : effectId != null ? "#" + effectId : null;
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(effectLabel(), "unknown effect");
    }
}
