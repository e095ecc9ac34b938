package io.lightwaveos.bench.run;

import io.lightwaveos.bench.frame.RejectReason;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a collection counted besides samples.
 *
 * @param framesForeign      binary messages of other streams on the socket (skipped)
 * @param framesMalformed    rejected benchmark messages by reason ({@code BAD_LENGTH},
 *                           {@code NON_FINITE}); every such reason is present, 0 when none
 * @param gaps               timestamp steps larger than 1.5 frame intervals
 * @param framesLostEstimate frames estimated lost in those gaps
 * @param reconnects         successful reconnects after a dropped connection
 * @param reboots            device reboots seen (timestamp stepped backwards)
 */
public record RunCounters(
        long framesForeign,
        Map<RejectReason, Long> framesMalformed,
        long gaps,
        long framesLostEstimate,
        long reconnects,
        long reboots) {

    /** All zero. */
    public static final RunCounters ZERO = new RunCounters(0, Map.of(), 0, 0, 0, 0);

    public RunCounters {
        EnumMap<RejectReason, Long> m = new EnumMap<>(RejectReason.class);
        m.put(RejectReason.BAD_LENGTH, 0L);
        m.put(RejectReason.NON_FINITE, 0L);
        if (framesMalformed != null) {
            framesMalformed.forEach((reason, count) -> {
                if (reason == RejectReason.FOREIGN_STREAM) {
                    throw new IllegalArgumentException("foreign frames are counted in framesForeign, not framesMalformed");
                }
                m.put(reason, count);
            });
        }
        framesMalformed = Collections.unmodifiableMap(m);
    }

    /** Total of {@link #framesMalformed()}. */
    public long framesMalformedTotal() {
        return framesMalformed.values().stream().mapToLong(Long::longValue).sum();
    }
}
