package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The simulator configuration of one test: {@link SimulatedDevice}'s values, each overridden at
 * run time by the configuration parameter (or system property) {@code lwos.bench.sim.NAME} or the
 * environment variable {@code LWOS_BENCH_SIM_NAME} ({@code meanTotalUs} →
 * {@code LWOS_BENCH_SIM_MEAN_TOTAL_US}); seed 0 becomes a seed derived from the test's unique id,
 * so each test method sees its own samples, the same ones every time.
 */
final class SimulatorSettings {

    /** Prefix of the configuration parameters / system properties. */
    static final String PREFIX = "lwos.bench.sim.";

    /** One overridable setting: its name, the annotation's value, and how to set it on a builder. */
    private record Setting(String name, Function<SimulatedDevice, Number> annotated,
            BiConsumer<SimulatorConfig.Builder, String> set) {

        String property() {
            return PREFIX + name;
        }

        String variable() {
            return "LWOS_BENCH_SIM_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("rate", SimulatedDevice::rate, (b, v) -> b.rate(decimal(v))),
            new Setting("meanTotalUs", SimulatedDevice::meanTotalUs, (b, v) -> b.meanTotalUs(decimal(v))),
            new Setting("meanGoertzelUs", SimulatedDevice::meanGoertzelUs, (b, v) -> b.meanGoertzelUs(decimal(v))),
            new Setting("noise", SimulatedDevice::noise, (b, v) -> b.noise(decimal(v))),
            new Setting("seed", SimulatedDevice::seed, (b, v) -> b.seed(Long.parseLong(v))),
            new Setting("extendedEvery", SimulatedDevice::extendedEvery, (b, v) -> b.extendedEvery(Integer.parseInt(v))),
            new Setting("dropRate", SimulatedDevice::dropRate, (b, v) -> b.dropRate(decimal(v))),
            new Setting("corruptRate", SimulatedDevice::corruptRate, (b, v) -> b.corruptRate(decimal(v))),
            new Setting("foreignRate", SimulatedDevice::foreignRate, (b, v) -> b.foreignRate(decimal(v))));

    private SimulatorSettings() {
    }

    /**
     * The configuration for a test.
     *
     * @param device     the nearest annotation (or the defaults)
     * @param testId     the test's unique id, which a seed of 0 is derived from
     * @param parameters JUnit configuration parameters (they include system properties)
     * @param env        environment variables
     * @throws IllegalArgumentException naming the property or variable whose value is not usable
     */
    static SimulatorConfig resolve(SimulatedDevice device, String testId, Function<String, Optional<String>> parameters,
            Function<String, String> env) {
        SimulatorConfig.Builder b = SimulatorConfig.builder().port(0);
        for (Setting s : SETTINGS) {
            String from = "@SimulatedDevice(" + s.name() + ")";
            String value = String.valueOf(s.annotated().apply(device));
            Optional<String> parameter = parameters.apply(s.property()).map(String::trim).filter(v -> !v.isEmpty());
            String variable = env.apply(s.variable());
            if (parameter.isPresent()) {
                from = s.property();
                value = parameter.get();
            } else if (variable != null && !variable.isBlank()) {
                from = s.variable();
                value = variable.trim();
            }
            try {
                s.set().accept(b, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(from + " must be a usable " + s.name() + ", got \"" + value
                        + "\": " + e.getMessage(), e);
            }
        }
        SimulatorConfig config = b.build();
        return config.seed() == 0 ? config.toBuilder().seed(seedOf(testId)).build() : config;
    }

    /** A stable, non-zero seed from a test's unique id (64-bit FNV-1a of its UTF-8 bytes). */
    static long seedOf(String testId) {
        long h = 0xcbf29ce484222325L;
        for (byte x : testId.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (x & 0xff)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** How to rerun with the same samples: {@code -Dlwos.bench.sim.seed=42}. */
    static String rerunHint(SimulatorConfig config) {
        return "simulator seed " + config.seed() + " (rerun with the same samples: -D" + PREFIX + "seed=" + config.seed()
                + "); " + config;
    }

    private static double decimal(String v) {
        return Double.parseDouble(v);
    }
}
