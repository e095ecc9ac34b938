package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.awaitCondition;
import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.DeviceStatusBehaviour;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.VitalsOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The device's vitals polled while collecting (the simulator as the device, over real loopback sockets). */
class CollectorVitalsTest {

    private static final String GET_STATUS = "device.getStatus";

    @Test
    void theDevicesVitalsArePolledWhileStreamingAndReducedOverTheRun() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .vitals(VitalsOptions.DEFAULT.withFps(57.5).withFreeHeap(200_000).withCpuPercent(42.5).withHeapLeak(1000))
                .build())) {
            InMemorySink sink = new InMemorySink();
            CollectionHandle handle = Collector.start(config(device).vitalsEvery(Duration.ofMillis(20)).build(), sink);
            // The run context's device.getStatus, then at least five polls.
            awaitCondition(() -> device.receivedCount(GET_STATUS) >= 6);
            handle.stop();
            CollectionResult result = handle.await();

            assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
            // Every poll sent was answered (in order, before the unsubscribe) and taken.
            long polls = device.receivedCount(GET_STATUS) - 1;
            MeasureSet vitals = result.measures();
            Measure fps = vitals.get(DeviceVitals.SUITE, DeviceVitals.FPS).orElseThrow();
            assertThat(fps.count()).isEqualTo(polls);
            assertThat(fps.values()).containsOnly(57.5);
            assertThat(vitals.get(DeviceVitals.SUITE, DeviceVitals.CPU).orElseThrow().values()).hasSize((int) polls)
                    .containsOnly(42.5);
            // The context's answer came first; each answer leaked 1000 bytes after it: the last poll saw the least.
            assertThat(vitals.get(DeviceVitals.SUITE, DeviceVitals.FREE_HEAP_MIN).orElseThrow().values())
                    .containsExactly(200_000 - 1000.0 * polls);
            assertThat(sink.measures()).isEqualTo(vitals);
            assertThat(vitalsEvents(result)).isEmpty();
        }
    }

    @Test
    void aDeviceThatDoesNotAnswerCostsAnEventAndTheRunCompletes() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(DeviceStatusBehaviour.NO_REPLY)).build())) {
            InMemorySink sink = new InMemorySink();
            // The poll sent at the subscribe times out (0.5 s) before the duration ends (1 s): one timer
            // thread runs them in deadline order, however busy the machine.
            CollectionResult result = Collector.collect(config(device).duration(Duration.ofSeconds(1))
                    .subscribeTimeout(Duration.ofMillis(500)).vitalsEvery(Duration.ofMillis(100)).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.sampleCount()).isPositive();
            assertThat(vitalsEvents(result)).first().asString()
                    .contains("device vitals: no reply to device.getStatus within 500 ms; polling goes on");
            assertThat(sink.events(EventType.DEVICE_MESSAGE)).containsAll(vitalsEvents(result));
            assertThat(result.measures().isEmpty()).isTrue();
            assertThat(sink.measures().isEmpty()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ERROR     | device vitals: device.getStatus refused: UNKNOWN_COMMAND \"unknown command \"device.getStatus\"\"",
        "MALFORMED | device vitals: device.status without a usable fps (\"fast\"), freeHeap (\"plenty\"), cpuPercent (-3)"})
    void aRefusedOrUnusableAnswerCostsAnEventAndTheRunCompletes(DeviceStatusBehaviour behaviour, String event) {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(behaviour)).build())) {
            // The poll sent at the subscribe is answered before the unsubscribe is: its answer always counts.
            CollectionResult result = Collector.collect(config(device).maxSamples(20).build(), new InMemorySink());

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.sampleCount()).isEqualTo(20);
            assertThat(vitalsEvents(result)).singleElement().satisfies(e -> assertThat(e.detail()).startsWith(event));
            assertThat(result.measures().isEmpty()).isTrue();
        }
    }

    @Test
    void vitalsEveryZeroPollsNothing() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(20).vitalsEvery(Duration.ZERO).build(),
                    sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            // Only the run context asked, once, beside the subscribe.
            assertThat(device.receivedCount(GET_STATUS)).isEqualTo(1);
            assertThat(result.measures().isEmpty()).isTrue();
            assertThat(sink.measures().isEmpty()).isTrue();
        }
    }

    private static List<RunEvent> vitalsEvents(CollectionResult result) {
        return result.events().stream().filter(e -> e.type() == EventType.DEVICE_MESSAGE)
                .filter(e -> e.detail().startsWith("device vitals: ")).toList();
    }
}
