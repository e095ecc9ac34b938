package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** Issue 24: a device's 1 MB firmware name was stored and printed whole. */
    @Test
    void everyStringIsCutToTheBoundWhereItEntersAndCuttingAgainChangesNothing() {
        String huge = "v".repeat(1_000_000);
        RunContext c = new RunContext(huge, new DeviceInfo(huge, 1L, huge, huge, huge, huge, 0, 2, 240, null, null,
                -60), new Workload(7, huge, null, null, null), new Vcs(huge, huge), new CiBuild(huge, huge),
                Map.of(huge, huge));
        String cut = "v".repeat(RunContext.MAX_TEXT_LENGTH - "…[cut]".length()) + "…[cut]";
        assertThat(cut).hasSize(RunContext.MAX_TEXT_LENGTH);
        assertThat(List.of(c.rig(), c.device().firmware(), c.device().board(), c.device().sdk(),
                c.device().architecture(), c.device().chipModel(), c.workload().effectName(), c.vcs().commit(),
                c.vcs().branch(), c.ci().provider(), c.ci().buildUrl())).containsOnly(cut);
        assertThat(c.meta()).containsExactly(Map.entry(cut, cut));
        assertThat(new RunContext(c.rig(), c.device(), c.workload(), c.vcs(), c.ci(), c.meta())).isEqualTo(c);
        assertThat(DeviceInfo.ofFirmware(huge).firmware()).isEqualTo(cut);

        String exact = "x".repeat(RunContext.MAX_TEXT_LENGTH);
        assertThat(DeviceInfo.ofFirmware(exact).firmware()).isEqualTo(exact);
        String emoji = "x".repeat(RunContext.MAX_TEXT_LENGTH - "…[cut]".length() - 1) + "😀".repeat(10);
        assertThat(DeviceInfo.ofFirmware(emoji).firmware()).endsWith("x…[cut]");
    }
}
