package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team store with real processes: collectors and a dashboard in JVMs of their own on one
 * PostgreSQL store, and a collector killed with SIGKILL.
 */
class PostgresCollectorProcessesTest {

    private static final int SAMPLES = 6_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    PostgresFixture team;
    final List<Process> children = new ArrayList<>();

    @BeforeEach
    void teamStore() {
        team = PostgresFixture.create();
    }

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (team != null) { // null when the test was skipped for want of a server
            team.close();
        }
    }

    /**
     * Two collectors at 2,000 frames/s, each in its own JVM, write two runs while a dashboard in a
     * third JVM serves the run list: both runs end COMPLETE with every frame, in order, none twice,
     * values as the device computed them; the dashboard answered throughout and saw the runs grow.
     */
    @Test
    void twoCollectorsInTwoJvmsWriteEveryFrameWhileADashboardReads() throws Exception {
        Process serve = start("serve", List.of("--db", team.location(), "serve", "--port", "0"));
        String url = awaitLine(serve, "serve", Pattern.compile("dashboard: (http://\\S+)"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        Process a = start("a", collect("two-a"));
        Process b = start("b", collect("two-b"));
        // The live view of run two-a from its first sample, read on another thread as a browser would.
        CompletableFuture<List<Long>> live = CompletableFuture.supplyAsync(() -> liveSeqs(http, url, "two-a"));
        int answers = 0;
        java.util.Set<Long> countsSeenWhileRunning = new java.util.HashSet<>();
        while (a.isAlive() || b.isAlive()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "api/runs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            for (JsonNode run : JSON.readTree(r.body())) {
                if ("RUNNING".equals(run.get("status").asText())) {
                    countsSeenWhileRunning.add(run.get("sample_count").asLong());
                }
            }
            answers++;
            Thread.sleep(100);
        }
        assertThat(a.waitFor()).as(output("a")).isZero();
        assertThat(b.waitFor()).as(output("b")).isZero();
        assertThat(answers).as("dashboard answers during the collections").isGreaterThan(3);
        assertThat(countsSeenWhileRunning).as("the dashboard saw running collections grow").hasSizeGreaterThan(2);

        List<Long> pushed = live.get(120, TimeUnit.SECONDS);
        assertThat(pushed).as("live view of two-a: every seq once, in order").hasSize(SAMPLES);
        for (int i = 0; i < pushed.size(); i++) {
            assertThat(pushed.get(i)).isEqualTo(i);
        }

        try (RunStore store = team.open()) {
            for (String name : List.of("two-a", "two-b")) {
                Run run = store.resolve(name);
                assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
                assertThat(run.sampleCount()).isEqualTo(SAMPLES);
                assertThat(run.counters().gaps()).isZero();
                assertEveryFrameOnceInOrder(store, run);
            }
        }
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(url + "api/runs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(list.body()).findValuesAsText("status")).containsOnly("COMPLETE").hasSize(2);
    }

    /**
     * SIGKILL of a collector: what it committed stays; once its lease expires every reader sees the
     * run INTERRUPTED, and the next command records it so, with its statistics.
     */
    @Test
    void aKilledCollectorsRunBecomesInterruptedWithItsCommittedSamplesForEveryReader() throws Exception {
        Process collector = start("killed", List.of("--db", team.location(), "collect", "--simulate",
                "--simulate-rate", "200", "--run-name", "killed", "--connect-timeout", "60"));
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        try (RunStore reader = team.open()) {
            while (committed < 100 && System.nanoTime() < deadline) {
                assertThat(collector.isAlive()).as(output("killed")).isTrue();
                Thread.sleep(100);
                List<Run> runs = reader.listRuns(RunFilter.ALL);
                committed = runs.isEmpty() ? 0 : reader.sampleCount(runs.get(0).id());
            }
            assertThat(committed).as(output("killed")).isGreaterThanOrEqualTo(100);
            assertThat(reader.resolve("killed").status()).isEqualTo(RunStatus.RUNNING);

            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(collector.pid())).inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            assertThat(collector.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long kept = reader.sampleCount(reader.resolve("killed").id());
            assertThat(kept).isGreaterThanOrEqualTo(committed);

            // Within the lease (2 s in tests) plus a margin, with no recovery run by anyone.
            Run seen = reader.resolve("killed");
            long leaseDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (seen.status() == RunStatus.RUNNING && System.nanoTime() < leaseDeadline) {
                Thread.sleep(200);
                seen = reader.resolve("killed");
            }
            assertThat(seen.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(seen.sampleCount()).isEqualTo(kept);
            try (RunStore other = team.open()) {
                assertThat(other.resolve("killed").status()).as("another reader").isEqualTo(RunStatus.INTERRUPTED);
            }
            assertEveryFrameOnceInOrder(reader, seen);
        }

        var list = io.lightwaveos.bench.cli.CliRunner.run("--db", team.location(), "list-runs", "--format", "json");
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.err()).contains("was left RUNNING by a collector that died; marked INTERRUPTED");
        JsonNode run = JSON.readTree(list.out()).get(0);
        assertThat(run.get("status").asText()).isEqualTo("INTERRUPTED");
        assertThat(run.get("stats").get("avg_total_us").get("n").asLong()).isEqualTo(run.get("sample_count").asLong());
    }

    /**
     * Every frame once, in order: seq 0, 1, 2, …; the device clock 100 ms further each frame and its
     * hop counter 4 to 6 hops further (a lost or repeated frame breaks one of them); cpu_load_percent
     * exactly the float the device computes from avgTotalUs (a value changed on the way breaks it).
     */
    private static void assertEveryFrameOnceInOrder(RunStore store, Run run) {
        List<Sample> samples = new ArrayList<>();
        store.forEachSample(run.id(), samples::add);
        assertThat(samples).hasSize((int) run.sampleCount());
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            assertThat(s.seq()).isEqualTo(i);
            assertThat(s.frame().cpuLoadPercent()).isEqualTo(s.frame().avgTotalUs() / 20_000f * 100f);
            if (i > 0) {
                Sample p = samples.get(i - 1);
                assertThat((s.frame().timestampMs() - p.frame().timestampMs()) & 0xFFFF_FFFFL).as("clock step at " + i)
                        .isEqualTo(100);
                assertThat((s.frame().hopCount() - p.frame().hopCount()) & 0xFFFF_FFFFL).as("hops at " + i)
                        .isBetween(4L, 6L);
            }
        }
    }

    /**
     * Waits until the run exists, then reads its live event stream from before its first sample
     * until {@code end}: the seqs pushed, in order.
     */
    private static List<Long> liveSeqs(HttpClient http, String url, String run) {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            HttpResponse<java.util.stream.Stream<String>> r;
            while (true) {
                r = http.send(HttpRequest.newBuilder(URI.create(url + "api/runs/" + run + "/live?after=-1"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
                if (r.statusCode() != 404 || System.nanoTime() > deadline) {
                    break;
                }
                r.body().close();
                Thread.sleep(100);
            }
            assertThat(r.statusCode()).isEqualTo(200);
            List<Long> seqs = new ArrayList<>();
            String event = "";
            for (String line : (Iterable<String>) r.body()::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event.equals("samples")) {
                    JSON.readTree(line.substring(5)).get("seq").forEach(n -> seqs.add(n.asLong()));
                } else if (line.startsWith("data:") && event.equals("end")) {
                    break;
                }
            }
            r.body().close();
            return seqs;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The server drops a collector's connections mid-run (as in an outage or a restart): the writer
     * retries and goes on, and nothing of the connection pool's own log (a warning with a stack
     * trace, the failed statement and the samples' bytes in hex) reaches stderr without -v.
     */
    @Test
    void connectionsDroppedMidRunLeaveNoPoolLogOnStderrWithoutVerbose() throws Exception {
        Process collector = start("dropped", List.of("--db", team.location(), "collect", "--simulate",
                "--simulate-rate", "200", "--run-name", "dropped", "--duration", "600", "-q"));
        long before = awaitSamples(collector, "dropped", 1);

        assertThat(terminateBackendsOf(collector)).as("backends of the collector ended").isPositive();
        awaitSamples(collector, "dropped", before + 400); // committed again, after the connections were gone

        collector.destroy(); // SIGTERM: stops as Ctrl-C does
        assertThat(collector.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("dropped.err"));
        assertThat(err).doesNotContain("[WARN]", "[ERROR]", "Hikari", "PoolBase", "ProxyConnection", "\tat ");
    }

    /** Waits until the collector's run has at least {@code n} committed samples; returns the count. */
    private long awaitSamples(Process p, String tag, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            long count = team.queryLong("SELECT count(*) FROM information_schema.tables WHERE table_name = 'runs'"
                    + " AND table_schema = current_schema()") == 0 ? 0
                    : team.queryLong("SELECT coalesce(max(sample_count), 0) FROM runs");
            if (count >= n) {
                return count;
            }
            assertThat(p.isAlive()).as(output(tag)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + n + " samples within 90 s: " + output(tag));
    }

    /**
     * Ends the server side of every connection {@code p} has to the test server (found with
     * {@code ss}, by the process's local ports), and no other: other tests share the server.
     */
    private long terminateBackendsOf(Process p) throws Exception {
        int serverPort = io.lightwaveos.bench.store.postgres.PostgresUrl.parse(team.location()).port();
        Process ss = new ProcessBuilder("ss", "-tnpH").redirectErrorStream(true).start();
        List<String> ports = new ArrayList<>();
        for (String line : new String(ss.getInputStream().readAllBytes()).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 6 && line.contains("pid=" + p.pid() + ",") && f[4].endsWith(":" + serverPort)) {
                ports.add(f[3].substring(f[3].lastIndexOf(':') + 1));
            }
        }
        ss.waitFor();
        assertThat(ports).as("the collector's connections to the server").isNotEmpty();
        return team.queryLong("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE client_port IN (" + String.join(", ", ports) + ")) ended");
    }

    private List<String> collect(String name) {
        return List.of("--db", team.location(), "collect", "--simulate", "--simulate-rate", "2000", "--run-name", name,
                "--max-samples", Integer.toString(SAMPLES), "--connect-timeout", "60", "-q");
    }

    /**
     * Starts the CLI in a JVM of its own, on this test's class path; output goes to files named after
     * {@code tag}. C1 alone and the serial collector, as the test JVMs run: these JVMs live seconds.
     */
    private Process start(String tag, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.lightwaveos.bench.cli.LwosBench"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(tag + ".out").toFile()).redirectError(dir.resolve(tag + ".err").toFile())
                .start();
        children.add(p);
        return p;
    }

    private String awaitLine(Process p, String tag, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(Files.readString(dir.resolve(tag + ".out")));
            if (m.find()) {
                String url = m.group(1);
                return url.endsWith("/") ? url : url + "/";
            }
            assertThat(p.isAlive()).as(output(tag)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no line matching " + pattern + " within 90 s: " + output(tag));
    }

    private String output(String tag) {
        try {
            return "stdout: " + Files.readString(dir.resolve(tag + ".out")) + "\nstderr: "
                    + Files.readString(dir.resolve(tag + ".err"));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
