package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

abstract class SampleWriterContract extends StoreContract {


    @Test
    void tinyQueueAppliesBackpressureAndDropsNothing() throws Exception {
        List<Sample> samples = TestSamples.synthetic(11, 0, 1_500, 10);
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("bp")).id();
            WriterConfig tiny = new WriterConfig(1, Duration.ofMillis(1), 2);
            try (SampleWriter w = store.openWriter(id, tiny)) {
                Thread producer = new Thread(() -> samples.forEach(w::append));
                producer.start();
                producer.join();
            }
            List<Sample> read = new ArrayList<>();
            store.forEachSample(id, read::add);
            assertThat(read).containsExactlyElementsOf(samples);
        }
    }

    @Test
    void flushMakesEverySampleAppendedBeforeItVisibleToOtherConnections() {
        try (RunStore store = stores.open(); RunStore other = stores.open()) {
            UUID id = store.createRun(NewRun.named("flush")).id();
            // A large batch and the longest interval: only flush() can make them visible this soon.
            try (SampleWriter w = store.openWriter(id, new WriterConfig(1_000_000, Duration.ofMillis(250), 10_000))) {
                TestSamples.synthetic(1, 0, 1234, 0).forEach(w::append);
                w.flush();
                assertThat(w.lastCommittedSeq()).isEqualTo(1233);
                assertThat(w.committedCount()).isEqualTo(1234);
                assertThat(other.sampleCount(id)).isEqualTo(1234);
                assertThat(other.column(id, io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US).size()).isEqualTo(1234);
            }
        }
    }

    @Test
    void samplesAreCommittedWithoutFlushWithinTheCommitInterval() throws Exception {
        try (RunStore store = stores.open(); RunStore other = stores.open()) {
            UUID id = store.createRun(NewRun.named("interval")).id();
            try (SampleWriter w = store.openWriter(id, new WriterConfig(1_000_000, Duration.ofMillis(100), 100))) {
                TestSamples.synthetic(1, 0, 3, 0).forEach(w::append);
                // No flush: the timed commit must make them visible. The bound is generous on purpose.
                long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (other.sampleCount(id) < 3 && System.nanoTime() < giveUp) {
                    Thread.sleep(10);
                }
                assertThat(other.sampleCount(id)).isEqualTo(3);
            }
        }
    }

    @Test
    void outOfOrderSeqIsRefusedInTheCallersThreadAndNothingIsQueued() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("order")).id();
            List<Sample> s = TestSamples.synthetic(1, 0, 3, 0);
            try (SampleWriter w = store.openWriter(id)) {
                w.append(s.get(0));
                w.append(s.get(2));
                assertThatThrownBy(() -> w.append(s.get(1)))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID)
                        .hasMessageContaining("seq 1 after seq 2");
                assertThatThrownBy(() -> w.append(s.get(2)))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
            }
            assertThat(store.sampleCount(id)).isEqualTo(2);
        }
    }

    @Test
    void eventsAndCountersCanBeWrittenWhileSamplesStream() throws Exception {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("mixed")).id();
            List<Sample> samples = TestSamples.synthetic(2, 0, 20_000, 0);
            try (SampleWriter w = store.openWriter(id, new WriterConfig(500, Duration.ofMillis(5), 1000))) {
                AtomicReference<Throwable> failure = new AtomicReference<>();
                CountDownLatch started = new CountDownLatch(1);
                Thread side = new Thread(() -> {
                    try {
                        started.await();
                        for (int i = 0; i < 200; i++) {
                            store.appendEvent(id, new RunEvent(Instant.now(), EventType.GAP, "gap " + i));
                            store.updateCounters(id, new RunCounters(i, null, i, 0, 0, 0));
                        }
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                });
                side.start();
                for (int i = 0; i < samples.size(); i++) {
                    w.append(samples.get(i));
                    if (i == 100) {
                        started.countDown();
                    }
                }
                side.join();
                assertThat(failure.get()).isNull();
            }
            assertThat(store.events(id)).hasSize(200);
            assertThat(store.events(id).get(199).detail()).isEqualTo("gap 199");
            assertThat(store.run(id).counters().gaps()).isEqualTo(199);
            assertThat(store.sampleCount(id)).isEqualTo(20_000);
        }
    }

    @Test
    void finishRunFlushesAndClosesAnOpenWriter() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("finish")).id();
            SampleWriter w = store.openWriter(id, new WriterConfig(1_000_000, Duration.ofMillis(250), 10_000));
            TestSamples.synthetic(1, 0, 777, 3).forEach(w::append);
            assertThat(store.finishRun(id, RunStatus.COMPLETE, null, null, null).sampleCount()).isEqualTo(777);
            assertThatThrownBy(() -> w.append(TestSamples.synthetic(1, 777, 1, 0).get(0)))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("closed");
            assertThat(store.isWriterAlive(id)).isFalse();
        }
    }

    @Test
    void secondWriterForTheSameRunIsRefusedUntilTheFirstCloses() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("two")).id();
            SampleWriter first = store.openWriter(id);
            assertThatThrownBy(() -> store.openWriter(id))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
            first.close();
            first.close();
            try (SampleWriter second = store.openWriter(id)) {
                second.append(TestSamples.synthetic(1, 0, 1, 0).get(0));
            }
            assertThat(store.sampleCount(id)).isEqualTo(1);
        }
    }

    @Test
    void failedCommitIsReportedToTheProducerNeverSilently() throws Exception {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("doomed")).id();
            SampleWriter w = store.openWriter(id);
            List<Sample> samples = TestSamples.synthetic(1, 0, 100, 0);
            w.append(samples.get(0));
            w.flush();
            // Another program removes the run under the writer: its next commit breaks the foreign key.
            stores.execute("DELETE FROM runs WHERE id = '" + id + "'");
            w.append(samples.get(1));
            assertThatThrownBy(w::flush)
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.WRITER_FAILED)
                    .hasMessageContaining("after seq 0");
            assertThat(w.hasFailed()).isTrue();
            assertThatThrownBy(() -> w.append(samples.get(2)))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.WRITER_FAILED);
            assertThatThrownBy(w::close).hasFieldOrPropertyWithValue("reason", StoreException.Reason.WRITER_FAILED);
        }
    }

    @Test
    void badWriterConfigsAreRefused() {
        assertThatThrownBy(() -> new WriterConfig(0, Duration.ofMillis(10), 10)).hasMessageContaining("batchRows");
        assertThatThrownBy(() -> new WriterConfig(1, Duration.ofMillis(251), 10)).hasMessageContaining("250 ms");
        assertThatThrownBy(() -> new WriterConfig(1, Duration.ZERO, 10)).hasMessageContaining("maxCommitInterval");
        assertThatThrownBy(() -> new WriterConfig(1, Duration.ofMillis(10), 0)).hasMessageContaining("queueCapacity");
    }
}
