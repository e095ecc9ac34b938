package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import java.util.SplittableRandom;

/**
 * Child process for crash tests: creates a run and appends samples until killed. Prints
 * {@code RUN <id>} once, then every 20 ms {@code COMMITTED <last committed seq> <epoch ms>}: a seq
 * it prints is in the database by the time the line is written.
 */
public final class WriterMain {

    private WriterMain() {
    }

    public static void main(String[] args) throws Exception {
        RunStore store = RunStores.open(args[0]);
        var run = store.createRun(NewRun.named("crash-victim").withSource("simulator"));
        SampleWriter writer = store.openWriter(run.id());
        System.out.println("RUN " + run.id());
        System.out.flush();
        Thread reporter = new Thread(() -> {
            while (true) {
                long seq = writer.lastCommittedSeq();
                System.out.println("COMMITTED " + seq + " " + System.currentTimeMillis());
                System.out.flush();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        reporter.setDaemon(true);
        reporter.start();
        SplittableRandom r = new SplittableRandom(7);
        for (long seq = 0; ; seq++) {
            writer.append(new Sample(seq, TestSamples.BASE_MICROS + 100_000L * seq,
                    TestSamples.frame(r, seq, seq % 10 == 0)));
            if (seq % 20 == 19) {
                Thread.sleep(1); // ~15,000 samples/s: a busy collector, without filling the disk
            }
        }
    }
}
