package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.awaitCondition;
import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.SubscribeBehaviour;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a collection can fail to start, each with its clear message, over real sockets. */
class CollectorSubscribeFailureTest {

    @Test
    void theFifthSubscriberIsRejectedSayingTheDeviceAlreadyServesFourClients() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(50).build())) {
            List<CollectionHandle> four = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CollectionHandle c = Collector.start(config(device).build(), new InMemorySink());
                four.add(c);
                awaitCondition(() -> c.progress().state() == CollectionState.STREAMING);
            }
            InMemorySink fifthSink = new InMemorySink();
            assertThatThrownBy(() -> Collector.collect(config(device).build(), fifthSink))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.SUBSCRIBER_TABLE_FULL);
                        assertThat(e.getMessage()).isEqualTo("the device at " + device.url()
                                + " already serves 4 benchmark clients (subscriber table full: RESOURCE_EXHAUSTED"
                                + " \"Subscriber table full\"); close another benchmark client (dashboard, collector,"
                                + " script) and try again");
                    });
            assertThat(fifthSink.size()).isZero();
            for (CollectionHandle c : four) {
                c.stop();
                assertThat(c.await().status()).isEqualTo(RunStatus.INTERRUPTED);
            }
        }
    }

    @Test
    void aFirmwareWithoutTheBenchmarkFeatureFailsSayingSo() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.FEATURE_DISABLED).build())) {
            assertThatThrownBy(() -> Collector.collect(config(device).build(), new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.FEATURE_DISABLED);
                        assertThat(e.getMessage()).contains(device.url())
                                .contains("built without the audio benchmark feature")
                                .contains("Audio benchmark not compiled into this firmware");
                    });
        }
    }

    @Test
    void aDeviceWhoseAudioIsNotReadyFailsSayingSo() throws InterruptedException {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.SYSTEM_NOT_READY).build())) {
            CollectionResult r = Collector.start(config(device).build(), new InMemorySink()).await();
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.failureReason()).isEqualTo(FailureReason.SYSTEM_NOT_READY);
            assertThat(r.failureMessage()).contains("not running yet").contains("try again");
        }
    }

    @Test
    void noReplyToSubscribeFailsAfterTheSubscribeTimeout() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.NO_REPLY).build())) {
            assertThatThrownBy(() -> Collector.collect(config(device).subscribeTimeout(Duration.ofMillis(300)).build(),
                    new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.SUBSCRIBE_TIMEOUT);
                        assertThat(e.getMessage()).isEqualTo("expected a benchmark.subscribed reply from "
                                + device.url() + " within 300 ms, got none; is it a LightwaveOS device with the"
                                + " benchmark feature?");
                    });
            assertThat(device.receivedCount("benchmark.subscribe")).isEqualTo(1);
        }
    }

    @Test
    void aPortWithNobodyListeningIsUnreachable() {
        int port;
        try (DeviceSimulator gone = DeviceSimulator.start()) {
            port = gone.port();
        }
        String url = "ws://127.0.0.1:" + port + "/ws";
        assertThatThrownBy(() -> Collector.collect(CollectorConfig.builder().url(url).untilStopped().build(), new InMemorySink()))
                .isInstanceOfSatisfying(CollectorException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.UNREACHABLE);
                    assertThat(e.getMessage()).startsWith("cannot connect to the device at " + url + ": connection refused");
                });
    }

    @Test
    void aServerThatNeverAnswersTheUpgradeTimesOut() throws Exception {
        // The kernel accepts the TCP connection from the backlog; nobody ever answers it.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "ws://127.0.0.1:" + silent.getLocalPort() + "/ws";
            assertThatThrownBy(() -> Collector.collect(CollectorConfig.builder().url(url).untilStopped()
                    .connectTimeout(Duration.ofMillis(300)).build(), new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.CONNECT_TIMEOUT);
                        assertThat(e.getMessage()).isEqualTo("expected the device at " + url
                                + " to accept a WebSocket connection within 300 ms, got a TCP connection but no"
                                + " WebSocket handshake reply; check that it is powered and on this network");
                    });
        }
    }

    @Test
    void aServerWithoutTheWebSocketPathFailsTheHandshake() {
        try (DeviceSimulator device = DeviceSimulator.start()) {
            String url = "ws://127.0.0.1:" + device.port() + "/nothing-here";
            assertThatThrownBy(() -> Collector.collect(CollectorConfig.builder().url(url).untilStopped().build(), new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.HANDSHAKE_FAILED);
                        assertThat(e.getMessage()).contains("expected a WebSocket endpoint at " + url)
                                .contains("404");
                    });
        }
    }

    @Test
    void wssToAPlainServerFailsTheTlsHandshake() {
        try (DeviceSimulator device = DeviceSimulator.start()) {
            String url = "wss://127.0.0.1:" + device.port() + "/ws";
            assertThatThrownBy(() -> Collector.collect(CollectorConfig.builder().url(url).untilStopped().build(), new InMemorySink()))
                    .isInstanceOfSatisfying(CollectorException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.HANDSHAKE_FAILED);
                        assertThat(e.getMessage()).contains("TLS handshake failed");
                    });
        }
    }
}
