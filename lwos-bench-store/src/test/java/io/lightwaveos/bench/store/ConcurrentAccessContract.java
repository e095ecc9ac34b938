package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.ChildJvm;
import io.lightwaveos.bench.store.testing.ReaderMain;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Readers on another connection and in another process list and read a run while a writer
 * appends to it: nobody fails, and both sides make progress while the other works.
 */
abstract class ConcurrentAccessContract extends StoreContract {


    @Test
    void readersInThisAndAnotherProcessReadWhileTheWriterAppends() throws Exception {
        try (RunStore writerStore = stores.open(); RunStore readerStore = stores.open()) {
            UUID id = writerStore.createRun(NewRun.named("busy")).id();
            SampleWriter writer = writerStore.openWriter(id, new WriterConfig(2_000, Duration.ofMillis(50), 4_096));

            Set<Long> inProcessCounts = ConcurrentHashMap.newKeySet();
            AtomicInteger inProcessRounds = new AtomicInteger();
            AtomicReference<Throwable> readerFailure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    long last = 0;
                    while (true) {
                        var run = readerStore.run(id);
                        assertThat(readerStore.listRuns(RunFilter.ALL.withStatuses(List.of(RunStatus.RUNNING,
                                RunStatus.COMPLETE)))).extracting(r -> r.id()).contains(id);
                        int size = readerStore.column(id, Metric.CPU_LOAD_PERCENT).size();
                        assertThat(size).isGreaterThanOrEqualTo((int) last);
                        last = size;
                        inProcessCounts.add((long) size);
                        inProcessRounds.incrementAndGet();
                        if (run.status() != RunStatus.RUNNING) {
                            return;
                        }
                    }
                } catch (Throwable t) {
                    readerFailure.set(t);
                }
            }, "in-process-reader");

            try (ChildJvm child = ChildJvm.start(ReaderMain.class, stores.location(), id.toString())) {
                reader.start();
                SplittableRandom r = new SplittableRandom(3);
                long seq = 0;
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                // Keep appending until both readers have seen the run grow under them.
                while (System.nanoTime() < giveUp
                        && (distinctChildCounts(child) < 3 || inProcessCounts.size() < 3 || seq < 20_000)) {
                    for (int i = 0; i < 500; i++, seq++) {
                        writer.append(new Sample(seq, TestSamples.BASE_MICROS + 100_000L * seq,
                                TestSamples.frame(r, seq, seq % 10 == 0)));
                    }
                    Thread.sleep(2);
                }
                writerStore.finishRun(id, RunStatus.COMPLETE, null, null, null);

                assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.process().exitValue()).as("child stderr: %s", child.stderr()).isZero();
                reader.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(readerFailure.get()).isNull();

                assertThat(distinctChildCounts(child)).isGreaterThanOrEqualTo(3);
                assertThat(inProcessCounts.size()).isGreaterThanOrEqualTo(3);
                String done = child.lines().stream().filter(l -> l.startsWith("DONE")).findFirst().orElseThrow();
                assertThat(done).startsWith("DONE ");
                String lastRead = child.lines().stream().filter(l -> l.startsWith("READ ")).reduce((a, b) -> b)
                        .orElseThrow();
                assertThat(lastRead).isEqualTo("READ " + seq + " " + seq);
                assertThat(writerStore.sampleCount(id)).isEqualTo(seq);
            }
        }
    }

    private static long distinctChildCounts(ChildJvm child) {
        return child.lines().stream().filter(l -> l.startsWith("READ ")).distinct().count();
    }
}
