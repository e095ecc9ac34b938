package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private static ReconnectPolicy policy(double jitter, long seed) {
        return new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), jitter, Duration.ofSeconds(60),
                new SplittableRandom(seed));
    }

    @Test
    void nominalDelaysDoubleFromHalfASecondAndStopAtEight() {
        ReconnectPolicy p = policy(0.25, 1);
        assertThat(IntStream.range(0, 8).mapToObj(p::nominalDelay).map(Duration::toMillis))
                .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L, 8000L);
        assertThat(p.nominalDelay(1000)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void jitterOnlyShortensAndStaysWithinItsFraction() {
        ReconnectPolicy p = policy(0.25, 42);
        for (int attempt = 0; attempt < 200; attempt++) {
            long nominal = p.nominalDelay(attempt % 6).toNanos();
            long d = p.delay(attempt % 6).toNanos();
            assertThat(d).isLessThanOrEqualTo(nominal).isGreaterThanOrEqualTo((long) (nominal * 0.75));
        }
    }

    @Test
    void theSameSeedGivesTheSameDelaysAndNoJitterGivesTheNominalOnes() {
        ReconnectPolicy a = policy(0.25, 7);
        ReconnectPolicy b = policy(0.25, 7);
        for (int i = 0; i < 10; i++) {
            assertThat(a.delay(i)).isEqualTo(b.delay(i));
        }
        ReconnectPolicy none = policy(0, 7);
        assertThat(none.delay(3)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void attemptsMayStartUntilTheTimeoutButNotAfter() {
        ReconnectPolicy p = policy(0, 1);
        assertThat(p.mayAttempt(Duration.ofSeconds(52), Duration.ofSeconds(8))).isTrue();
        assertThat(p.mayAttempt(Duration.ofSeconds(52), Duration.ofMillis(8001))).isFalse();
    }

    @Test
    void rejectsBadSettingsSayingWhatIsExpected() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 0,
                Duration.ofSeconds(60), new SplittableRandom()))
                .hasMessageContaining("expected 0 < initialDelay <= maxDelay");
        assertThatThrownBy(() -> policy(1.5, 1)).hasMessageContaining("jitter must be between 0 and 1, got 1.5");
    }
}
