package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.DeviceStatusBehaviour;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.simulator.SubscribeBehaviour;
import io.lightwaveos.bench.simulator.VitalsOptions;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    @Test
    void simulateWithMaxSamplesStoresExactlyThoseSamplesAndPrintsTheSummary() {
        CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "first", "--max-samples", "50", "--tags", "ci,sim", "--description", "smoke");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"first\": COMPLETE, 50 samples").contains("(sample limit reached)")
                .contains("metric", "mean", "p50", "p95", "p99")
                .contains("avg_total_us", "avg_goertzel_us", "cpu_load_percent", "peak_total_us", "peak_goertzel_us")
                .contains("counters: foreign 0, malformed 0");
        assertThat(r.err()).startsWith("Collecting from ws://127.0.0.1:").contains("into run \"first\"");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = store.resolve("first");
            assertThat(r.out()).contains(run.id().toString());
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.sampleCount()).isEqualTo(50);
            assertThat(store.sampleCount(run.id())).isEqualTo(50);
            assertThat(run.source()).isEqualTo("simulator");
            assertThat(run.tags()).containsExactly("ci", "sim");
            assertThat(run.description()).isEqualTo("smoke");
            assertThat(run.cachedStats()).containsKeys("avg_total_us", "cpu_load_percent");
            assertThat(run.cachedStats().get("avg_total_us").get("n")).isEqualTo(50.0);
            assertThat(store.events(run.id())).extracting(e -> e.type())
                    .contains(EventType.CONNECTED, EventType.SUBSCRIBED);
        }
    }

    /** Issue 24: {@code ws://user:pass@host/ws} was stored verbatim in the run's source and events. */
    @Test
    void credentialsInTheDeviceUrlAreNeitherStoredNorPrinted() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(500).build())) {
            String withCredentials = device.url().replace("ws://", "ws://ci:hunter2@");
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--url", withCredentials, "--run-name", "creds",
                    "--max-samples", "10");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out() + r.err()).doesNotContain("hunter2").contains("Collecting from " + device.url());
            try (RunStore store = RunStores.open(db())) {
                Run run = store.resolve("creds");
                assertThat(run.source()).isEqualTo(device.url());
                assertThat(store.events(run.id())).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.detail()).doesNotContain("hunter2").doesNotContain("ci:"));
            }
            CliRunner.Result json = CliRunner.run("--db", db(), "show", "creds", "--format", "json");
            assertThat(json.out()).doesNotContain("hunter2");
        }
    }

    @Test
    void aShortRunSaysHowLongACleanRunTakesInCollectAndShow() {
        CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "brief", "--max-samples", "50");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        String advice = "short \\(n_eff \\d+\\.\\d of 30 needed; collect ≈ [\\d,]+ s at [\\d,]+\\.\\d frames/s for a clean"
                + " run\\)";
        assertThat(r.out()).containsPattern("quality: " + advice);
        CliRunner.Result show = CliRunner.run("--db", db(), "show", "brief");
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCode.OK);
        assertThat(show.out()).containsPattern("quality +" + advice);
    }

    @Test
    void quietPrintsTheSummaryButNoProgress() {
        CliRunner.Result r = CliRunner.run("--db", db(), "-q", "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "quiet", "--max-samples", "20");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"quiet\": COMPLETE, 20 samples");
    }

    @Test
    void aDeviceThatRejectsTheSubscriptionExitsOneWithTheCollectorsMessageAndLeavesNoRun() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().maxSubscribers(0).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "rejected",
                    "--max-samples", "10");

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(r.err()).contains("lwos-bench: ").contains("4 benchmark").doesNotContain("\tat ");
            assertThat(r.err().lines().filter(l -> l.startsWith("lwos-bench: "))).hasSize(1);
            assertThat(r.out()).isEmpty();
        }
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void resetStatsAgainstADeviceThatIgnoresStartCollectsAndWarnsThatTheResetWasNotAcknowledged() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200)
                .subscribeBehaviour(SubscribeBehaviour.IGNORE_START).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "noreset",
                    "--reset-stats", "--duration", "1", "--subscribe-timeout", "2");

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("\"noreset\": COMPLETE");
            assertThat(r.err()).as(r.toString()).doesNotContain("expected a benchmark.subscribed reply")
                    .contains("lwos-bench: warning: the device did not acknowledge benchmark.start")
                    .contains("may not have been reset");
        }
    }

    @Test
    void firmwareWithoutTheBenchmarkFeatureIsReportedAsSuch() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder()
                .subscribeBehaviour(SubscribeBehaviour.FEATURE_DISABLED).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "x");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(r.err()).containsIgnoringCase("benchmark").containsIgnoringCase("feature");
        }
    }

    @Test
    void anUnreachableDeviceExitsOne() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--host", "127.0.0.1", "--port",
                Integer.toString(freePort), "--run-name", "nobody", "--connect-timeout", "2", "--no-reconnect");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).contains("127.0.0.1:" + freePort);
    }

    @Test
    void ctrlCStopsCleanlyKeepsTheSamplesMarksTheRunInterruptedAndExits130() throws Exception {
        CliRunner.Session session = CliRunner.session("", "--db", db(), "collect", "--simulate", "--simulate-rate", "200",
                "--run-name", "stopped");
        CollectCommand command = session.command("collect");
        CompletableFuture<CliRunner.Result> done = CompletableFuture.supplyAsync(session::execute);
        try (RunStore reader = RunStores.open(dir.resolve("bench.db").toString())) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (committedSamples(reader) < 20 && System.nanoTime() < deadline && !done.isDone()) {
                Thread.sleep(50);
            }
        }
        while (!done.isDone()) {
            command.interrupt();
            Thread.sleep(50);
        }
        CliRunner.Result r = done.get(30, TimeUnit.SECONDS);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.out()).contains("\"stopped\": INTERRUPTED").contains("avg_total_us");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = store.resolve("stopped");
            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.sampleCount()).isGreaterThanOrEqualTo(20);
            assertThat(store.sampleCount(run.id())).isEqualTo(run.sampleCount());
            assertThat(run.endedAt()).isNotNull();
            assertThat(run.cachedStats().get("avg_total_us").get("n")).isEqualTo((double) run.sampleCount());
            assertThat(store.isWriterAlive(run.id())).isFalse();
        }
    }

    @Test
    void aCollectionWithoutSamplesFailsWithExitOneAndLeavesNoRun() {
        CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "1e-9",
                "--run-name", "empty", "--duration", "1", "--connect-timeout", "60");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).contains("lwos-bench: no benchmark frames from ws://127.0.0.1:").contains(" in 1 s ");
        assertThat(r.out()).doesNotContain("COMPLETE");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void theDevicesVitalsArePolledEveryVitalsEverySecondsAndShownAtTheEnd() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200)
                .vitals(VitalsOptions.DEFAULT.withFps(57.5).withFreeHeap(150_000).withCpuPercent(40)).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "-q", "collect", "--url", device.url(), "--run-name", "v",
                    "--max-samples", "200", "--vitals-every", "0.05");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            // The run context's device.getStatus, and the polls.
            assertThat(device.receivedCount("device.getStatus")).as(r.toString()).isGreaterThanOrEqualTo(2);
            assertThat(r.out()).containsPattern("device vitals: device_fps 57\\.50 fps( \\(mean of \\d+\\))?,"
                    + " free_heap_min_bytes 150000 bytes, device_cpu_percent 40\\.00 %");
            // Stored with the run: the measures of suite device, and show lists them.
            try (RunStore store = RunStores.open(db())) {
                MeasureSet vitals = store.measures(store.resolve("v").id());
                assertThat(vitals.get("device", "free_heap_min_bytes").orElseThrow().values()).containsExactly(150_000.0);
                assertThat(vitals.get("device", "device_fps").orElseThrow().values()).isNotEmpty().containsOnly(57.5);
                assertThat(vitals.get("device", "device_cpu_percent")).isPresent();
            }
            CliRunner.Result show = CliRunner.run("--db", db(), "show", "v", "--format", "json");
            assertThat(show.out()).as(show.toString()).contains("\"free_heap_min_bytes\"").containsPattern("\"suite\"\\s*:\\s*\"device\"");
        }
    }

    @Test
    void vitalsEveryZeroAsksTheDeviceNothing() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "-q", "collect", "--url", device.url(), "--run-name", "v",
                    "--max-samples", "20", "--vitals-every", "0");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            // Only the run context asked, once, beside the subscribe.
            assertThat(device.receivedCount("device.getStatus")).isEqualTo(1);
            assertThat(r.out()).doesNotContain("device vitals");
        }
    }

    @Test
    void aDeviceThatIgnoresItsVitalsPollsGivesACompleteRunWithAnEvent() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100)
                .vitals(VitalsOptions.DEFAULT.withStatusBehaviour(DeviceStatusBehaviour.NO_REPLY)).build())) {
            // The first poll times out (0.5 s) before the run ends (1 s).
            CliRunner.Result r = CliRunner.run("--db", db(), "-q", "collect", "--url", device.url(), "--run-name", "v",
                    "--duration", "1", "--subscribe-timeout", "0.5", "--vitals-every", "0.1");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).doesNotContain("device vitals");
            try (RunStore store = RunStores.open(db())) {
                Run run = store.resolve("v");
                assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
                assertThat(store.events(run.id())).filteredOn(e -> e.type() == EventType.DEVICE_MESSAGE)
                        .extracting(e -> e.detail())
                        .contains("device vitals: no reply to device.getStatus within 500 ms; polling goes on");
            }
        }
    }

    @Test
    void aBadVitalsEveryIsAUsageErrorAndCreatesNothing() {
        for (String bad : List.of("-1", "NaN", "Infinity", "1e-12")) {
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                    "--max-samples", "1", "--vitals-every", bad);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(r.toString()).contains("--vitals-every must be 0 (off) or a positive number of seconds")
                    .contains("got ");
        }
        CliRunner.Result word = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--max-samples", "1", "--vitals-every", "often");
        assertThat(word.exitCode()).as(word.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(word.err()).as(word.toString()).contains("--vitals-every").contains("often");
        try (RunStore store = RunStores.open(db())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void usageErrorsExitTwoAndCreateNothing() {
        assertThat(CliRunner.run("--db", db(), "collect", "--simulate").exitCode()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result both = CliRunner.run("--db", db(), "collect", "--simulate", "--url", "ws://x/ws",
                "--run-name", "x");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--simulate and --url");
        CliRunner.Result badUrl = CliRunner.run("--db", db(), "collect", "--url", "http://x", "--run-name", "x");
        assertThat(badUrl.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badUrl.err()).contains("ws://");
        CliRunner.Result badDuration = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--duration", "-1");
        assertThat(badDuration.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badDuration.err()).contains("--duration must be a positive number of seconds");
        CliRunner.Result badMax = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--max-samples", "0");
        assertThat(badMax.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badMax.err()).as(badMax.toString()).contains("--max-samples must be at least 1")
                .doesNotContain("maxSamples");
        CliRunner.Result tinyTimeout = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--connect-timeout", "1e-12");
        assertThat(tinyTimeout.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tinyTimeout.err()).as(tinyTimeout.toString()).contains("--connect-timeout").doesNotContain("PT0S");
        CliRunner.Result badTag = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--tags", "a, ,b");
        assertThat(badTag.exitCode()).isEqualTo(ExitCode.USAGE);
        CliRunner.Result escapeInName = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name",
                "x\u001b[2Jy", "--max-samples", "1");
        assertThat(escapeInName.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(escapeInName.err()).contains("a run name must not contain control characters, got \"x\\e[2Jy\"")
                .doesNotContain("\u001b");
        CliRunner.Result bellInTag = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "x",
                "--tags", "ok,b\u0007", "--max-samples", "1");
        assertThat(bellInTag.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bellInTag.err()).contains("a tag must not contain control characters");
        CliRunner.Result longName = CliRunner.run("--db", db(), "collect", "--simulate", "--run-name", "n".repeat(201),
                "--max-samples", "1");
        assertThat(longName.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(longName.err()).contains("a run name must be at most 200 characters, got 201");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    private static long committedSamples(RunStore store) {
        List<Run> runs = store.listRuns(RunFilter.ALL);
        return runs.isEmpty() ? 0 : store.sampleCount(runs.get(0).id());
    }
}
