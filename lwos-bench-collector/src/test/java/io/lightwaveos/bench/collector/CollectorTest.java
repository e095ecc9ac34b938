package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.ReceivedCommand;
import io.lightwaveos.bench.simulator.SimMessage;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.SimulatorStats;
import io.lightwaveos.bench.testing.VectorFiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The collector against the simulator over real loopback sockets: delivery, counting, stopping. */
class CollectorTest {

    @Test
    void deliversTheCompactAndExtendedVectorsBitExactAndInOrder() {
        List<byte[]> frames = new ArrayList<>(split(VectorFiles.bytes("compact.bin"), 32));
        frames.addAll(split(VectorFiles.bytes("extended.bin"), 64));
        List<SimMessage> replay = frames.stream().map(SimMessage::binary).toList();
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(2000).replay(replay).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(frames.size()).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.sampleCount()).isEqualTo(82);
            List<Sample> samples = sink.samples();
            assertThat(samples).hasSize(frames.size());
            for (int i = 0; i < samples.size(); i++) {
                assertThat(samples.get(i).seq()).isEqualTo(i);
                assertThat(FrameEncoder.encode(samples.get(i).frame())).as("frame %d", i).isEqualTo(frames.get(i));
            }
            assertThat(result.counters().framesForeign()).isZero();
            assertThat(result.counters().framesMalformedTotal()).isZero();
        }
    }

    @Test
    void countsInterleavedForeignMalformedAndJsonMessagesExactlyAndDeliversNoneOfThem() throws Exception {
        List<byte[]> valid = split(VectorFiles.bytes("compact.bin"), 32);
        JsonNode malformed = new ObjectMapper().readTree(VectorFiles.file("malformed.json").toFile()).path("messages");
        Map<RejectReason, Long> expected = new EnumMap<>(RejectReason.class);
        List<SimMessage> replay = new ArrayList<>();
        int text = 0;
        for (int i = 0; i < valid.size(); i++) {
            JsonNode bad = malformed.get(i % malformed.size());
            if (i < 2 * malformed.size()) {
                replay.add(SimMessage.binary(HexFormat.of().parseHex(bad.path("hex").asText())));
                expected.merge(RejectReason.valueOf(bad.path("reason").asText()), 1L, Long::sum);
            }
            if (i % 3 == 0) {
                replay.add(SimMessage.text("{\"type\":\"led.frame\",\"data\":{\"n\":" + i + "}}"));
                text++;
            }
            if (i % 7 == 0) {
                replay.add(SimMessage.text("{\"type\":\"benchmark.subscribed\",\"requestId\":\"another-client\"}"));
                text++;
            }
            replay.add(SimMessage.binary(valid.get(i)));
        }
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(5000)
                .statusEventOnConnect(true).replay(replay).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(valid.size()).build(), sink);

            assertThat(sink.frames()).extracting(FrameEncoder::encode).containsExactlyElementsOf(valid);
            assertThat(result.counters().framesForeign()).isEqualTo(expected.get(RejectReason.FOREIGN_STREAM));
            assertThat(result.counters().framesMalformed()).containsEntry(RejectReason.BAD_LENGTH,
                    expected.get(RejectReason.BAD_LENGTH)).containsEntry(RejectReason.NON_FINITE,
                    expected.get(RejectReason.NON_FINITE));
            assertThat(result.textMessagesIgnored()).isEqualTo(text + 1);
            assertThat(sink.counters()).isEqualTo(result.counters());
            assertThat(result.events()).extracting(RunEvent::type).doesNotContain(EventType.DEVICE_MESSAGE);
        }
    }

    @Test
    void randomFaultsAreCountedExactlyAsTheSimulatorCommittedThem() throws Exception {
        SimulatorConfig simConfig = SimulatorConfig.builder().rate(20_000).frameLimit(20_000).seed(11)
                .dropRate(0.01).corruptRate(0.01).foreignRate(0.02).textEventRate(0.01).extendedEvery(10)
                .statusEventOnConnect(true).build();
        try (DeviceSimulator device = DeviceSimulator.start(simConfig)) {
            InMemorySink sink = new InMemorySink();
            CollectionHandle collection = Collector.start(config(device).build(), sink);
            awaitCondition(() -> device.stats().frameLimitReached()
                    && collection.progress().samples() == device.stats().framesSent());
            collection.stop();
            CollectionResult result = collection.await();
            SimulatorStats sent = device.stats();

            assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(result.sampleCount()).isEqualTo(sent.framesSent()).isEqualTo(sink.size());
            assertThat(result.counters().framesForeign()).isEqualTo(sent.foreignSent()).isPositive();
            assertThat(result.counters().framesMalformed()).containsEntry(RejectReason.BAD_LENGTH, sent.badLengthSent())
                    .containsEntry(RejectReason.NON_FINITE, sent.nonFiniteSent());
            assertThat(result.counters().gaps()).isEqualTo(sent.gapsCreated()).isPositive();
            assertThat(result.counters().framesLostEstimate()).isEqualTo(sent.framesMissing());
            assertThat(result.textMessagesIgnored()).isEqualTo(sent.textEventsSent());
            // Gaps less than a second apart are folded into one event that counts them.
            long gapsInEvents = sink.events(EventType.GAP).stream().mapToLong(e -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9,]+) more gap events? ").matcher(e.detail());
                return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 1;
            }).sum();
            assertThat(gapsInEvents).isEqualTo(sent.gapsCreated());
            assertThat(sink.frames().stream().filter(f -> f.isExtended()).count()).isPositive();
        }
    }

    @Test
    void stopsAtExactlyMaxSamplesAndUnsubscribesCleanly() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(20_000).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(5000).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.stopReason()).isEqualTo(StopReason.SAMPLE_LIMIT_REACHED);
            List<Sample> samples = sink.samples();
            assertThat(samples).hasSize(5000);
            for (int i = 0; i < samples.size(); i++) {
                assertThat(samples.get(i).seq()).isEqualTo(i);
                if (i > 0) {
                    assertThat(samples.get(i).frame().timestampMs() - samples.get(i - 1).frame().timestampMs())
                            .isEqualTo(100);
                    assertThat(samples.get(i).receivedAtMicros()).isGreaterThanOrEqualTo(samples.get(i - 1).receivedAtMicros());
                }
            }
            assertThat(result.counters().gaps()).isZero();
            awaitCondition(() -> device.receivedCount("benchmark.unsubscribe") == 1);
            assertThat(device.received()).extracting(ReceivedCommand::type)
                    .containsExactly("benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus",
                            "device.getStatus", "benchmark.unsubscribe"); // the second device.getStatus: the first vitals poll
            assertThat(result.events()).extracting(RunEvent::type).containsExactly(
                    EventType.CONNECTED, EventType.SUBSCRIBED, EventType.STOPPED);
            assertThat(sink.events()).isEqualTo(result.events());
        }
    }

    @Test
    void collectsForADurationAndCompletes() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).duration(Duration.ofMillis(400)).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(result.stopReason()).isEqualTo(StopReason.DURATION_REACHED);
            assertThat(result.sampleCount()).isPositive().isEqualTo(sink.size());
            assertThat(result.events().get(result.events().size() - 1).detail()).isEqualTo("duration of 400 ms reached");
            awaitCondition(() -> device.receivedCount("benchmark.unsubscribe") == 1);
        }
    }

    @Test
    void anExternalStopEndsInterruptedKeepingEverythingReceived() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(500).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionHandle collection = Collector.start(config(device).build(), sink);
            awaitCondition(() -> collection.progress().samples() >= 20);
            collection.stop();
            CollectionResult result = collection.await();

            assertThat(result.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(result.stopReason()).isEqualTo(StopReason.STOPPED_BY_CALLER);
            assertThat(result.sampleCount()).isGreaterThanOrEqualTo(20).isEqualTo(sink.size());
            assertThat(collection.progress().state()).isEqualTo(CollectionState.FINISHED);
            awaitCondition(() -> device.receivedCount("benchmark.unsubscribe") == 1);
            collection.stop();   // harmless once finished
        }
    }

    @Test
    void resetStatsStartsTheDeviceFirstAndSendStopKeepsItsResults() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).resetStats(true).sendStop(true)
                    .maxSamples(50).build(), sink);

            awaitCondition(() -> device.receivedCount("benchmark.unsubscribe") == 1);
            assertThat(device.received()).extracting(ReceivedCommand::type).containsExactly(
                    "benchmark.start", "benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus",
                    "device.getStatus", "benchmark.stop", "benchmark.unsubscribe");
            // The reset came before the subscription: the first frame counts hops from the reset, not
            // from boot. The simulator meets us at least 5 s after boot (>= 250 hops at 50 hops/s) and
            // its clock moves 100 ms (about 5 hops) per frame, so without a reset the hop count tracks
            // timestampMs / 20; with it, the count sits at least the boot's 250 hops below that. Frames
            // the device produced between the reset and our subscription (a slow machine) count too,
            // which is why this is not a fixed 4..6.
            BenchmarkFrame first = sink.frames().get(0);
            assertThat(first.hopCount()).isLessThan(first.timestampMs() / 20 - 125);
            assertThat(sink.frames()).allMatch(f -> f.flags().streamingActive());
            assertThat(result.deviceResults()).containsOnlyKeys("avgTotalUs", "avgGoertzelUs", "cpuLoadPercent",
                    "hopCount", "peakTotalUs");
            assertThat(result.deviceResults().get("hopCount")).isGreaterThanOrEqualTo(sink.frames().get(49).hopCount());
            assertThat(result.events()).extracting(RunEvent::detail).anyMatch(d -> d.startsWith("benchmark.stopped results"));
        }
    }

    @Test
    void progressIsALiveSnapshot() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).build())) {
            CollectionHandle collection = Collector.start(config(device).build(), new InMemorySink());
            awaitCondition(() -> collection.progress().samples() >= 5);
            Progress p = collection.progress();
            assertThat(p.state()).isEqualTo(CollectionState.STREAMING);
            assertThat(p.latestFrame()).isNotNull();
            assertThat(p.latestAvgTotalUs()).isBetween(50.0, 300.0);
            assertThat(p.latestCpuLoadPercent()).isEqualTo(p.latestFrame().cpuLoadPercent());
            assertThat(p.elapsed()).isPositive();
            assertThat(p.framesPerSecond()).isNotNegative();
            assertThat(collection.source()).isEqualTo(device.url());
            assertThat(collection.isDone()).isFalse();
            collection.stop();
            assertThat(collection.await(Duration.ofSeconds(10)).status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(collection.isDone()).isTrue();
        }
    }

    // ---------------------------------------------------------------- helpers

    static CollectorConfig.Builder config(DeviceSimulator device) {
        return CollectorConfig.builder().url(device.url()).connectTimeout(Duration.ofSeconds(5)).untilStopped();
    }

    static List<byte[]> split(byte[] all, int size) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i + size <= all.length; i += size) {
            out.add(java.util.Arrays.copyOfRange(all, i, i + size));
        }
        return out;
    }

    /** Polls {@code condition} until it holds; fails after 30 s. Not a timing assertion: only a bound on waiting. */
    static void awaitCondition(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 30 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
