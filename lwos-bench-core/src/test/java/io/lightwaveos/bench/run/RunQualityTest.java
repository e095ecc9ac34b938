package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunQualityTest {

    private static final Map<String, Map<String, Double>> LONG_ENOUGH = Map.of("avg_total_us", Map.of("n_eff", 30.0));

    @Test
    void aFinishedRunWithoutTroubleAndEnoughEffectiveSamplesIsClean() {
        RunQuality q = RunQuality.assess(RunStatus.COMPLETE, RunCounters.ZERO,
                List.of(EventType.CONNECTED, EventType.SUBSCRIBED, EventType.STOPPED), LONG_ENOUGH);
        assertThat(q.isClean()).isTrue();
        assertThat(q.jsonNames()).isEmpty();
        assertThat(q).hasToString("clean");
    }

    @Test
    void eachKindOfTroubleNamesItsReasonInOrder() {
        RunQuality q = RunQuality.assess(RunStatus.INTERRUPTED, new RunCounters(0, Map.of(), 1, 1, 2, 1),
                List.of(EventType.WORKLOAD_CHANGED, EventType.STATS_RESET),
                Map.of("avg_total_us", Map.of("n_eff", 29.99)));
        assertThat(q.jsonNames()).containsExactly("gaps", "reboot", "reconnects", "stats_reset", "mixed_workload", "short");
        assertThat(q).hasToString("gaps,reboot,reconnects,stats_reset,mixed_workload,short");
        assertThat(RunQuality.parse(q.toString())).isEqualTo(q);
    }

    @Test
    void missingEffectiveSampleSizeIsShortOnlyOnceTheRunHasEnded() {
        assertThat(RunQuality.assess(RunStatus.RUNNING, RunCounters.ZERO, List.of(), Map.of()).isClean()).isTrue();
        assertThat(RunQuality.assess(RunStatus.COMPLETE, RunCounters.ZERO, List.of(), Map.of()))
                .isEqualTo(RunQuality.of(QualityReason.SHORT));
        java.util.HashMap<String, Double> nullNEff = new java.util.HashMap<>();
        nullNEff.put("n_eff", null);
        assertThat(RunQuality.assess(RunStatus.FAILED, RunCounters.ZERO, List.of(), Map.of("avg_total_us", nullNEff)))
                .isEqualTo(RunQuality.of(QualityReason.SHORT));
    }

    @Test
    void aRunHoldingOnlyMeasuresIsNeverShortButKeepsItsOtherReasons() {
        assertThat(RunQuality.assess(RunStatus.COMPLETE, RunCounters.ZERO, List.of(), Map.of(), true).isClean()).isTrue();
        assertThat(RunQuality.assess(RunStatus.COMPLETE, RunCounters.ZERO, List.of(EventType.STATS_RESET), Map.of(), true))
                .isEqualTo(RunQuality.of(QualityReason.STATS_RESET));
        assertThat(RunQuality.assess(RunStatus.COMPLETE, RunCounters.ZERO, List.of(), Map.of(), false))
                .isEqualTo(RunQuality.of(QualityReason.SHORT));
    }

    @Test
    void parsingAcceptsCleanAndRejectsUnknownReasons() {
        assertThat(RunQuality.parse("clean")).isEqualTo(RunQuality.CLEAN);
        assertThat(RunQuality.parse("")).isEqualTo(RunQuality.CLEAN);
        assertThat(RunQuality.parse("short,gaps").jsonNames()).containsExactly("gaps", "short");
        assertThatThrownBy(() -> RunQuality.parse("gaps,wobbly")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"wobbly\"").hasMessageContaining("mixed_workload");
    }

    @Test
    void workloadChangedKeepsTheSpecificationsSpellingOtherEventsKeepTheirs() {
        assertThat(EventType.WORKLOAD_CHANGED.jsonName()).isEqualTo("workload_changed");
        assertThat(EventType.STATS_RESET.jsonName()).isEqualTo("stats-reset");
        for (EventType t : EventType.values()) {
            assertThat(EventType.fromJsonName(t.jsonName())).isEqualTo(t);
        }
    }
}
