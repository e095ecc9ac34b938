package io.lightwaveos.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.DecodeOutcome;
import io.lightwaveos.bench.frame.FrameDecoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator against PROTOCOL.md, through the JDK's WebSocket client (not our collector). */
class DeviceSimulatorTest {

    @Test
    void subscribeIsAnsweredAsTheProtocolSaysAndFramesFollowOnlyForSubscribers() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(500).build());
             JdkWebSocketClient subscriber = new JdkWebSocketClient(device.url());
             JdkWebSocketClient bystander = new JdkWebSocketClient(device.url())) {
            subscriber.send("{\"type\":\"benchmark.subscribe\",\"requestId\":\"r1\"}");
            JsonNode reply = subscriber.nextText();
            assertThat(reply.path("type").asText()).isEqualTo("benchmark.subscribed");
            assertThat(reply.path("success").asBoolean()).isTrue();
            assertThat(reply.path("requestId").asText()).isEqualTo("r1");
            JsonNode data = reply.path("data");
            assertThat(data.path("clientId").asLong()).isPositive();
            assertThat(data.path("frameSize").asInt()).isEqualTo(32);
            assertThat(data.path("targetFps").asInt()).isEqualTo(500);
            assertThat(data.path("magicByte").asInt()).isZero();
            assertThat(data.path("accepted").asBoolean()).isTrue();

            List<BenchmarkFrame> frames = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                frames.add(decode(subscriber.nextBinary()));
            }
            for (int i = 1; i < frames.size(); i++) {
                assertThat(frames.get(i).timestampMs() - frames.get(i - 1).timestampMs()).isEqualTo(100);
            }
            // Frames of one emission go to every subscriber at once: none went to the bystander.
            assertThat(bystander.binaries).isEmpty();
            assertThat(device.stats().subscribers()).isEqualTo(1);
            assertThat(device.stats().connections()).isEqualTo(2);
            assertThat(device.received()).extracting(ReceivedCommand::type).containsExactly("benchmark.subscribe");
        }
    }

    @Test
    void startStopGetAndUnsubscribeAreAnsweredWithTheirData() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send("{\"type\":\"benchmark.subscribe\",\"requestId\":\"sub\"}");
            long clientId = client.nextText().path("data").path("clientId").asLong();
            BenchmarkFrame first = decode(client.nextBinary());
            assertThat(first.flags().streamingActive()).isFalse();
            assertThat(first.flags().benchmarkEnabled()).isTrue();

            client.send("{\"type\":\"benchmark.start\",\"requestId\":\"s\"}");
            JsonNode started = client.nextText();
            assertThat(started.path("type").asText()).isEqualTo("benchmark.started");
            assertThat(started.path("requestId").asText()).isEqualTo("s");
            assertThat(started.path("data").path("active").asBoolean()).isTrue();
            BenchmarkFrame previous = first;
            BenchmarkFrame next = decode(client.nextBinary());
            while (next.hopCount() >= previous.hopCount()) {
                assertThat(next.flags().streamingActive()).isFalse();
                previous = next;
                next = decode(client.nextBinary());
            }
            // The reset shows as the hop counter starting again, with STREAMING_ACTIVE set.
            assertThat(next.flags().streamingActive()).isTrue();
            assertThat(next.timestampMs()).isEqualTo(previous.timestampMs() + 100);

            client.send("{\"type\":\"benchmark.get\",\"requestId\":\"g\"}");
            JsonNode stats = nextOfType(client, "benchmark.stats");
            assertThat(stats.path("requestId").asText()).isEqualTo("g");
            assertThat(stats.path("data").fieldNames()).toIterable().containsExactly("streaming", "avgTotalUs",
                    "avgGoertzelUs", "avgDcAgcUs", "avgChromaUs", "peakTotalUs", "cpuLoadPercent", "hopCount");

            client.send("{\"type\":\"benchmark.stop\",\"requestId\":\"t\"}");
            JsonNode stopped = nextOfType(client, "benchmark.stopped");
            assertThat(stopped.path("data").path("active").asBoolean()).isFalse();
            assertThat(stopped.path("data").path("results").fieldNames()).toIterable()
                    .containsExactly("avgTotalUs", "avgGoertzelUs", "cpuLoadPercent", "hopCount", "peakTotalUs");

            client.send("{\"type\":\"benchmark.unsubscribe\",\"requestId\":\"u\"}");
            JsonNode unsubscribed = nextOfType(client, "benchmark.unsubscribed");
            assertThat(unsubscribed.path("data").path("clientId").asLong()).isEqualTo(clientId);
            assertThat(device.stats().subscribers()).isZero();

            client.send("{\"type\":\"benchmark.dance\",\"requestId\":\"d\"}");
            JsonNode error = nextOfType(client, "error");
            assertThat(error.path("success").asBoolean()).isFalse();
            assertThat(error.path("requestId").asText()).isEqualTo("d");
            assertThat(error.path("error").path("code").asText()).isEqualTo("UNKNOWN_COMMAND");
        }
    }

    @Test
    void theFifthSubscriberIsRejectedBecauseTheTableIsFull() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(10).build())) {
            List<JdkWebSocketClient> clients = new ArrayList<>();
            try {
                for (int i = 1; i <= 5; i++) {
                    JdkWebSocketClient c = new JdkWebSocketClient(device.url());
                    clients.add(c);
                    c.send("{\"type\":\"benchmark.subscribe\",\"requestId\":\"c" + i + "\"}");
                    JsonNode reply = c.nextText();
                    if (i <= 4) {
                        assertThat(reply.path("type").asText()).isEqualTo("benchmark.subscribed");
                    } else {
                        assertThat(reply.toString()).isEqualTo("{\"type\":\"benchmark.rejected\",\"success\":false,"
                                + "\"requestId\":\"c5\",\"error\":{\"code\":\"RESOURCE_EXHAUSTED\","
                                + "\"message\":\"Subscriber table full\"}}");
                    }
                }
            } finally {
                clients.forEach(JdkWebSocketClient::close);
            }
        }
    }

    @Test
    void deviceStatusSaysTheConfiguredVitalsAndALeakLowersTheFreeHeapWithEveryAnswer() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .vitals(VitalsOptions.DEFAULT.withFps(57.5).withFreeHeap(200_000).withCpuPercent(42).withHeapLeak(1000))
                .build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send("{\"type\":\"device.getStatus\",\"requestId\":\"v1\"}");
            JsonNode first = client.nextText();
            assertThat(first.path("type").asText()).isEqualTo("device.status");
            assertThat(first.path("success").asBoolean()).isTrue();
            assertThat(first.path("requestId").asText()).isEqualTo("v1");
            JsonNode data = first.path("data");
            assertThat(data.path("fps").doubleValue()).isEqualTo(57.5);
            assertThat(data.path("cpuPercent").isIntegralNumber()).isTrue();
            assertThat(data.path("cpuPercent").asInt()).isEqualTo(42);
            assertThat(data.path("freeHeap").asLong()).isEqualTo(200_000);
            assertThat(data.path("heapSize").asLong()).isEqualTo(327_680);
            assertThat(data.path("cpuFreq").asInt()).isEqualTo(240);
            assertThat(data.path("uptime").isIntegralNumber()).isTrue();
            assertThat(data.path("framesRendered").isIntegralNumber()).isTrue();
            assertThat(data.path("network").path("rssi").asInt()).isEqualTo(-52);
            assertThat(data.path("network").path("connected").asBoolean()).isTrue();

            client.send("{\"type\":\"device.getStatus\",\"requestId\":\"v2\"}");
            assertThat(client.nextText().path("data").path("freeHeap").asLong()).isEqualTo(199_000);
            client.send("{\"type\":\"getStatus\",\"requestId\":\"s\"}");
            JsonNode status = client.nextText();
            assertThat(status.path("freeHeap").asLong()).isEqualTo(198_000);
            assertThat(status.path("fps").doubleValue()).isEqualTo(57.5);
            assertThat(status.path("cpuPercent").asInt()).isEqualTo(42);
        }
    }

    @Test
    void deviceStatusCanGoUnansweredBeRefusedOrSayNothingUsable() throws Exception {
        String ask = "{\"type\":\"device.getStatus\",\"requestId\":\"v\"}";
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(DeviceStatusBehaviour.NO_REPLY)).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send(ask);
            client.send("{\"type\":\"device.getInfo\",\"requestId\":\"i\"}");
            // The device answers in order: the next text answers the second request.
            assertThat(client.nextText().path("type").asText()).isEqualTo("device.info");
            assertThat(device.receivedCount("device.getStatus")).isEqualTo(1);
        }
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(DeviceStatusBehaviour.ERROR)).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send(ask);
            JsonNode reply = client.nextText();
            assertThat(reply.path("type").asText()).isEqualTo("error");
            assertThat(reply.path("success").asBoolean()).isFalse();
            assertThat(reply.path("requestId").asText()).isEqualTo("v");
            assertThat(reply.path("error").path("code").asText()).isEqualTo("UNKNOWN_COMMAND");
        }
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(DeviceStatusBehaviour.MALFORMED)).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send(ask);
            JsonNode data = client.nextText().path("data");
            assertThat(data.path("fps").isTextual()).isTrue();
            assertThat(data.path("freeHeap").isTextual()).isTrue();
            assertThat(data.path("cpuPercent").asInt()).isNegative();
        }
    }

    @Test
    void featureDisabledIsAnErrorWithoutRequestId() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.FEATURE_DISABLED).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send("{\"type\":\"benchmark.subscribe\",\"requestId\":\"x\"}");
            JsonNode reply = client.nextText();
            assertThat(reply.path("type").asText()).isEqualTo("error");
            assertThat(reply.has("requestId")).isFalse();
            assertThat(reply.path("error").path("code").asText()).isEqualTo("FEATURE_DISABLED");
        }
    }

    @Test
    void aStatusEventGreetsEachConnectionWhenAsked() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().statusEventOnConnect(true).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            JsonNode status = client.nextText();
            assertThat(status.path("type").asText()).isEqualTo("status");
            assertThat(status.has("requestId")).isFalse();
            assertThat(device.stats().textEventsSent()).isEqualTo(1);
        }
    }

    @Test
    void otherPathsAreNotFound() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + device.host() + ":" + device.port() + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("/ws");
        }
    }

    @Test
    void replayedMessagesGoOutVerbatimAndInOrder() throws Exception {
        byte[] a = {1, 2, 3};
        byte[] b = new byte[40];
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000)
                .replay(List.of(SimMessage.binary(a), SimMessage.text("{\"type\":\"x\"}"), SimMessage.binary(b))).build());
             JdkWebSocketClient client = new JdkWebSocketClient(device.url())) {
            client.send("{\"type\":\"benchmark.subscribe\"}");
            assertThat(client.nextText().path("type").asText()).isEqualTo("benchmark.subscribed");
            assertThat(client.nextBinary()).containsExactly(a);
            assertThat(client.nextText().path("type").asText()).isEqualTo("x");
            assertThat(client.nextBinary()).containsExactly(b);
            assertThat(device.stats().badLengthSent()).isEqualTo(1);
            assertThat(device.stats().foreignSent()).isEqualTo(1);
            assertThat(device.stats().textEventsSent()).isEqualTo(1);
        }
    }

    @Test
    void aTakenPortIsReportedClearly() {
        try (DeviceSimulator first = DeviceSimulator.start()) {
            assertThatThrownBy(() -> DeviceSimulator.start(SimulatorConfig.builder().port(first.port()).build()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
        }
    }

    private static BenchmarkFrame decode(byte[] bytes) {
        return ((DecodeOutcome.Decoded) FrameDecoder.decode(bytes)).frame();
    }

    private static JsonNode nextOfType(JdkWebSocketClient client, String type) throws Exception {
        while (true) {
            JsonNode n = client.nextText();
            if (n.path("type").asText().equals(type)) {
                return n;
            }
        }
    }
}
