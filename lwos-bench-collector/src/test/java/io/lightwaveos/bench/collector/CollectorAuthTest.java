package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Devices with an API key and rate limits, over real loopback sockets with the simulator. */
class CollectorAuthTest {

    private static final String KEY = "s3cret-key-4711";

    @Test
    void theRightKeyIsSentFirstAndTheCollectionProceedsWithTheDevicesContext() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).apiKey(KEY)
                .firmware("2.0.0").build())) {
            InMemorySink sink = new InMemorySink();
            CollectorConfig config = config(device).maxSamples(20).apiKey(KEY).build();
            CollectionResult result = Collector.collect(config, sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.size()).isEqualTo(20);
            assertThat(device.received().get(0).type()).isEqualTo("auth");
            // The HTTP request carried X-API-Key: its fields are known.
            assertThat(result.context().device().firmware()).isEqualTo("2.0.0");
            assertThat(result.context().device().chipModel()).isEqualTo("ESP32-S3");
            assertKeyAbsent(config.toString(), result.toString(), sink.events().toString(), sink.context().toString());
        }
    }

    @Test
    void withoutAKeyTheCollectionFailsSayingTheDeviceRequiresOne() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().apiKey(KEY).build())) {
            InMemorySink sink = new InMemorySink();
            assertThatThrownBy(() -> Collector.collect(config(device).maxSamples(10).build(), sink))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.AUTH_REQUIRED);
                        assertThat(e.getMessage())
                                .isEqualTo("the device requires an API key (--api-key or LWOS_BENCH_API_KEY)");
                    });
            assertThat(sink.size()).isZero();
            assertThat(sink.events(EventType.CONTEXT)).extracting(RunEvent::detail)
                    .anySatisfy(d -> assertThat(d).contains("HTTP 401"));
        }
    }

    @Test
    void aWrongKeyFailsSayingTheDeviceRefusedItWithoutShowingIt() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().apiKey(KEY).build())) {
            InMemorySink sink = new InMemorySink();
            CollectorConfig config = config(device).maxSamples(10).apiKey("wrong-key-0815").build();
            assertThatThrownBy(() -> Collector.collect(config, sink))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.AUTH_REFUSED);
                        assertThat(e.getMessage()).isEqualTo("the device refused the API key");
                    });
            List<String> texts = new ArrayList<>();
            sink.events().forEach(e -> texts.add(e.detail()));
            texts.add(config.toString());
            assertThat(String.join("\n", texts)).doesNotContain("wrong-key-0815");
        }
    }

    @Test
    void afterRepeatedFailuresTheDeviceRateLimitsAndTheRightKeyGetsInAfterWaiting() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).apiKey(KEY)
                .authBlock(1, Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> Collector.collect(config(device).maxSamples(10).apiKey("wrong").build(), new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.AUTH_REFUSED));

            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(10).apiKey(KEY).build(), sink);
            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.events(EventType.RATE_LIMITED)).singleElement().satisfies(e -> assertThat(e.detail())
                    .isEqualTo("the device said RATE_LIMITED (\"Too many failed authentication attempts\") and asked"
                            + " to wait 1 s"));
            assertThat(device.receivedCount("auth")).isEqualTo(3);
            assertKeyAbsent(result.toString(), sink.events().toString());
        }
    }

    @Test
    void aWaitLongerThanTheReconnectTimeoutIsCutToIt() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).apiKey(KEY)
                .authBlock(1, Duration.ofSeconds(30)).build())) {
            assertThatThrownBy(() -> Collector.collect(config(device).maxSamples(10).apiKey("wrong").build(), new InMemorySink()))
                    .isInstanceOf(CollectorException.class);
            InMemorySink sink = new InMemorySink();
            // Still blocked after the bounded wait: the device keeps saying RATE_LIMITED; the user stops it.
            CollectionHandle handle = Collector.start(config(device).apiKey(KEY)
                    .reconnectTimeout(Duration.ofSeconds(1)).untilStopped().build(), sink);
            CollectorTest.awaitCondition(() -> handle.progress().state() == CollectionState.RATE_LIMITED);
            assertThat(handle.progress().waitLeft()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
            CollectorTest.awaitCondition(() -> device.receivedCount("auth") >= 3);
            handle.stop();
            assertThat(handle.await().status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(sink.events(EventType.RATE_LIMITED).get(0).detail())
                    .endsWith("asked to wait 30 s; waiting 1 s, the reconnect timeout");
        }
    }

    @Test
    void messagesOverTheDevicesRateLimitAreSentAgainAfterTheWait() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).rateLimit(2)
                .build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(150).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.events(EventType.RATE_LIMITED)).isNotEmpty();
            // subscribe and device.getInfo got through; the other two were answered after the wait.
            assertThat(result.context().device().rssi()).isEqualTo(-52);
            assertThat(result.context().workload().effectName()).isEqualTo("Ripple");
            assertThat(device.receivedCount("getStatus")).isEqualTo(2);
            assertThat(sink.events(EventType.CONTEXT)).isEmpty();
        }
    }

    @Test
    void aKeyForADeviceWithoutAuthenticationIsHarmless() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).build())) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(config(device).maxSamples(10).apiKey(KEY).build(), sink);
            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.events(EventType.DEVICE_MESSAGE)).extracting(RunEvent::detail)
                    .anySatisfy(d -> assertThat(d).startsWith("the device does not ask for authentication"));
        }
    }

    static void assertKeyAbsent(String... texts) {
        for (String text : texts) {
            assertThat(text).doesNotContain(KEY);
        }
    }
}
