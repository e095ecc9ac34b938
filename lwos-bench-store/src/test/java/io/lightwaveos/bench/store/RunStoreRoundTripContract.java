package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

abstract class RunStoreRoundTripContract extends StoreContract {


    @Test
    void runWithSamplesEventsCountersAndStatisticsSurvivesReopeningBitExact() {
        UUID id = UUID.randomUUID();
        Instant started = Instant.parse("2025-01-15T10:30:00.123456789Z");
        List<Sample> samples = TestSamples.vectorSamples();
        RunCounters counters = new RunCounters(3, Map.of(RejectReason.BAD_LENGTH, 2L, RejectReason.NON_FINITE, 1L), 4, 7, 1, 1);
        Map<String, Map<String, Double>> stats = new LinkedHashMap<>();
        Map<String, Double> total = new LinkedHashMap<>();
        total.put("mean", 150.25);
        total.put("std", null);
        total.put("min", -0.0);
        total.put("p99_9", Double.MAX_VALUE);
        stats.put("avg_total_us", total);
        stats.put("cpu_load_percent", Map.of("mean", 0.75));
        Map<String, Double> device = new LinkedHashMap<>();
        device.put("avgTotalUs", 151.5);
        device.put("hopCount", 12345.0);
        List<RunEvent> events = List.of(
                new RunEvent(Instant.parse("2025-01-15T10:30:00.200Z"), EventType.CONNECTED, "ws://10.0.0.5/ws"),
                new RunEvent(Instant.parse("2025-01-15T10:30:00.300Z"), EventType.SUBSCRIBED, ""),
                new RunEvent(Instant.parse("2025-01-15T10:30:05.000001Z"), EventType.GAP, "lost ~3 frames"));

        try (RunStore store = stores.open()) {
            Run created = store.createRun(NewRun.named("baseline").withId(id).withDescription("first try")
                    .withTags(List.of("nightly", " esp32 ", "nightly")).withSource("ws://10.0.0.5/ws")
                    .withStartedAt(started));
            assertThat(created.startedAt()).isEqualTo(Instant.parse("2025-01-15T10:30:00.123456Z"));
            assertThat(created.tags()).containsExactly("nightly", "esp32");
            try (SampleWriter writer = store.openWriter(id)) {
                for (int i = 0; i < samples.size(); i++) {
                    writer.append(samples.get(i));
                    if (i < events.size()) {
                        store.appendEvent(id, events.get(i));
                    }
                }
                store.updateCounters(id, counters);
            }
            store.finishRun(id, RunStatus.COMPLETE, Instant.parse("2025-01-15T10:31:00Z"), stats, device);
        }

        try (RunStore store = stores.open()) {
            Run run = store.run(id);
            assertThat(run.name()).isEqualTo("baseline");
            assertThat(run.description()).isEqualTo("first try");
            assertThat(run.tags()).containsExactly("nightly", "esp32");
            assertThat(run.source()).isEqualTo("ws://10.0.0.5/ws");
            assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-01-15T10:30:00.123456Z"));
            assertThat(run.endedAt()).isEqualTo(Instant.parse("2025-01-15T10:31:00Z"));
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.sampleCount()).isEqualTo(samples.size());
            assertThat(run.counters()).isEqualTo(counters);
            assertThat(run.deviceResults()).containsExactlyEntriesOf(device);
            assertThat(run.cachedStats().keySet()).containsExactly("avg_total_us", "cpu_load_percent");
            assertThat(run.cachedStats().get("avg_total_us").keySet()).containsExactly("mean", "std", "min", "p99_9");
            assertThat(run.cachedStats().get("avg_total_us").get("std")).isNull();
            assertThat(Double.doubleToRawLongBits(run.cachedStats().get("avg_total_us").get("min")))
                    .isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(run.cachedStats().get("avg_total_us").get("p99_9")).isEqualTo(Double.MAX_VALUE);
            assertThat(store.events(id)).containsExactlyElementsOf(events);

            List<Sample> read = new ArrayList<>();
            store.forEachSample(id, read::add);
            assertThat(read).containsExactlyElementsOf(samples);
            for (int i = 0; i < samples.size(); i++) {
                assertThat(FrameEncoder.encode(read.get(i).frame())).isEqualTo(FrameEncoder.encode(samples.get(i).frame()));
                assertThat(read.get(i).frame().isExtended()).isEqualTo(samples.get(i).frame().isExtended());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, 1000, 3001, 10_000})
    void columnsHoldEveryMetricExactlyAndExtendedOnlyMetricsOnlyForExtendedSamples(int n) {
        List<Sample> samples = TestSamples.synthetic(n, 0, n, 7);
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("cols")).id();
            try (SampleWriter w = store.openWriter(id)) {
                samples.forEach(w::append);
            }
            Map<Metric, MetricColumn> columns = store.columns(id, Metric.all());
            assertThat(columns.keySet()).containsExactlyElementsOf(Metric.all());
            for (Metric m : Metric.all()) {
                List<Sample> carrying = samples.stream().filter(s -> m.isPresentIn(s.frame())).toList();
                MetricColumn col = columns.get(m);
                assertThat(col.size()).as(m.id()).isEqualTo(carrying.size());
                for (int i = 0; i < carrying.size(); i++) {
                    Sample s = carrying.get(i);
                    assertThat(col.seq()[i]).isEqualTo(s.seq());
                    assertThat(col.receivedAtMicros()[i]).isEqualTo(s.receivedAtMicros());
                    assertThat(col.timestampMs()[i]).isEqualTo(s.frame().timestampMs());
                    assertThat(Double.doubleToRawLongBits(col.values()[i]))
                            .as("%s of seq %d", m.id(), s.seq())
                            .isEqualTo(Double.doubleToRawLongBits(m.read(s.frame())));
                }
                MetricColumn single = store.column(id, m);
                assertThat(single.values()).containsExactly(col.values());
                assertThat(single.seq()).containsExactly(col.seq());
            }
            assertThat(store.sampleCount(id)).isEqualTo(n);

            Map<Metric, double[]> values = store.values(id, Metric.all());
            assertThat(values.keySet()).containsExactlyElementsOf(Metric.all());
            for (Metric m : Metric.all()) {
                assertThat(values.get(m)).as(m.id()).containsExactly(columns.get(m).values());
            }
            Map<Metric, double[]> two = store.values(id, List.of(Metric.AVG_CHROMA_US, Metric.AVG_TOTAL_US));
            assertThat(two.keySet()).containsExactly(Metric.AVG_TOTAL_US, Metric.AVG_CHROMA_US);
            assertThat(two.get(Metric.AVG_CHROMA_US)).containsExactly(columns.get(Metric.AVG_CHROMA_US).values());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 1, 254, 255, 256, 257, 600, 998, 999, 5000})
    void readingAfterASeqReturnsExactlyTheLaterSamples(long after) {
        List<Sample> samples = TestSamples.synthetic(42, 0, 1000, 3);
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("live")).id();
            try (SampleWriter w = store.openWriter(id)) {
                samples.forEach(w::append);
            }
            List<Sample> expected = samples.stream().filter(s -> s.seq() > after).toList();
            List<Sample> read = new ArrayList<>();
            store.forEachSample(id, after, read::add);
            assertThat(read).containsExactlyElementsOf(expected);
            MetricColumn col = store.column(id, Metric.AVG_TOTAL_US, after);
            assertThat(col.seq()).containsExactly(expected.stream().mapToLong(Sample::seq).toArray());
            MetricColumn ext = store.column(id, Metric.AVG_CHROMA_US, after);
            assertThat(ext.seq()).containsExactly(expected.stream().filter(s -> s.frame().isExtended())
                    .mapToLong(Sample::seq).toArray());
        }
    }

    @Test
    void seqGapsAndReceiveTimeJumpsAreKept() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(0, TestSamples.BASE_MICROS, TestSamples.synthetic(1, 0, 1, 0).get(0).frame()));
        samples.add(new Sample(5, TestSamples.BASE_MICROS + 3_600_000_000L * 5, samples.get(0).frame()));
        samples.add(new Sample(6, TestSamples.BASE_MICROS - 10, samples.get(0).frame()));
        samples.add(new Sample(1_000_000_000L, Long.MAX_VALUE / 2, samples.get(0).frame()));
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("gaps")).id();
            try (SampleWriter w = store.openWriter(id)) {
                samples.forEach(w::append);
            }
            List<Sample> read = new ArrayList<>();
            store.forEachSample(id, read::add);
            assertThat(read).containsExactlyElementsOf(samples);
            assertThat(store.column(id, Metric.AVG_TOTAL_US, 5).seq()).containsExactly(6, 1_000_000_000L);
        }
    }

    @Test
    void importRunStoresEverythingInOneGoAndKeepsTheGivenIdAndStatus() {
        List<Sample> samples = TestSamples.synthetic(9, 0, 700, 5);
        UUID id = UUID.fromString("0c4a9e5e-1111-4222-8333-944455556666");
        Run spec = new Run(id, "imported", "from csv", Set.of("old"), "simulator",
                Instant.parse("2024-05-01T08:00:00Z"), Instant.parse("2024-05-01T08:01:10Z"), RunStatus.COMPLETE,
                999, RunCounters.ZERO, Map.of(), Map.of());
        try (RunStore store = stores.open()) {
            Run stored = store.importRun(spec, List.of(new RunEvent(spec.startedAt(), EventType.STOPPED, "")),
                    samples.iterator());
            assertThat(stored.sampleCount()).isEqualTo(700);
            assertThat(stored.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(stored.endedAt()).isEqualTo(spec.endedAt());
            assertThat(store.isWriterAlive(id)).isFalse();
            List<Sample> read = new ArrayList<>();
            store.forEachSample(id, read::add);
            assertThat(read).containsExactlyElementsOf(samples);
            assertThat(store.events(id)).hasSize(1);
            assertThatThrownBy(() -> store.importRun(spec, List.of(), List.<Sample>of().iterator()))
                    .isInstanceOf(StoreException.class)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("exists already");
        }
    }

    @Test
    void aNulCharacterInAnyTextIsRefusedAlikeByEveryStoreAndNothingIsStored() {
        RunContext firmware = RunContext.EMPTY.withDevice(DeviceInfo.EMPTY.withFirmware("x\u0000y"));
        try (RunStore store = stores.open()) {
            assertThatThrownBy(() -> store.createRun(NewRun.named("nul").withContext(firmware)))
                    .isInstanceOf(StoreException.class)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessage("context.device.firmware: expected text without NUL characters (U+0000), got"
                            + " \"x\\x00y\" (NUL at character 2)");
            assertThatThrownBy(() -> store.createRun(NewRun.named("nul").withDescription("a\u0000")))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageStartingWith("description: expected text without NUL characters");

            Run spec = new Run(UUID.randomUUID(), "imported", "", Set.of(), "", Instant.parse("2024-05-01T08:00:00Z"),
                    null, RunStatus.COMPLETE, 0, RunCounters.ZERO, Map.of(), Map.of());
            List<RunEvent> events = List.of(new RunEvent(spec.startedAt(), EventType.DEVICE_MESSAGE, "said \u0000"));
            assertThatThrownBy(() -> store.importRun(spec, events, TestSamples.synthetic(4, 0, 10, 0).iterator()))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageStartingWith("events.detail: expected text without NUL characters");
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();

            UUID id = store.createRun(NewRun.named("live")).id();
            assertThatThrownBy(() -> store.appendEvent(id, events.get(0)))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
            assertThatThrownBy(() -> store.updateContext(id, firmware))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
            assertThat(store.events(id)).isEmpty();
            assertThat(store.run(id).context()).isEqualTo(RunContext.EMPTY);
        }
    }

    @Test
    void importRunThatFailsHalfwayLeavesNothingBehind() {
        List<Sample> samples = TestSamples.synthetic(3, 0, 600, 0);
        Run spec = new Run(UUID.randomUUID(), "broken", "", Set.of(), "", Instant.parse("2024-05-01T08:00:00Z"),
                null, RunStatus.INTERRUPTED, 0, RunCounters.ZERO, Map.of(), Map.of());
        try (RunStore store = stores.open()) {
            var failing = new java.util.Iterator<Sample>() {
                int i;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Sample next() {
                    if (i == 550) {
                        throw new IllegalStateException("line 551: bad number");
                    }
                    return samples.get(i++);
                }
            };
            assertThatThrownBy(() -> store.importRun(spec, List.of(), failing))
                    .isInstanceOf(IllegalStateException.class).hasMessage("line 551: bad number");
            assertThat(store.findRun(spec.id())).isEmpty();
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();

            List<Sample> unordered = List.of(samples.get(3), samples.get(2));
            assertThatThrownBy(() -> store.importRun(spec, List.of(), unordered.iterator()))
                    .isInstanceOf(StoreException.class)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                    .hasMessageContaining("increasing seq");
            assertThat(store.findRun(spec.id())).isEmpty();
        }
    }

    @Test
    void badRunSpecsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> NewRun.named("  ")).isInstanceOf(StoreException.class)
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID).hasMessageContaining("name");
        assertThatThrownBy(() -> NewRun.named("x").withTags(List.of("a,b"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("comma");
        assertThatThrownBy(() -> NewRun.named("x").withTags(List.of(" "))).isInstanceOf(StoreException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void unknownRunIdsAreNotFound() {
        UUID id = UUID.randomUUID();
        try (RunStore store = stores.open()) {
            assertThat(store.findRun(id)).isEmpty();
            for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                    () -> store.run(id), () -> store.events(id), () -> store.sampleCount(id),
                    () -> store.column(id, Metric.AVG_TOTAL_US), () -> store.appendEvent(id, new RunEvent(Instant.now(), EventType.GAP, "")),
                    () -> store.updateCounters(id, RunCounters.ZERO), () -> store.openWriter(id),
                    () -> store.finishRun(id, RunStatus.COMPLETE, null, null, null))) {
                assertThatThrownBy(call).isInstanceOf(StoreException.class)
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                        .hasMessageContaining(id.toString());
            }
            assertThat(store.deleteRun(id)).isFalse();
        }
    }
}
