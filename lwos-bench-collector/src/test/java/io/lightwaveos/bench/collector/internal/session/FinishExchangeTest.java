package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FinishExchangeTest {

    @Test
    void stopThenUnsubscribeKeepsTheNumericResults() {
        FinishExchange x = new FinishExchange(true, new Commands());
        assertThat(x.commands()).extracting(c -> DeviceReply.parse(c).type())
                .containsExactly("benchmark.stop", "benchmark.unsubscribe");
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.stopped\",\"success\":true,\"requestId\":\"lwos-bench-1\","
                + "\"data\":{\"active\":false,\"results\":{\"avgTotalUs\":160.25,\"cpuLoadPercent\":0.8,\"label\":\"x\"}}}")))
                .isEqualTo(FinishExchange.Outcome.PENDING);
        assertThat(x.unanswered()).isEqualTo("benchmark.unsubscribe");
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.unsubscribed\",\"requestId\":\"lwos-bench-2\"}")))
                .isEqualTo(FinishExchange.Outcome.COMPLETE);
        assertThat(x.results()).isEqualTo(Map.of("avgTotalUs", 160.25, "cpuLoadPercent", 0.8));
        assertThat(x.errors()).isEmpty();
    }

    @Test
    void anErrorReplyCountsAsAnAnswerAndIsReported() {
        FinishExchange x = new FinishExchange(false, new Commands());
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"status\"}"))).isEqualTo(FinishExchange.Outcome.IGNORED);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"error\",\"success\":false,\"requestId\":\"lwos-bench-1\","
                + "\"error\":{\"code\":\"NOT_SUBSCRIBED\",\"message\":\"who?\"}}")))
                .isEqualTo(FinishExchange.Outcome.COMPLETE);
        assertThat(x.errors()).containsExactly("benchmark.unsubscribe answered error NOT_SUBSCRIBED \"who?\"");
        assertThat(x.results()).isEmpty();
    }
}
