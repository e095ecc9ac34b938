package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.ci.config.NotifyTarget;
import io.lightwaveos.bench.ci.config.WebhookFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    static final String SECRET_PATH = "T0000/B0000/XXXXsecretXXXXsecretXXXX";

    private FakeForge fake;

    @BeforeEach
    void start() throws Exception {
        fake = FakeForge.github("unused");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private WebhookSender sender(Map<String, String> env) {
        return new WebhookSender(GitHubForgeTest.FAST::newClient, GitHubForgeTest.FAST, env);
    }

    @Test
    void aSlackWebhookReceivesTheText() throws Exception {
        NotifyTarget target = new NotifyTarget("LWOS_BENCH_SLACK_WEBHOOK", WebhookFormat.SLACK);

        ForgeResult r = sender(Map.of("LWOS_BENCH_SLACK_WEBHOOK", fake.webhookUrl(SECRET_PATH)))
                .send(target, "*avg_total_us* regressed +6.0 % at `3f2c1a9` on main", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SENT);
        assertThat(fake.webhookBodies()).singleElement()
                .isEqualTo("{\"text\":\"*avg_total_us* regressed +6.0 % at `3f2c1a9` on main\"}");
        assertThat(fake.requests().get(0).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aJsonWebhookReceivesTheDocument() throws Exception {
        ObjectNode doc = new ObjectMapper().createObjectNode().put("schema", "lwos-bench/notification/v1").put("text", "t");

        sender(Map.of("HOOK", fake.webhookUrl(SECRET_PATH))).send(new NotifyTarget("HOOK", WebhookFormat.JSON), "t", doc);

        assertThat(fake.webhookBodies()).containsExactly("{\"schema\":\"lwos-bench/notification/v1\",\"text\":\"t\"}");
    }

    @Test
    void anUnsetVariableSkipsTheWebhook() {
        ForgeResult r = sender(Map.of()).send(new NotifyTarget("HOOK", WebhookFormat.SLACK), "t", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SKIPPED);
        assertThat(r.message()).isEqualTo("webhook HOOK: the variable is not set: not notified");
    }

    @Test
    void aRefusedWebhookNamesTheVariableNeverTheUrl() {
        fake.webhookAnswers(404);
        String url = fake.webhookUrl(SECRET_PATH);

        ForgeResult r = sender(Map.of("HOOK", url)).send(new NotifyTarget("HOOK", WebhookFormat.SLACK), "t", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).isEqualTo("webhook HOOK: cannot send the notification: HTTP 404 (no_service); the "
                + "webhook in HOOK was refused; it may have been revoked; not notified");
        assertThat(r.message()).doesNotContain(SECRET_PATH).doesNotContain(url);
    }

    @Test
    void anUnreachableWebhookNamesTheVariableNeverTheUrl() {
        String url = fake.webhookUrl(SECRET_PATH);
        fake.close();

        ForgeResult r = sender(Map.of("HOOK", url)).send(new NotifyTarget("HOOK", WebhookFormat.SLACK), "t", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).startsWith("webhook HOOK: cannot send the notification: cannot connect")
                .doesNotContain(SECRET_PATH).doesNotContain("127.0.0.1");
    }

    @Test
    void aPlainHttpWebhookOnAnotherHostIsNotSentAndItsUrlNotShown() {
        String url = "http://hooks.example.com/services/" + SECRET_PATH;

        ForgeResult r = sender(Map.of("HOOK", url)).send(new NotifyTarget("HOOK", WebhookFormat.SLACK), "t", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.FAILED);
        assertThat(r.message()).isEqualTo("webhook HOOK is plain http:// to a host that is not this machine; secrets "
                + "are sent over https:// only: not notified");
    }

    @Test
    void aServerErrorIsRetriedOnce() {
        fake.failNext(502);

        ForgeResult r = sender(Map.of("HOOK", fake.webhookUrl(SECRET_PATH)))
                .send(new NotifyTarget("HOOK", WebhookFormat.SLACK), "t", null);

        assertThat(r.outcome()).isEqualTo(ForgeResult.Outcome.SENT);
        assertThat(fake.requests()).hasSize(2);
        assertThat(fake.webhookBodies()).hasSize(1);
    }
}
