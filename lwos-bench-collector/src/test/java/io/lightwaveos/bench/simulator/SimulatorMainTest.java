package io.lightwaveos.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void optionsMapOntoTheConfiguration() {
        SimulatorConfig c = SimulatorMain.parse("--port", "0", "--rate", "250", "--extended-every", "10",
                "--mean-total-us", "180", "--noise", "0.1", "--seed", "9", "--drop-rate", "0.01",
                "--corrupt-rate", "0.02", "--foreign-rate", "0.03", "--status-event", "--disconnect-after", "2.5",
                "--reboot-after", "30", "--subscribe-behaviour", "feature_disabled");
        assertThat(c.port()).isZero();
        assertThat(c.rate()).isEqualTo(250);
        assertThat(c.extendedEvery()).isEqualTo(10);
        assertThat(c.meanTotalUs()).isEqualTo(180);
        assertThat(c.noise()).isEqualTo(0.1);
        assertThat(c.seed()).isEqualTo(9);
        assertThat(c.dropRate()).isEqualTo(0.01);
        assertThat(c.corruptRate()).isEqualTo(0.02);
        assertThat(c.foreignRate()).isEqualTo(0.03);
        assertThat(c.statusEventOnConnect()).isTrue();
        assertThat(c.disconnectAfter()).isEqualTo(Duration.ofMillis(2500));
        assertThat(c.rebootAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.subscribeBehaviour()).isEqualTo(SubscribeBehaviour.FEATURE_DISABLED);
    }

    @Test
    void theStandalonePortIsTheDocumentedDefault() {
        assertThat(SimulatorMain.parse().port()).isEqualTo(8765);
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> SimulatorMain.parse("--rate", "fast"))
                .hasMessage("option --rate expects a number, got \"fast\"");
        assertThatThrownBy(() -> SimulatorMain.parse("--colour", "red")).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> SimulatorMain.parse("--port")).hasMessage("option --port needs a value");
    }
}
