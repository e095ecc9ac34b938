package io.lightwaveos.bench.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.WriterConfig;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server goes away while a writer writes (every connection dropped, new ones refused, as in a
 * restart): within the retry window the writer keeps its samples and continues with nothing lost;
 * past it, the writer fails and what is stored is a consistent prefix.
 */
class PostgresServerRestartTest {

    PostgresFixture stores;
    CuttableProxy proxy;

    @BeforeEach
    void fixture() throws Exception {
        stores = PostgresFixture.create();
        try (RunStore created = stores.open()) {
            created.listRuns(io.lightwaveos.bench.store.RunFilter.ALL); // creates the schema directly
        }
        PostgresUrl direct = PostgresUrl.parse(stores.location());
        proxy = new CuttableProxy(direct.host(), direct.port());
    }

    @AfterEach
    void close() throws Exception {
        if (proxy != null) {
            proxy.close();
        }
        if (stores != null) { // null when the test was skipped for want of a server
            stores.close();
        }
    }

    /**
     * The store through the proxy. While the proxy is cut, every attempt to write waits the connect
     * timeout for a connection: 1 s here rather than the default 10 s, so that the attempts within
     * the retry window take seconds, not tens of seconds.
     */
    private RunStore throughProxy(Duration retryFor) {
        String url = stores.location().replaceFirst("@[^/]+/", "@127.0.0.1:" + proxy.port() + "/");
        PostgresOptions options = PostgresFixture.OPTIONS.withLease(Duration.ofSeconds(30), Duration.ofSeconds(3))
                .withRetryFor(retryFor);
        return PostgresRunStore.open(PostgresUrl.parse(url), new PostgresOptions(options.lease(), options.heartbeat(),
                options.retryFor(), Duration.ofSeconds(1), options.poolSize()));
    }

    @Test
    void aWriterRidesOutAnOutageShorterThanItsRetryWindowWithNothingLost() throws Exception {
        List<Sample> samples = TestSamples.synthetic(11, 0, 30_000, 10);
        try (RunStore store = throughProxy(Duration.ofSeconds(30))) {
            UUID id = store.createRun(NewRun.named("outage")).id();
            SampleWriter w = store.openWriter(id, new WriterConfig(2_000, Duration.ofMillis(50), 4_096));
            for (int i = 0; i < 10_000; i++) {
                w.append(samples.get(i));
            }
            w.flush();
            proxy.cut();
            Thread restorer = new Thread(() -> {
                try {
                    Thread.sleep(3_000);
                    proxy.restore();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            restorer.start();
            for (int i = 10_000; i < samples.size(); i++) {
                w.append(samples.get(i)); // blocks while the queue is full: memory stays bounded
            }
            w.close();
            restorer.join();
            assertThat(store.finishRun(id, RunStatus.COMPLETE, null, null, null).sampleCount())
                    .isEqualTo(samples.size());
            List<Sample> back = new ArrayList<>();
            store.forEachSample(id, back::add);
            assertThat(back).isEqualTo(samples);
        }
    }

    @Test
    void anOutageLongerThanTheRetryWindowFailsTheWriterAndLeavesAConsistentPrefix() throws Exception {
        List<Sample> samples = TestSamples.synthetic(12, 0, 20_000, 0);
        UUID id;
        try (RunStore store = throughProxy(Duration.ofSeconds(2))) {
            id = store.createRun(NewRun.named("long-outage")).id();
            SampleWriter w = store.openWriter(id, new WriterConfig(1_000, Duration.ofMillis(50), 2_048));
            for (int i = 0; i < 5_000; i++) {
                w.append(samples.get(i));
            }
            w.flush();
            proxy.cut();
            assertThatThrownBy(() -> {
                for (int i = 5_000; i < samples.size(); i++) {
                    w.append(samples.get(i));
                }
                w.flush();
            }).hasFieldOrPropertyWithValue("reason", Reason.WRITER_FAILED);
            assertThat(w.hasFailed()).isTrue();
            proxy.restore();
        }
        try (RunStore direct = stores.open()) {
            long count = direct.sampleCount(id);
            assertThat(count).isGreaterThanOrEqualTo(5_000);
            List<Sample> back = new ArrayList<>();
            direct.forEachSample(id, back::add);
            assertThat(back).hasSize((int) count).isEqualTo(samples.subList(0, (int) count));
        }
    }
}
