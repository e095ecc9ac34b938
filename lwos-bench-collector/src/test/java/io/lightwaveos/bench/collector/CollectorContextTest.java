package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.awaitCondition;
import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.simulator.DeviceInfoBehaviour;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run context read from the device (the simulator, over real loopback sockets). */
class CollectorContextTest {

    static final Workload RIPPLE = new Workload(7, "Ripple", 128, 10, 3);

    @Test
    void everyFieldTheDeviceTellsIsCapturedExactly() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).firmware("2.3.4")
                .build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(20).build(), sink);

            RunContext expected = new RunContext("simulator",
                    new DeviceInfo("2.3.4", 20304L, "lwos-bench simulator", "simulated", "lwos-bench simulator",
                            "ESP32-S3", 0, 2, 240, 16_777_216L, 183_204L, -52),
                    RIPPLE, Vcs.EMPTY, null, Map.of());
            assertThat(result.context()).isEqualTo(expected);
            assertThat(sink.context()).isEqualTo(expected);
            assertThat(result.events()).extracting(RunEvent::type).doesNotContain(EventType.CONTEXT);
        }
    }

    @Test
    void whatTheCallerKnowsWinsFieldByField() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).firmware("2.3.4")
                .build())) {
            RunContext known = RunContext.EMPTY.withRig("bench-1").withVcs(new Vcs("abc123", "main"))
                    .withDevice(DeviceInfo.ofFirmware("2.3.4-dirty")).withMeta(Map.of("operator", "ana"));
            CollectionResult result = Collector.collect(config(device).maxSamples(20).context(known).build(),
                    new InMemorySink());
            RunContext c = result.context();
            assertThat(c.rig()).isEqualTo("bench-1");
            assertThat(c.vcs()).isEqualTo(new Vcs("abc123", "main"));
            assertThat(c.device().firmware()).isEqualTo("2.3.4-dirty");
            assertThat(c.device().firmwareVersionNumber()).isEqualTo(20304L);
            assertThat(c.device().chipModel()).isEqualTo("ESP32-S3");
            assertThat(c.workload()).isEqualTo(RIPPLE);
            assertThat(c.meta()).containsExactly(Map.entry("operator", "ana"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NOT_FOUND | HTTP 404",
        "NO_REPLY  | no reply within 300 ms",
        "GARBAGE   | expected JSON, got \"<html>LightwaveOS</html>\""})
    void aFailingDeviceInfoLeavesItsFieldsUnknownSaysWhyAndCollectionGoesOn(DeviceInfoBehaviour behaviour,
            String why) {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .deviceInfoBehaviour(behaviour).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(30)
                    .deviceInfoTimeout(Duration.ofMillis(300)).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.size()).isEqualTo(30);
            DeviceInfo d = result.context().device();
            assertThat(d.firmware()).isNull();
            assertThat(d.firmwareVersionNumber()).isNull();
            assertThat(d.board()).isNull();
            assertThat(d.sdk()).isNull();
            // What the WebSocket told is still there; the rig falls back to the URL's host.
            assertThat(d.chipModel()).isEqualTo("ESP32-S3");
            assertThat(d.rssi()).isEqualTo(-52);
            assertThat(result.context().workload()).isEqualTo(RIPPLE);
            assertThat(result.context().rig()).isEqualTo(device.host());
            List<RunEvent> context = sink.events(EventType.CONTEXT);
            assertThat(context).singleElement().satisfies(e -> assertThat(e.detail())
                    .startsWith("device info unavailable: GET http://" + device.host() + ":" + device.port()
                            + "/api/v1/device/info: ")
                    .contains(why));
        }
    }

    @Test
    void anEffectChangeDuringTheRunIsAnEventAndTheRunKeepsTheFirstWorkload() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionHandle handle = Collector.start(config(device).maxSamples(60).build(), sink);
            awaitCondition(() -> sink.size() >= 10 && sink.context().workload().effectName() != null);
            device.changeEffect();
            CollectionResult result = handle.await().orThrow();

            assertThat(result.context().workload()).isEqualTo(RIPPLE);
            assertThat(sink.events(EventType.WORKLOAD_CHANGED)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("Ripple (#7) → Plasma (#8)"));
        }
    }

    @Test
    void theSimulatorsTimedEffectChangeIsSeenToo() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .effectChangeAfter(Duration.ofMillis(200)).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionHandle handle = Collector.start(config(device).untilStopped().build(), sink);
            awaitCondition(() -> !sink.events(EventType.WORKLOAD_CHANGED).isEmpty());
            handle.stop();
            assertThat(handle.await().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(sink.context().workload()).isEqualTo(RIPPLE);
        }
    }
}
