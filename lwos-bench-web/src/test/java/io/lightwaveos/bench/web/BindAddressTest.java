package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BindAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST", "::1", "[::1]", "127.0.0.2"})
    void loopbackAddressesNeedNoWarning(String host) {
        assertThat(BindAddress.isLoopback(host)).isTrue();
        assertThat(BindAddress.warning(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.0.2.10", "10.1.2.3"})
    void otherAddressesGetAWarning(String host) {
        assertThat(BindAddress.isLoopback(host)).isFalse();
        assertThat(BindAddress.warning(host)).hasValueSatisfying(w -> assertThat(w).startsWith("WARNING")
                .contains("no login", "127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::"})
    void allInterfacesAreNamedAsSuch(String host) {
        assertThat(BindAddress.warning(host).orElseThrow()).contains("every network interface");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "::1", "[::1]", "0.0.0.0", "::"})
    void addressesOfThisMachineCanBeBound(String host) {
        assertThat(BindAddress.problem(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "999.0.0.1", "1.2.3", "192.0.2.10", "no-such-host.invalid", ""})
    void anythingElseIsRefusedInOneSentence(String host) {
        assertThat(BindAddress.problem(host)).hasValue("cannot bind to " + host
                + ": not an IP address or host name of this machine");
    }
}
