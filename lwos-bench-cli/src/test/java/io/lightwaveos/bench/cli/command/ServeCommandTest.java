package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    private void collect(String name) {
        CliRunner.Result r = CliRunner.run("--db", db(), "-q", "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", name, "--max-samples", "300");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void servesTheRunsOfEarlierCollectionsAndTheSameCompareDocumentAsTheCli() throws Exception {
        collect("first");
        collect("second");
        CliRunner.Session session = CliRunner.session("", "--db", db(), "serve", "--port", "0");
        ServeCommand command = session.command("serve");
        CompletableFuture<CliRunner.Result> running = CompletableFuture.supplyAsync(session::execute);
        String url = awaitUrl(session);
        HttpClient http = HttpClient.newHttpClient();

        JsonNode runs = get(http, url + "api/runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("name").asText()).isEqualTo("second");
        assertThat(runs.get(1).get("name").asText()).isEqualTo("first");
        assertThat(runs.get(0).get("sample_count").asInt()).isEqualTo(300);

        CliRunner.Result cli = CliRunner.run("--db", db(), "compare", "first", "second", "--format", "json");
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(ExitCode.OK);
        JsonNode api = get(http, url + "api/compare?a=first&b=second");
        assertThat(api).isEqualTo(JSON.readTree(cli.out()));

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html").doesNotContain("https://");

        command.interrupt();
        CliRunner.Result r = running.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.out()).startsWith("lwos-bench dashboard: " + url).contains("Dashboard stopped.");
        assertThat(r.err()).doesNotContain("WARNING");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAUsageErrorInOneSentence() {
        CliRunner.Result r = CliRunner.run("--db", db(), "serve", "--port", "0", "--bind", "999.1.1.1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).as(r.toString()).isEqualTo(
                "lwos-bench: cannot bind to 999.1.1.1: not an IP address or host name of this machine\n");
    }

    @Test
    void bindingBeyondLoopbackPrintsAWarning() throws Exception {
        CliRunner.Session session = CliRunner.session("", "--db", db(), "serve", "--port", "0", "--bind", "0.0.0.0");
        ServeCommand command = session.command("serve");
        CompletableFuture<CliRunner.Result> running = CompletableFuture.supplyAsync(session::execute);
        awaitUrl(session);
        command.interrupt();
        CliRunner.Result r = running.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.err()).contains("lwos-bench: WARNING: the dashboard is listening on every network interface");
    }

    @Test
    void aBadPortIsAUsageErrorAndATakenPortAFailure() throws Exception {
        CliRunner.Result bad = CliRunner.run("--db", db(), "serve", "--port", "70000");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bad.err()).startsWith("lwos-bench: --port must be between 0 and 65535, got 70000");

        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            // Library logging goes to the process's standard error: the one sentence must be all of it.
            java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
            java.io.PrintStream realErr = System.err;
            CliRunner.Result busy;
            System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                busy = CliRunner.run("--db", db(), "serve", "--port", String.valueOf(taken.getLocalPort()));
            } finally {
                System.setErr(realErr);
            }
            assertThat(busy.exitCode()).as(busy.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(busy.err()).startsWith("lwos-bench: cannot serve on 127.0.0.1:" + taken.getLocalPort());
            assertThat(processErr.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Javalin");
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static String awaitUrl(CliRunner.Session session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(session.outSoFar());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve printed no URL; stdout: " + session.outSoFar() + " stderr: " + session.errSoFar());
    }
}
