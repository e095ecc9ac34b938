package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final Pattern URL = Pattern.compile("ws://127\\.0\\.0\\.1:\\d+/ws");

    @TempDir
    Path dir;

    @Test
    void servesTheProtocolWithItsFaultsUntilCtrlC() throws Exception {
        CliRunner.Session session = CliRunner.session("", "simulate", "--port", "0", "--rate", "400", "--extended-every",
                "5", "--mean-total-us", "200", "--foreign-rate", "0.05", "--fps", "30", "--free-heap", "100000",
                "--cpu-percent", "61.5");
        SimulateCommand command = session.command("simulate");
        CompletableFuture<CliRunner.Result> running = CompletableFuture.supplyAsync(session::execute);
        String url = awaitUrl(session);

        CliRunner.Result collect = CliRunner.run("--db", dir.resolve("b.db").toString(), "-q", "collect", "--url", url,
                "--run-name", "from-simulate", "--max-samples", "100");
        assertThat(collect.exitCode()).as(collect.toString()).isEqualTo(ExitCode.OK);
        // The vitals poll sent at the subscribe is answered with what the options say.
        assertThat(collect.out()).containsPattern("device vitals: device_fps 30\\.00 fps( \\(mean of \\d+\\))?,"
                + " free_heap_min_bytes 100000 bytes, device_cpu_percent 61\\.50 %");
        try (RunStore store = RunStores.open(dir.resolve("b.db").toString())) {
            Run run = store.resolve("from-simulate");
            assertThat(run.source()).isEqualTo(url);
            assertThat(run.sampleCount()).isEqualTo(100);
            assertThat(run.counters().framesForeign()).isPositive();
            assertThat(store.column(run.id(), io.lightwaveos.bench.metric.Metric.AVG_DC_AGC_US).size()).isEqualTo(20);
            assertThat(run.cachedStats().get("avg_total_us").get("mean")).isBetween(170.0, 230.0);
        }

        command.interrupt();
        CliRunner.Result r = running.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.out()).startsWith("LightwaveOS device simulator on " + url + " at 400.0 frames/s, firmware ")
                .contains("; Ctrl-C to stop.")
                .contains("Stopped: ").contains("frames emitted");
    }

    @Test
    void durationStopsItWithExitZero() {
        CliRunner.Result r = CliRunner.run("simulate", "--port", "0", "--duration", "0.2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).containsPattern(URL).contains("Stopped: 0 frames emitted");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheRule() {
        CliRunner.Result rate = CliRunner.run("simulate", "--port", "0", "--rate", "0");
        assertThat(rate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rate.err()).contains("rate must be above 0");
        CliRunner.Result drop = CliRunner.run("simulate", "--port", "0", "--drop-rate", "2");
        assertThat(drop.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(drop.err()).contains("--drop-rate must be between 0 and 1").doesNotContain("dropRate");
        CliRunner.Result mean = CliRunner.run("simulate", "--port", "0", "--mean-total-us", "-1");
        assertThat(mean.err()).as(mean.toString()).contains("--mean-total-us must be above 0").doesNotContain("meanTotalUs");
        CliRunner.Result tiny = CliRunner.run("simulate", "--port", "0", "--reboot-after", "1e-10");
        assertThat(tiny.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tiny.err()).as(tiny.toString()).contains("--reboot-after must be a positive number of seconds")
                .doesNotContain("PT0S");
        CliRunner.Result behaviour = CliRunner.run("simulate", "--subscribe-behaviour", "maybe");
        assertThat(behaviour.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(behaviour.err()).contains("ACCEPT");
        CliRunner.Result fps = CliRunner.run("simulate", "--port", "0", "--fps", "-1");
        assertThat(fps.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(fps.err()).as(fps.toString()).contains("--fps must be between 0 and 1000, got -1.0");
        CliRunner.Result heap = CliRunner.run("simulate", "--port", "0", "--free-heap", "-5");
        assertThat(heap.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(heap.err()).as(heap.toString()).contains("--free-heap must be between 0 and 16777216 bytes")
                .doesNotContain("freeHeap");
        CliRunner.Result cpu = CliRunner.run("simulate", "--port", "0", "--cpu-percent", "101");
        assertThat(cpu.err()).as(cpu.toString()).contains("--cpu-percent must be between 0 and 100");
        CliRunner.Result leak = CliRunner.run("simulate", "--port", "0", "--heap-leak", "-1");
        assertThat(leak.err()).as(leak.toString()).contains("--heap-leak must be >= 0");
        CliRunner.Result status = CliRunner.run("simulate", "--status-behaviour", "sometimes");
        assertThat(status.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(status.err()).contains("NO_REPLY");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAUsageErrorInOneSentence() {
        CliRunner.Result r = CliRunner.run("simulate", "--port", "0", "--bind", "999.0.0.1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).as(r.toString()).isEqualTo(
                "lwos-bench: cannot bind to 999.0.0.1: not an IP address or host name of this machine\n");
    }

    private static String awaitUrl(CliRunner.Session session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(session.outSoFar());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the simulator printed no URL: " + session.outSoFar() + session.errSoFar());
    }

    @Test
    void theSimulatorsHelpDoesNotOfferTheStoreOption() {
        CliRunner.Result help = CliRunner.run("simulate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--rate").doesNotContain("--db");
        CliRunner.Result withDb = CliRunner.run("simulate", "--db", "x.db", "--duration", "1");
        assertThat(withDb.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withDb.err()).startsWith("lwos-bench: Unknown options: '--db'");
    }
}
