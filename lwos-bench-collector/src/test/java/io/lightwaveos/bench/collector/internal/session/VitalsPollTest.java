package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.DeviceVitals;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The session's polling of the device's vitals, driven without a socket in virtual time. */
class VitalsPollTest {

    private static final String STATUS = "device.getStatus";

    private final ScriptedEnvironment env = new ScriptedEnvironment();
    private final List<Object> delivered = new ArrayList<>();
    private HandOffQueue queue;
    private Session session;

    @Test
    void pollsRightAfterSubscribingThenEveryIntervalWithOneRequestInFlight() {
        streaming(config().vitalsEvery(Duration.ofSeconds(2)).subscribeTimeout(Duration.ofSeconds(5)));
        assertThat(polls()).isEqualTo(1);
        env.advance(Duration.ofMillis(1999));
        assertThat(polls()).isEqualTo(1);
        // Due, but the first is still unanswered (and not yet timed out): skipped.
        env.advance(Duration.ofMillis(1));
        assertThat(polls()).isEqualTo(1);
        answer(60, 1000, 30);
        env.advance(Duration.ofSeconds(2));
        assertThat(polls()).isEqualTo(2);
        answer(60, 1000, 30);
        env.advance(Duration.ofSeconds(2));
        assertThat(polls()).isEqualTo(3);
        assertThat(vitalsEvents()).isEmpty();
    }

    @Test
    void answersBecomeFpsAndCpuRepeatsAndTheLowestFreeHeap() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)));
        answer(60, 120_000, 30);
        env.advance(Duration.ofSeconds(1));
        answer(58.5, 90_000, 40.25);
        env.advance(Duration.ofSeconds(1));
        answer(61, 95_000, 35);
        session.requestStop();
        unsubscribed();

        CollectionResult r = result();
        MeasureSet m = r.measures();
        assertThat(m.measures()).extracting(Measure::name)
                .containsExactly(DeviceVitals.FPS, DeviceVitals.FREE_HEAP_MIN, DeviceVitals.CPU);
        Measure fps = m.get("device", "device_fps").orElseThrow();
        assertThat(fps.values()).containsExactly(60, 58.5, 61);
        assertThat(fps.unit()).isEqualTo("fps");
        assertThat(fps.direction()).hasValue(Direction.HIGHER_IS_BETTER);
        Measure heap = m.get("device", "free_heap_min_bytes").orElseThrow();
        assertThat(heap.values()).containsExactly(90_000);
        assertThat(heap.unit()).isEqualTo("bytes");
        assertThat(heap.direction()).hasValue(Direction.HIGHER_IS_BETTER);
        Measure cpu = m.get("device", "device_cpu_percent").orElseThrow();
        assertThat(cpu.values()).containsExactly(30, 40.25, 35);
        assertThat(cpu.unit()).isEqualTo("%");
        assertThat(cpu.direction()).hasValue(Direction.LOWER_IS_BETTER);
        // The sink gets the same set once, before the end.
        assertThat(drain().stream().filter(MeasureSet.class::isInstance).toList()).containsExactly(m);
        assertThat(vitalsEvents()).isEmpty();
    }

    @Test
    void anUnansweredPollCostsAnEventNotTheRunAndPollingGoesOn() {
        streaming(config().vitalsEvery(Duration.ofSeconds(2)).subscribeTimeout(Duration.ofSeconds(1)));
        env.advance(Duration.ofSeconds(1));
        assertThat(vitalsEvents()).singleElement().asString()
                .contains("device vitals: no reply to device.getStatus within 1 s; polling goes on");
        env.advance(Duration.ofSeconds(1));
        assertThat(polls()).isEqualTo(2);
        env.advance(Duration.ofSeconds(1));
        // The second failure in a row is counted, not recorded again.
        assertThat(vitalsEvents()).hasSize(1);
        env.advance(Duration.ofSeconds(1));
        answer(50, 2000, 20);
        assertThat(vitalsEvents()).last().asString().contains("device.getStatus answered again after 2 failed polls");
        session.requestStop();
        unsubscribed();

        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(r.measures().get("device", "device_fps").orElseThrow().values()).containsExactly(50);
        assertThat(vitalsEvents()).last().asString()
                .contains("device vitals: 2 of 3 polls of device.getStatus failed (the last: no reply");
    }

    @Test
    void aRefusalAndAnAnswerWithoutUsableNumbersAreEventsAndTheUsableFieldsStillCount() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)));
        session.onText("{\"type\":\"error\",\"success\":false,\"requestId\":\"" + env.lastRequestId(STATUS)
                + "\",\"error\":{\"code\":\"UNKNOWN_COMMAND\",\"message\":\"unknown command\"}}");
        assertThat(vitalsEvents()).singleElement().asString()
                .contains("device vitals: device.getStatus refused: UNKNOWN_COMMAND \"unknown command\"; polling goes on");
        env.advance(Duration.ofSeconds(1));
        session.onText(reply("device.status", env.lastRequestId(STATUS),
                "{\"fps\":\"fast\",\"freeHeap\":4096,\"cpuPercent\":-3}"));
        env.advance(Duration.ofSeconds(1));
        session.onText(reply("device.info", env.lastRequestId(STATUS), "{}"));
        session.requestStop();
        unsubscribed();

        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED);
        // Only the free heap was ever usable: the others are absent, not 0.
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly("free_heap_min_bytes");
        assertThat(r.measures().get("device", "free_heap_min_bytes").orElseThrow().value(0)).isEqualTo(4096);
        assertThat(vitalsEvents()).last().asString().contains("3 of 3 polls of device.getStatus failed"
                + " (the last: device.getStatus answered with device.info, expected device.status)");
    }

    @Test
    void aMalformedAnswerNamesWhatIsWrongWithIt() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)));
        session.onText(reply("device.status", env.lastRequestId(STATUS), "{\"fps\":\"fast\",\"cpuPercent\":-3}"));
        assertThat(vitalsEvents()).singleElement().asString().contains(
                "device vitals: device.status without a usable fps (\"fast\"), freeHeap (absent), cpuPercent (-3)");
    }

    @Test
    void zeroTurnsPollingOff() {
        streaming(config().vitalsEvery(Duration.ZERO));
        env.advance(Duration.ofMinutes(1));
        session.requestStop();
        unsubscribed();
        // The one device.getStatus is the run context's, sent with the subscribe.
        assertThat(env.sentTypes()).containsOnlyOnce(STATUS);
        assertThat(result().measures().isEmpty()).isTrue();
        assertThat(drain()).noneMatch(MeasureSet.class::isInstance);
    }

    @Test
    void theDefaultIsEveryFiveSeconds() {
        streaming(config());
        env.advance(Duration.ofMillis(100));
        answer(60, 1000, 30);
        env.advance(Duration.ofMillis(4899));
        assertThat(polls()).isEqualTo(1);
        env.advance(Duration.ofMillis(1));
        assertThat(polls()).isEqualTo(2);
    }

    @Test
    void aDropEndsThePollInFlightWithoutAnEventAndTheResubscribePollsAgain() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)).subscribeTimeout(Duration.ofSeconds(1)));
        session.onDisconnected("the device closed the connection");
        env.advance(Duration.ofMillis(500));
        session.onConnected();
        assertThat(polls()).isEqualTo(1);
        subscribed();
        assertThat(polls()).isEqualTo(2);
        answer(60, 1000, 30);
        // Past the moment the poll lost in the drop would have timed out.
        env.advance(Duration.ofMillis(800));
        assertThat(vitalsEvents()).isEmpty();
    }

    @Test
    void aRateLimitedPollIsNoFailureAndNothingIsPolledDuringTheWait() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)).subscribeTimeout(Duration.ofSeconds(1)));
        session.onText("{\"type\":\"error\",\"success\":false,\"requestId\":\"" + env.lastRequestId(STATUS)
                + "\",\"error\":{\"code\":\"RATE_LIMITED\",\"message\":\"slow down\",\"retryAfter\":3}}");
        assertThat(events(EventType.RATE_LIMITED)).hasSize(1);
        env.advance(Duration.ofMillis(2999));
        assertThat(polls()).isEqualTo(1);
        env.advance(Duration.ofSeconds(1));
        assertThat(polls()).isEqualTo(2);
        assertThat(vitalsEvents()).isEmpty();
    }

    @Test
    void anAnswerStillOnItsWayWhenTheCollectionEndsCounts() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)));
        String id = env.lastRequestId(STATUS);
        session.requestStop();
        session.onText(reply("device.status", id, "{\"fps\":59,\"freeHeap\":777,\"cpuPercent\":12}"));
        env.advance(Duration.ofSeconds(3));
        unsubscribed();
        assertThat(polls()).isEqualTo(1);
        assertThat(result().measures().get("device", "free_heap_min_bytes").orElseThrow().value(0)).isEqualTo(777);
    }

    @Test
    void aDeviceThatFailsOnAndOffCostsAFewEventsNotOnePerPoll() {
        streaming(config().vitalsEvery(Duration.ofSeconds(1)).subscribeTimeout(Duration.ofMillis(500)));
        for (int i = 0; i < 30; i++) {
            env.advance(Duration.ofSeconds(1)); // unanswered: fails at 0.5 s
            answer(60, 1000, 30);
            env.advance(Duration.ofSeconds(1));
        }
        session.requestStop();
        unsubscribed();
        List<String> details = vitalsEvents().stream().map(RunEvent::detail).toList();
        assertThat(details).hasSize(VitalsPoll.MAX_STREAK_EVENTS + 1);
        assertThat(details.get(VitalsPoll.MAX_STREAK_EVENTS - 1)).endsWith("(further failures are only counted)");
        assertThat(details.get(VitalsPoll.MAX_STREAK_EVENTS)).contains("30 of 60 polls of device.getStatus failed");
    }

    // ---------------------------------------------------------------- helpers

    private CollectorConfig.Builder config() {
        // No frames flow in these scripts: the idle watch must not drop the connection.
        return CollectorConfig.builder().url("ws://device.test/ws").reconnectJitter(0).idleTimeout(Duration.ofHours(1))
                .untilStopped();
    }

    /** Starts a session and brings it to streaming: connected, the run context answered, subscribed. */
    private void streaming(CollectorConfig.Builder builder) {
        CollectorConfig config = builder.build();
        queue = new HandOffQueue(config.lowWatermark(), config.highWatermark(), env);
        session = new Session(config, env, queue, new SplittableRandom(7));
        session.start();
        session.onConnected();
        session.onText(reply("device.info", env.lastRequestId("device.getInfo"), "{\"chipModel\":\"ESP32-S3\"}"));
        session.onText(reply("device.status", env.lastRequestId(STATUS), "{\"freeHeap\":5000}"));
        session.onText("{\"type\":\"status\",\"requestId\":\"" + env.lastRequestId("getStatus")
                + "\",\"effectId\":7,\"effectName\":\"Ripple\"}");
        subscribed();
    }

    private void subscribed() {
        session.onText(reply("benchmark.subscribed", env.lastRequestId("benchmark.subscribe"), "{\"clientId\":7}"));
    }

    private void unsubscribed() {
        session.onText(reply("benchmark.unsubscribed", env.lastRequestId("benchmark.unsubscribe"), "{}"));
    }

    /** Answers the last {@code device.getStatus} sent. */
    private void answer(double fps, long freeHeap, double cpuPercent) {
        session.onText(reply("device.status", env.lastRequestId(STATUS), "{\"uptime\":12,\"freeHeap\":" + freeHeap
                + ",\"heapSize\":327680,\"cpuFreq\":240,\"fps\":" + fps + ",\"cpuPercent\":" + cpuPercent
                + ",\"framesRendered\":1440,\"network\":{\"connected\":true,\"rssi\":-50}}"));
    }

    /** The vitals polls sent: every {@code device.getStatus} but the run context's (first connection only). */
    private long polls() {
        return env.sentTypes().stream().filter(STATUS::equals).count() - 1;
    }

    private static String reply(String type, String requestId, String data) {
        return "{\"type\":\"" + type + "\",\"success\":true,\"requestId\":\"" + requestId + "\",\"data\":" + data + "}";
    }

    private List<Object> drain() {
        while (queue.depth() > 0) {
            try {
                List<Object> batch = queue.take();
                delivered.addAll(batch);
                queue.delivered(batch.size());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return delivered;
    }

    private List<RunEvent> events(EventType type) {
        return drain().stream().filter(RunEvent.class::isInstance).map(RunEvent.class::cast)
                .filter(e -> e.type() == type).toList();
    }

    private List<RunEvent> vitalsEvents() {
        return events(EventType.DEVICE_MESSAGE).stream().filter(e -> e.detail().startsWith("device vitals: ")).toList();
    }

    private CollectionResult result() {
        return drain().stream().filter(SessionEnd.class::isInstance).map(o -> ((SessionEnd) o).result())
                .findFirst().orElseThrow(() -> new AssertionError("the session has not ended; state "
                        + session.progress().state()));
    }
}
