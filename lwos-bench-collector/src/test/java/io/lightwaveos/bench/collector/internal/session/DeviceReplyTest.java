package io.lightwaveos.bench.collector.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceReplyTest {

    @Test
    void readsTheFieldsOfASuccessReply() {
        DeviceReply r = DeviceReply.parse("{\"type\":\"benchmark.subscribed\",\"success\":true,\"requestId\":\"a1\","
                + "\"data\":{\"clientId\":4294967295,\"frameSize\":32,\"accepted\":true}}");
        assertThat(r.type()).isEqualTo("benchmark.subscribed");
        assertThat(r.success()).isTrue();
        assertThat(r.isFailure()).isFalse();
        assertThat(r.requestId()).isEqualTo("a1");
        assertThat(r.dataLong("clientId", -1)).isEqualTo(4_294_967_295L);
        assertThat(r.dataLong("missing", -1)).isEqualTo(-1);
        assertThat(r.answers("a1", false)).isTrue();
        assertThat(r.answers("a2", true)).isFalse();
    }

    @Test
    void readsAnErrorReply() {
        DeviceReply r = DeviceReply.parse("{\"type\":\"error\",\"success\":false,\"error\":{\"code\":\"FEATURE_DISABLED\",\"message\":\"off\"}}");
        assertThat(r.isFailure()).isTrue();
        assertThat(r.errorCode()).isEqualTo("FEATURE_DISABLED");
        assertThat(r.errorMessage()).isEqualTo("off");
        assertThat(r.requestId()).isNull();
        assertThat(r.answers("x", true)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "42", "{\"type\":7}", "{\"data\":{}}", "{\"type\":"})
    void anythingButAJsonObjectWithATypeIsNoReply(String text) {
        assertThat(DeviceReply.parse(text)).isNull();
    }
}
