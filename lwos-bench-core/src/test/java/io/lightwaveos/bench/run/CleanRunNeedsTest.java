package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CleanRunNeedsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static Run run(long samples, long seconds, Double nEff, RunQuality quality) {
        java.util.HashMap<String, Double> stats = new java.util.HashMap<>();
        stats.put("n_eff", nEff);
        return new Run(UUID.randomUUID(), "r", "", Set.of(), "simulator", T0, T0.plusSeconds(seconds), RunStatus.COMPLETE,
                samples, RunCounters.ZERO, null, Map.of("avg_total_us", stats), null, quality);
    }

    @Test
    void aShortRunNeedsItsSamplesScaledByTheMissingEffectiveSamples() {
        // 1,008 samples in 100.8 s with n_eff 23.6: 1,008 × 30 / 23.6 = 1,281.4 samples, 129 s at 10 frames/s.
        CleanRunNeeds needs = CleanRunNeeds.of(run(1008, 101, 23.6, RunQuality.of(QualityReason.SHORT))).orElseThrow();
        assertThat(needs.samplesNeeded()).isEqualTo(1282);
        assertThat(needs.rate()).isEqualTo(1008 / 101.0);
        assertThat(needs.secondsNeeded()).isEqualTo(Math.ceil(1282 / (1008 / 101.0)));
        assertThat(needs.text()).isEqualTo("n_eff 23.6 of 30 needed; collect ≈ 129 s at 10.0 frames/s for a clean run");
    }

    @Test
    void theReadmesFirstRunSaysHowLongItShouldHaveBeen() {
        CleanRunNeeds needs = CleanRunNeeds.of(run(100, 10, 5.3, RunQuality.of(QualityReason.SHORT))).orElseThrow();
        assertThat(needs.text()).isEqualTo("n_eff 5.3 of 30 needed; collect ≈ 57 s at 10.0 frames/s for a clean run");
    }

    @Test
    void withoutADurationItSaysSamples() {
        Run noEnd = new Run(UUID.randomUUID(), "r", "", Set.of(), "import", T0, T0, RunStatus.COMPLETE, 1000,
                RunCounters.ZERO, null, Map.of("avg_total_us", Map.of("n_eff", 12.0)), null,
                RunQuality.of(QualityReason.SHORT));
        assertThat(CleanRunNeeds.of(noEnd).orElseThrow().text())
                .isEqualTo("n_eff 12.0 of 30 needed; collect ≈ 2,500 samples for a clean run");
    }

    @Test
    void withoutEffectiveSamplesItSaysWhatIsNeeded() {
        assertThat(CleanRunNeeds.of(run(1, 1, null, RunQuality.of(QualityReason.SHORT))).orElseThrow().text())
                .isEqualTo("n_eff unknown; a clean run needs n_eff 30");
    }

    @Test
    void aRunThatIsNotShortNeedsNothing() {
        assertThat(CleanRunNeeds.of(run(1000, 100, 45.0, RunQuality.CLEAN))).isEmpty();
        assertThat(CleanRunNeeds.of(run(1000, 100, 45.0, RunQuality.of(QualityReason.GAPS)))).isEmpty();
    }
}
