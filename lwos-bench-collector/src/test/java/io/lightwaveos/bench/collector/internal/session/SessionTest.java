package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.CollectionState;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.StopReason;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The session's logic, driven without a socket in virtual time. */
class SessionTest {

    private static final String URL = "ws://device.test/ws";

    private final ScriptedEnvironment env = new ScriptedEnvironment();
    private final List<Object> delivered = new ArrayList<>();
    private HandOffQueue queue;
    private Session session;

    // ---------------------------------------------------------------- subscribe

    @Test
    void subscribesOnConnectAndTurnsFramesIntoSamplesInOrder() {
        start(config());
        assertThat(env.connects).isEqualTo(1);
        assertThat(session.progress().state()).isEqualTo(CollectionState.CONNECTING);

        session.onConnected();
        assertThat(env.sentTypes()).containsExactly("benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus");
        assertThat(session.progress().state()).isEqualTo(CollectionState.SUBSCRIBING);
        session.onText(reply("benchmark.subscribed", env.lastRequestId("benchmark.subscribe"), "{\"clientId\":7}"));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);

        frames(1000, 1100, 1200);
        List<Sample> samples = samples();
        assertThat(samples).extracting(Sample::seq).containsExactly(0L, 1L, 2L);
        assertThat(samples).extracting(s -> s.frame().timestampMs()).containsExactly(1000L, 1100L, 1200L);
        assertThat(samples.get(0).receivedAtMicros()).isGreaterThanOrEqualTo(ScriptedEnvironment.EPOCH_MICROS);
        assertThat(events()).extracting(RunEvent::type).containsExactly(EventType.CONNECTED, EventType.SUBSCRIBED);
        assertThat(events().get(1).detail()).contains("clientId 7");
        assertThat(session.progress().samples()).isEqualTo(3);
        assertThat(session.progress().latestFrame().timestampMs()).isEqualTo(1200);
    }

    @Test
    void resetStatsSendsStartBeforeSubscribeAndWaitsForBothReplies() {
        start(config().resetStats(true));
        session.onConnected();
        assertThat(env.sentTypes()).containsExactly("benchmark.start", "benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus");
        session.onText(reply("benchmark.subscribed", env.lastRequestId("benchmark.subscribe"), "{\"clientId\":1}"));
        assertThat(session.progress().state()).isEqualTo(CollectionState.SUBSCRIBING);
        session.onText(reply("benchmark.started", env.lastRequestId("benchmark.start"), "{\"active\":true}"));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
        assertThat(events().get(1).detail()).contains("statistics reset");
    }

    @Test
    void aDeviceThatSubscribesButIgnoresStartIsCollectedFromWithAWarningThatTheResetWasNotAcknowledged() {
        start(config().resetStats(true).subscribeTimeout(Duration.ofSeconds(2)).maxSamples(2));
        session.onConnected();
        session.onText(reply("benchmark.subscribed", env.lastRequestId("benchmark.subscribe"), "{\"clientId\":1}"));
        env.advance(Duration.ofSeconds(2));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
        frames(1000, 1100);
        env.advance(Duration.ofSeconds(2)); // the device ignores the unsubscribe too
        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(r.sampleCount()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().asString()
                .contains("did not acknowledge benchmark.start").contains("within 2 s").contains("may not have been reset");
        assertThat(r.events()).extracting(RunEvent::detail).anyMatch(d -> d.contains("did not acknowledge"))
                .noneMatch(d -> d.contains("statistics reset first"));
    }

    @Test
    void rejectedSubscribeFailsSayingTheDeviceAlreadyServesFourClients() {
        start(config());
        session.onConnected();
        session.onText("{\"type\":\"benchmark.rejected\",\"success\":false,\"requestId\":\""
                + env.lastRequestId("benchmark.subscribe")
                + "\",\"error\":{\"code\":\"RESOURCE_EXHAUSTED\",\"message\":\"Subscriber table full\"}}");
        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.FAILED);
        assertThat(r.failureReason()).isEqualTo(FailureReason.SUBSCRIBER_TABLE_FULL);
        assertThat(r.failureMessage()).contains(URL).contains("already serves 4 benchmark clients")
                .contains("Subscriber table full");
        assertThat(env.closes).isEqualTo(1);
    }

    @Test
    void featureDisabledErrorWithoutRequestIdFailsWithWhatItMeans() {
        start(config());
        session.onConnected();
        session.onText("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"FEATURE_DISABLED\",\"message\":\"no\"}}");
        CollectionResult r = result();
        assertThat(r.failureReason()).isEqualTo(FailureReason.FEATURE_DISABLED);
        assertThat(r.failureMessage()).contains("built without the audio benchmark feature");
    }

    @Test
    void systemNotReadyOnFirstSubscribeFails() {
        start(config());
        session.onConnected();
        session.onText("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"SYSTEM_NOT_READY\",\"message\":\"wait\"}}");
        assertThat(result().failureReason()).isEqualTo(FailureReason.SYSTEM_NOT_READY);
        assertThat(result().failureMessage()).contains("audio pipeline is not running yet");
    }

    @Test
    void subscribeTimeoutFailsAfterTheConfiguredWait() {
        start(config().subscribeTimeout(Duration.ofSeconds(2)));
        session.onConnected();
        env.advance(Duration.ofMillis(1999));
        assertThat(session.progress().state()).isEqualTo(CollectionState.SUBSCRIBING);
        env.advance(Duration.ofMillis(1));
        CollectionResult r = result();
        assertThat(r.failureReason()).isEqualTo(FailureReason.SUBSCRIBE_TIMEOUT);
        assertThat(r.failureMessage()).contains("within 2 s");
    }

    @Test
    void repliesToOthersAndDeviceEventsAreIgnoredAndCounted() {
        start(config());
        session.onConnected();
        session.onText("{\"type\":\"status\",\"data\":{}}");
        session.onText(reply("benchmark.subscribed", "someone-else-1", "{\"clientId\":3}"));
        session.onText("not json at all");
        session.onText("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"OTHER\"}}");
        assertThat(session.progress().state()).isEqualTo(CollectionState.SUBSCRIBING);
        subscribeReply();
        session.onText("{\"type\":\"led.frame\"}");
        assertThat(session.progress().textMessagesIgnored()).isEqualTo(5);
    }

    @Test
    void initialConnectFailureFailsAtOnceWithoutRetrying() {
        start(config());
        session.onConnectFailed(FailureReason.UNREACHABLE, "connection refused: device.test/10.0.0.5:80");
        CollectionResult r = result();
        assertThat(r.failureReason()).isEqualTo(FailureReason.UNREACHABLE);
        assertThat(r.failureMessage()).contains("cannot connect to the device at " + URL).contains("connection refused");
        assertThat(env.connects).isEqualTo(1);
    }

    // ---------------------------------------------------------------- frames

    @Test
    void malformedAndForeignMessagesAreCountedByReasonAndNeverBecomeSamples() {
        start(config());
        session.onConnected();
        subscribeReply();
        byte[] good = FrameEncoder.encode(frameOf(1000, 50));
        byte[] foreign = good.clone();
        foreign[0] = 'X';
        byte[] nan = good.clone();
        nan[8] = 0;
        nan[9] = 0;
        nan[10] = (byte) 0xC0;
        nan[11] = (byte) 0x7F;
        binary(foreign);
        binary(Arrays.copyOf(good, 33));
        binary(new byte[2]);
        binary(nan);
        binary(good);
        session.onReadComplete();
        assertThat(samples()).hasSize(1);
        RunCounters c = session.progress().counters();
        assertThat(c.framesForeign()).isEqualTo(1);
        assertThat(c.framesMalformed()).containsEntry(RejectReason.BAD_LENGTH, 2L)
                .containsEntry(RejectReason.NON_FINITE, 1L);
    }

    @Test
    void gapsRebootsAndStatsResetsBecomeEventsAndCounters() {
        start(config());
        session.onConnected();
        subscribeReply();
        frame(1000, 500);
        frame(1100, 505);
        frame(1600, 530);   // 4 frames lost
        frame(1700, 3);     // stats reset
        frame(200, 0);      // reboot
        frame(300, 5);
        session.onReadComplete();
        assertThat(samples()).hasSize(6);
        RunCounters c = session.progress().counters();
        assertThat(c.gaps()).isEqualTo(1);
        assertThat(c.framesLostEstimate()).isEqualTo(4);
        assertThat(c.reboots()).isEqualTo(1);
        assertThat(session.progress().statsResets()).isEqualTo(1);
        assertThat(events()).extracting(RunEvent::type).containsSubsequence(
                EventType.GAP, EventType.STATS_RESET, EventType.REBOOT);
        assertThat(events(EventType.GAP).get(0).detail()).contains("500 ms").contains("~4 frames lost");
        // The gap event arrives before the sample that revealed it.
        int gapAt = delivered.indexOf(events(EventType.GAP).get(0));
        Object next = delivered.get(gapAt + 1);
        assertThat(next).isInstanceOf(Sample.class);
        assertThat(((Sample) next).frame().timestampMs()).isEqualTo(1600);
    }

    @Test
    void aClockSteppingBackOnEveryFrameMakesTwoRebootEventsNotOnePerFrame() {
        start(config());
        session.onConnected();
        subscribeReply();
        int frames = 20_000;
        for (int i = 0; i < frames; i++) {
            frame(i % 2 == 0 ? 5000 : 100, i);   // timestampMs steps back on every other frame
        }
        session.onReadComplete();
        assertThat(session.progress().counters().reboots()).isEqualTo(frames / 2);
        List<RunEvent> reboots = events(EventType.REBOOT);
        assertThat(reboots).hasSize(1);
        session.requestStop();
        session.onDisconnected("closed by the device");
        List<RunEvent> all = result().events().stream().filter(e -> e.type() == EventType.REBOOT).toList();
        assertThat(all).hasSize(2);
        assertThat(all.get(1).detail()).startsWith(String.format(java.util.Locale.ROOT, "%,d", frames / 2 - 1)
                + " more reboot events from ").contains("; the last: timestampMs stepped back from 5000 to 100");
    }

    @Test
    void eventsOfManyTypesStopAtTheCapAndTheStoppedEventSaysHowManyWereLeftOut() {
        EventLog log = new EventLog();
        java.time.Instant t = java.time.Instant.parse("2026-11-26T10:00:00Z");
        int written = 0;
        for (int i = 0; i < 3 * EventLog.MAX_EVENTS; i++) {
            // 2 s apart: never folded, so only the cap bounds them
            written += log.add(t.plusSeconds(2L * i), i % 2 == 0 ? EventType.GAP : EventType.RECONNECTED, "x").size();
        }
        assertThat(written).isEqualTo(EventLog.MAX_EVENTS);
        assertThat(log.overflowNote()).isEqualTo("2,000 more events not kept after the first 1000 (reconnected 1,000, gap 1,000)");
    }

    // ---------------------------------------------------------------- stopping

    @Test
    void sampleLimitStopsAtExactlyThatManyAndUnsubscribesThenCloses() {
        start(config().maxSamples(3));
        session.onConnected();
        subscribeReply();
        frames(1000, 1100, 1200, 1300, 1400);
        // The second device.getStatus is the first vitals poll, sent once streaming begins.
        assertThat(env.sentTypes()).containsExactly("benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus",
                "device.getStatus", "benchmark.unsubscribe");
        assertThat(session.progress().state()).isEqualTo(CollectionState.STOPPING);
        session.onText(reply("benchmark.unsubscribed", env.lastRequestId("benchmark.unsubscribe"), "{\"clientId\":7}"));
        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(r.stopReason()).isEqualTo(StopReason.SAMPLE_LIMIT_REACHED);
        assertThat(r.sampleCount()).isEqualTo(3);
        assertThat(samples()).hasSize(3);
        assertThat(env.closes).isEqualTo(1);
        assertThat(r.events().get(r.events().size() - 1).type()).isEqualTo(EventType.STOPPED);
    }

    @Test
    void durationCountsFromTheFirstSubscribeAndCompletes() {
        start(config().duration(Duration.ofSeconds(10)));
        env.advance(Duration.ofSeconds(3));
        session.onConnected();
        subscribeReply();
        env.advance(Duration.ofMillis(9999));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
        // Keep the connection from counting as idle while virtual time passes.
        frames(1000);
        env.advance(Duration.ofMillis(1));
        assertThat(env.sentTypes()).endsWith("benchmark.unsubscribe");
        session.onText(reply("benchmark.unsubscribed", env.lastRequestId("benchmark.unsubscribe"), "{}"));
        assertThat(result().stopReason()).isEqualTo(StopReason.DURATION_REACHED);
        assertThat(result().status()).isEqualTo(RunStatus.COMPLETE);
    }

    @Test
    void externalStopSendsStopAndUnsubscribeAndKeepsTheDeviceResults() {
        start(config().sendStop(true));
        session.onConnected();
        subscribeReply();
        frames(1000, 1100);
        session.requestStop();
        assertThat(env.sentTypes()).containsExactly("benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus",
                "device.getStatus", "benchmark.stop", "benchmark.unsubscribe");
        session.onText(reply("benchmark.stopped", env.lastRequestId("benchmark.stop"),
                "{\"active\":false,\"results\":{\"avgTotalUs\":151.5,\"hopCount\":12345,\"note\":\"x\"}}"));
        session.onText(reply("benchmark.unsubscribed", env.lastRequestId("benchmark.unsubscribe"), "{}"));
        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(r.stopReason()).isEqualTo(StopReason.STOPPED_BY_CALLER);
        assertThat(r.deviceResults()).containsExactly(
                java.util.Map.entry("avgTotalUs", 151.5), java.util.Map.entry("hopCount", 12345.0));
        assertThat(r.sampleCount()).isEqualTo(2);
    }

    @Test
    void unansweredUnsubscribeClosesAfterTheReplyTimeout() {
        start(config().subscribeTimeout(Duration.ofSeconds(1)));
        session.onConnected();
        subscribeReply();
        session.requestStop();
        env.advance(Duration.ofMillis(999));
        assertThat(env.closes).isZero();
        env.advance(Duration.ofMillis(1));
        assertThat(env.closes).isEqualTo(1);
        assertThat(result().events()).extracting(RunEvent::detail)
                .anyMatch(d -> d.contains("no reply to benchmark.unsubscribe"));
    }

    @Test
    void stopWhileConnectingEndsInterruptedWithoutSendingAnything() {
        start(config());
        session.requestStop();
        CollectionResult r = result();
        assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(env.sent).isEmpty();
    }

    // ---------------------------------------------------------------- drops and reconnects

    @Test
    void dropReconnectsAfterBackoffResubscribesWithoutResetAndContinuesTheRun() {
        start(config().resetStats(true));
        session.onConnected();
        session.onText(reply("benchmark.started", env.lastRequestId("benchmark.start"), "{}"));
        subscribeReply();
        frames(1000, 1100);
        session.onDisconnected("the device closed the connection");
        assertThat(session.progress().state()).isEqualTo(CollectionState.RECONNECTING);
        env.advance(Duration.ofMillis(499));
        assertThat(env.connects).isEqualTo(1);
        env.advance(Duration.ofMillis(1));
        assertThat(env.connects).isEqualTo(2);
        session.onConnected();
        // A reconnect asks only for the workload again.
        assertThat(env.sentTypes()).containsExactly("benchmark.start", "benchmark.subscribe", "device.getInfo", "device.getStatus", "getStatus",
                "device.getStatus", "benchmark.subscribe", "getStatus");
        subscribeReply();
        frames(1200, 1300);
        assertThat(samples()).extracting(Sample::seq).containsExactly(0L, 1L, 2L, 3L);
        assertThat(events()).extracting(RunEvent::type).containsExactly(EventType.CONNECTED, EventType.SUBSCRIBED,
                EventType.DISCONNECTED, EventType.RECONNECTED, EventType.SUBSCRIBED);
        assertThat(session.progress().counters().reconnects()).isEqualTo(1);
    }

    @Test
    void failedReconnectAttemptsBackOffDoublingToTheCapAndGiveUpAtTheTimeout() {
        start(config().reconnectTimeout(Duration.ofSeconds(20)));
        session.onConnected();
        subscribeReply();
        session.onDisconnected("gone");
        List<Long> attemptTimesMs = new ArrayList<>();
        long t0 = env.nanoTime();
        while (session.progress().state() != CollectionState.FINISHED) {
            int before = env.connects;
            env.advance(Duration.ofMillis(1));
            if (env.connects > before) {
                attemptTimesMs.add((env.nanoTime() - t0) / 1_000_000);
                session.onConnectFailed(FailureReason.UNREACHABLE, "connection refused");
            }
        }
        // Delays 0.5, 1, 2, 4, 8 s: attempts at 0.5, 1.5, 3.5, 7.5, 15.5 s; the next (23.5 s) is past 20 s.
        assertThat(attemptTimesMs).containsExactly(500L, 1500L, 3500L, 7500L, 15500L);
        CollectionResult r = result();
        assertThat(r.failureReason()).isEqualTo(FailureReason.RECONNECT_TIMEOUT);
        assertThat(r.failureMessage()).contains("within the reconnect timeout of 20 s").contains("5 attempts")
                .contains("connection refused");
    }

    @Test
    void withReconnectOffADropFailsAndKeepsTheSamples() {
        start(config().reconnect(false));
        session.onConnected();
        subscribeReply();
        frames(1000, 1100, 1200);
        session.onDisconnected("the device closed the connection");
        CollectionResult r = result();
        assertThat(r.failureReason()).isEqualTo(FailureReason.CONNECTION_LOST);
        assertThat(r.failureMessage()).contains("after 3 samples").contains("reconnecting is switched off");
        assertThat(r.sampleCount()).isEqualTo(3);
    }

    @Test
    void aSilentConnectionCountsAsDroppedAfterTheIdleTimeout() {
        start(config().idleTimeout(Duration.ofSeconds(15)));
        session.onConnected();
        subscribeReply();
        frames(1000);
        env.advance(Duration.ofSeconds(14));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
        env.advance(Duration.ofSeconds(2));
        assertThat(session.progress().state()).isEqualTo(CollectionState.RECONNECTING);
        assertThat(events(EventType.DISCONNECTED).get(0).detail()).contains("no benchmark frame for 15 s");
        assertThat(env.closes).isEqualTo(1);
    }

    @Test
    void silenceWhileReadingIsPausedByBackpressureIsNotIdleness() {
        start(config().idleTimeout(Duration.ofSeconds(2)).watermarks(1, 4));
        session.onConnected();
        subscribeReply();
        frames(1000, 1100, 1200, 1300, 1400);   // depth 7 with the events: above the high watermark
        assertThat(env.pauses).isEqualTo(1);
        env.advance(Duration.ofSeconds(10));
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
        samples();   // the sink catches up: reading resumes
        assertThat(env.resumes).isEqualTo(1);
        env.advance(Duration.ofSeconds(3));
        assertThat(session.progress().state()).isEqualTo(CollectionState.RECONNECTING);
    }

    @Test
    void refusalOnResubscribeAfterADropIsRetriedNotFatal() {
        start(config());
        session.onConnected();
        subscribeReply();
        session.onDisconnected("gone");
        env.advance(Duration.ofMillis(500));
        session.onConnected();
        session.onText("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"SYSTEM_NOT_READY\"}}");
        assertThat(session.progress().state()).isEqualTo(CollectionState.RECONNECTING);
        env.advance(Duration.ofSeconds(1));
        assertThat(env.connects).isEqualTo(3);
        session.onConnected();
        subscribeReply();
        assertThat(session.progress().state()).isEqualTo(CollectionState.STREAMING);
    }

    @Test
    void sinkFailureStopsTheCollectionAsFailed() {
        start(config());
        session.onConnected();
        subscribeReply();
        session.onSinkFailed(new IllegalStateException("disk full"));
        assertThat(env.sentTypes()).endsWith("benchmark.unsubscribe");
        session.onText(reply("benchmark.unsubscribed", env.lastRequestId("benchmark.unsubscribe"), "{}"));
        assertThat(result().failureReason()).isEqualTo(FailureReason.SINK_FAILED);
        assertThat(result().failureMessage()).contains("disk full");
    }

    // ---------------------------------------------------------------- helpers

    private CollectorConfig.Builder config() {
        return CollectorConfig.builder().url(URL).reconnectJitter(0).untilStopped();
    }

    private void start(CollectorConfig.Builder builder) {
        CollectorConfig config = builder.build();
        queue = new HandOffQueue(config.lowWatermark(), config.highWatermark(), env);
        session = new Session(config, env, queue, new SplittableRandom(7));
        session.start();
    }

    private void subscribeReply() {
        session.onText(reply("benchmark.subscribed", env.lastRequestId("benchmark.subscribe"), "{\"clientId\":7}"));
    }

    private static String reply(String type, String requestId, String data) {
        return "{\"type\":\"" + type + "\",\"success\":true,\"requestId\":\"" + requestId + "\",\"data\":" + data + "}";
    }

    private static BenchmarkFrame frameOf(long timestampMs, long hopCount) {
        return BenchmarkFrame.compact(timestampMs, 150f, 70f, 0.75f, 200, 90, hopCount, (int) (hopCount / 2),
                Flags.of(Flags.BENCHMARK_ENABLED), 0);
    }

    private void frames(long... timestamps) {
        for (long ts : timestamps) {
            frame(ts, ts / 20);
        }
        session.onReadComplete();
    }

    private void frame(long timestampMs, long hopCount) {
        binary(FrameEncoder.encode(frameOf(timestampMs, hopCount)));
    }

    private void binary(byte[] bytes) {
        session.onBinary(new FrameView().wrap(bytes, 0, bytes.length));
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

    private List<Sample> samples() {
        return drain().stream().filter(Sample.class::isInstance).map(Sample.class::cast).toList();
    }

    private List<RunEvent> events() {
        return drain().stream().filter(RunEvent.class::isInstance).map(RunEvent.class::cast).toList();
    }

    private List<RunEvent> events(EventType type) {
        return events().stream().filter(e -> e.type() == type).toList();
    }

    private CollectionResult result() {
        return drain().stream().filter(SessionEnd.class::isInstance).map(o -> ((SessionEnd) o).result())
                .findFirst().orElseThrow(() -> new AssertionError("the session has not ended; state "
                        + session.progress().state()));
    }
}
