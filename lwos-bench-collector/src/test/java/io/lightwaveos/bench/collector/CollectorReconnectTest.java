package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimMessage;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.testing.VectorFiles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dropped connections, reboots and silence, over real sockets with short reconnect delays. */
class CollectorReconnectTest {

    private static CollectorConfig.Builder fastReconnect(DeviceSimulator device) {
        return config(device).reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(100)).seed(3);
    }

    @Test
    void aDropMidRunReconnectsSubscribesAgainAndContinuesTheSameRun() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(2000)
                .disconnectAfterFrames(300).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(fastReconnect(device).maxSamples(600).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            List<Sample> samples = sink.samples();
            assertThat(samples).hasSize(600);
            for (int i = 0; i < samples.size(); i++) {
                assertThat(samples.get(i).seq()).isEqualTo(i);
            }
            // The 300 frames written before the drop all arrived; device time went on while we were away.
            for (int i = 1; i < 300; i++) {
                assertThat(samples.get(i).frame().timestampMs() - samples.get(i - 1).frame().timestampMs()).isEqualTo(100);
            }
            assertThat(samples.get(300).frame().timestampMs()).isGreaterThan(samples.get(299).frame().timestampMs() + 100);
            assertThat(result.counters().gaps()).isEqualTo(1);
            assertThat(result.counters().reconnects()).isEqualTo(1);
            assertThat(result.events()).extracting(RunEvent::type).containsSubsequence(EventType.CONNECTED,
                    EventType.SUBSCRIBED, EventType.DISCONNECTED, EventType.RECONNECTED, EventType.SUBSCRIBED,
                    EventType.STOPPED);
            assertThat(device.receivedCount("benchmark.subscribe")).isEqualTo(2);
            assertThat(device.stats().disconnects()).isEqualTo(1);
        }
    }

    @Test
    void aRebootIsRecordedAndTheCollectionGoesOn() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(2000)
                .rebootAfterFrames(200).rebootDowntime(Duration.ofMillis(150)).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(fastReconnect(device).maxSamples(400).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.sampleCount()).isEqualTo(400);
            assertThat(result.counters().reboots()).isEqualTo(1);
            assertThat(result.counters().reconnects()).isGreaterThanOrEqualTo(1);
            assertThat(sink.events(EventType.REBOOT)).hasSize(1);
            assertThat(sink.events(EventType.REBOOT).get(0).detail()).contains("the device restarted");
            Sample afterReboot = sink.samples().get(200);
            assertThat(afterReboot.frame().timestampMs()).isLessThan(sink.samples().get(199).frame().timestampMs());
            assertThat(afterReboot.frame().hopCount()).isLessThan(sink.samples().get(199).frame().hopCount());
            assertThat(device.stats().reboots()).isEqualTo(1);
        }
    }

    @Test
    void withReconnectOffADropFailsButKeepsEverySampleReceived() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(2000)
                .disconnectAfterFrames(100).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.start(config(device).reconnect(false).build(), sink).await();

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.failureReason()).isEqualTo(FailureReason.CONNECTION_LOST);
            assertThat(result.failureMessage()).isEqualTo("the connection to " + device.url()
                    + " was lost (the device closed the connection) after 100 samples, and reconnecting is switched off");
            assertThat(result.sampleCount()).isEqualTo(100);
            assertThat(sink.size()).isEqualTo(100);
        }
    }

    @Test
    void aDeviceThatStaysAwayLongerThanTheReconnectTimeoutFailsTheCollection() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000)
                .rebootAfterFrames(50).rebootDowntime(Duration.ofMinutes(5)).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.start(fastReconnect(device)
                    .reconnectTimeout(Duration.ofMillis(600)).build(), sink).await();

            assertThat(result.status()).isEqualTo(RunStatus.FAILED);
            assertThat(result.failureReason()).isEqualTo(FailureReason.RECONNECT_TIMEOUT);
            assertThat(result.failureMessage()).startsWith("the device at " + device.url()
                    + " went away and did not come back within the reconnect timeout of 600 ms (")
                    .contains("closed during the WebSocket handshake");
            assertThat(result.sampleCount()).isEqualTo(50);
        }
    }

    @Test
    void aConnectionWithoutFramesForTheIdleTimeoutCountsAsDropped() throws Exception {
        List<SimMessage> twenty = CollectorTest.split(VectorFiles.bytes("compact.bin"), 32).subList(0, 20).stream()
                .map(SimMessage::binary).toList();
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000).replay(twenty).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.start(config(device).reconnect(false)
                    .idleTimeout(Duration.ofMillis(300)).build(), sink).await();

            assertThat(result.failureReason()).isEqualTo(FailureReason.CONNECTION_LOST);
            assertThat(result.failureMessage()).contains("no benchmark frame for 300 ms on an open connection");
            assertThat(sink.frames()).extracting(FrameEncoder::encode).containsExactlyElementsOf(
                    twenty.stream().map(SimMessage::binary).toList());
        }
    }
}
