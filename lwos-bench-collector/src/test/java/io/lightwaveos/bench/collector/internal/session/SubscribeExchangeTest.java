package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.collector.FailureReason;
import org.junit.jupiter.api.Test;

class SubscribeExchangeTest {

    private final Commands commands = new Commands();

    @Test
    void sendsASubscribeWithAFreshRequestIdAndIsDoneOnItsReply() {
        SubscribeExchange x = new SubscribeExchange(false, commands);
        assertThat(x.commands()).containsExactly("{\"type\":\"benchmark.subscribe\",\"requestId\":\"lwos-bench-1\"}");
        SubscribeExchange.Outcome o = x.onReply(DeviceReply.parse(
                "{\"type\":\"benchmark.subscribed\",\"success\":true,\"requestId\":\"lwos-bench-1\",\"data\":{\"clientId\":9}}"));
        assertThat(o).isEqualTo(new SubscribeExchange.Subscribed(9));
        assertThat(x.isFinished()).isTrue();
    }

    @Test
    void withResetTheStartGoesFirstAndBothRepliesAreNeeded() {
        SubscribeExchange x = new SubscribeExchange(true, commands);
        assertThat(x.commands()).extracting(c -> DeviceReply.parse(c).type())
                .containsExactly("benchmark.start", "benchmark.subscribe");
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.started\",\"requestId\":\"lwos-bench-1\"}")))
                .isInstanceOf(SubscribeExchange.Pending.class);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.subscribed\",\"requestId\":\"lwos-bench-2\"}")))
                .isEqualTo(new SubscribeExchange.Subscribed(-1));
    }

    @Test
    void repliesWithSomebodyElsesRequestIdAreIgnored() {
        SubscribeExchange x = new SubscribeExchange(false, commands);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.subscribed\",\"requestId\":\"other\"}")))
                .isInstanceOf(SubscribeExchange.Ignored.class);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.rejected\",\"requestId\":\"other\"}")))
                .isInstanceOf(SubscribeExchange.Ignored.class);
        assertThat(x.onReply(null)).isInstanceOf(SubscribeExchange.Ignored.class);
        assertThat(x.isFinished()).isFalse();
    }

    @Test
    void rejectionIsTheFullSubscriberTable() {
        SubscribeExchange x = new SubscribeExchange(false, commands);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"benchmark.rejected\",\"success\":false,"
                + "\"requestId\":\"lwos-bench-1\",\"error\":{\"code\":\"RESOURCE_EXHAUSTED\",\"message\":\"Subscriber table full\"}}")))
                .isEqualTo(new SubscribeExchange.Failed(FailureReason.SUBSCRIBER_TABLE_FULL, "RESOURCE_EXHAUSTED",
                        "Subscriber table full"));
    }

    @Test
    void anonymousErrorsCountOnlyWhenTheyExplainWhySubscribingCannotWork() {
        SubscribeExchange x = new SubscribeExchange(false, commands);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"RATE_LIMITED\"}}")))
                .isInstanceOf(SubscribeExchange.Ignored.class);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"SYSTEM_NOT_READY\",\"message\":\"m\"}}")))
                .isEqualTo(new SubscribeExchange.Failed(FailureReason.SYSTEM_NOT_READY, "SYSTEM_NOT_READY", "m"));
    }

    @Test
    void anErrorWithOurRequestIdFailsWithItsCode() {
        SubscribeExchange x = new SubscribeExchange(false, commands);
        assertThat(x.onReply(DeviceReply.parse("{\"type\":\"error\",\"success\":false,\"requestId\":\"lwos-bench-1\","
                + "\"error\":{\"code\":\"INTERNAL\",\"message\":\"boom\"}}")))
                .isEqualTo(new SubscribeExchange.Failed(FailureReason.DEVICE_ERROR, "INTERNAL", "boom"));
    }
}
