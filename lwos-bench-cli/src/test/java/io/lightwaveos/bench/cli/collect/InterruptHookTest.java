package io.lightwaveos.bench.cli.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterruptHookTest {

    @Test
    void triggerRunsTheStopActionAsCtrlCWould() {
        AtomicInteger stops = new AtomicInteger();
        try (InterruptHook hook = InterruptHook.install(stops::incrementAndGet)) {
            assertThat(hook.triggered()).isFalse();
            hook.trigger();
            assertThat(hook.triggered()).isTrue();
            assertThat(stops.get()).isEqualTo(1);
        }
    }

    @Test
    void closingRemovesTheHookAndIsHarmlessTwice() {
        AtomicInteger stops = new AtomicInteger();
        InterruptHook hook = InterruptHook.install(stops::incrementAndGet);
        hook.close();
        hook.close();
        assertThat(stops.get()).isZero();
    }
}
