package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.web.fixture.FixtureData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DashboardServerTest {

    @Test
    void listensOnLoopbackByDefaultAndReportsItsUrl() throws Exception {
        DashboardOptions options = DashboardOptions.defaults().withPort(0);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        try (DashboardServer server = new DashboardServer(new FixtureData(10), options).start()) {
            assertThat(server.port()).isPositive();
            assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.url().resolve("/api/runs?limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void startingBeyondLoopbackLeavesTheWarningToTheCaller() throws Exception {
        java.io.PrintStream realErr = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try (DashboardServer server = new DashboardServer(new FixtureData(1),
                DashboardOptions.defaults().withHost("0.0.0.0").withPort(0)).start()) {
            assertThat(server.port()).isPositive();
        } finally {
            System.setErr(realErr);
        }
        // The CLI prints BindAddress.warning once; a log line here would say it a second time.
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARNING");
    }

    @Test
    void defaultsAreTheSpecs() {
        DashboardOptions d = DashboardOptions.defaults();
        assertThat(d.port()).isEqualTo(8050);
        assertThat(d.livePollInterval()).isLessThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> DashboardOptions.defaults().withPort(70000)).hasMessageContaining("0 and 65535");
        assertThatThrownBy(() -> DashboardOptions.defaults().withHost(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new DashboardOptions("127.0.0.1", 0, Duration.ofSeconds(5)))
                .hasMessageContaining("10 ms to 1 s");
    }
}
