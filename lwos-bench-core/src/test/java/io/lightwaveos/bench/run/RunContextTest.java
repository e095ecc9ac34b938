package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunContextTest {

    @Test
    void theFirstSourceThatKnowsAFieldWinsFieldByField() {
        RunContext options = new RunContext("bench-1", DeviceInfo.ofFirmware("2.0.1-dirty"), null,
                new Vcs("abc123", null), null, Map.of("operator", "ana"));
        RunContext device = new RunContext("lightwaveos", new DeviceInfo("2.0.0", 20000L, "DevKitC", null, null,
                "ESP32-S3", 0, 2, 240, null, null, -60), new Workload(7, "Ripple", 128, null, null),
                new Vcs("zzz", "main"), new CiBuild("github", null), Map.of("operator", "bob", "room", "lab"));
        RunContext merged = options.orElse(device);
        assertThat(merged.rig()).isEqualTo("bench-1");
        assertThat(merged.device().firmware()).isEqualTo("2.0.1-dirty");
        assertThat(merged.device().firmwareVersionNumber()).isEqualTo(20000L);
        assertThat(merged.device().rssi()).isEqualTo(-60);
        assertThat(merged.workload().effectName()).isEqualTo("Ripple");
        assertThat(merged.vcs()).isEqualTo(new Vcs("abc123", "main"));
        assertThat(merged.ci().provider()).isEqualTo("github");
        assertThat(merged.meta()).containsExactly(Map.entry("operator", "ana"), Map.entry("room", "lab"));
        assertThat(RunContext.EMPTY.orElse(device)).isEqualTo(device);
        assertThat(device.orElse(RunContext.EMPTY)).isEqualTo(device);
    }

    @Test
    void blanksAreUnknownAndMetaKeysMustNotBeBlank() {
        RunContext c = new RunContext("  ", DeviceInfo.ofFirmware(" "), new Workload(null, "", null, null, null),
                new Vcs("", " "), new CiBuild("", null), null);
        assertThat(c).isEqualTo(RunContext.EMPTY);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put(" ", "x");
        assertThatThrownBy(() -> RunContext.EMPTY.withMeta(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meta key");
    }

    @Test
    void effectsDifferOnlyWhenBothSidesKnowThem() {
        Workload ripple = new Workload(7, "Ripple", 128, 10, 1);
        assertThat(ripple.differsInEffectFrom(new Workload(7, "Ripple", 255, 20, 2))).isFalse();
        assertThat(ripple.differsInEffectFrom(new Workload(8, "Plasma", 128, 10, 1))).isTrue();
        assertThat(ripple.differsInEffectFrom(new Workload(null, "Plasma", null, null, null))).isTrue();
        assertThat(ripple.differsInEffectFrom(Workload.EMPTY)).isFalse();
        assertThat(ripple.effectLabel()).isEqualTo("Ripple (#7)");
        assertThat(new Workload(7, null, null, null, null).effectLabel()).isEqualTo("#7");
        assertThat(Workload.EMPTY.effectLabel()).isNull();
    }
}
