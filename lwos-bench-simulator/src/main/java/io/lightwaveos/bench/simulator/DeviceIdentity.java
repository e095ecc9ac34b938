package io.lightwaveos.bench.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulated device says about itself (PROTOCOL.md, device context): the HTTP
 * {@code /api/v1/device/info} document, the {@code device.info}, {@code device.status} and
 * {@code status} payloads with the configured {@link VitalsOptions}, and the effect it renders
 * (two effects, so a workload change can be rehearsed). Event loop only, except {@link #effect()}.
 */
final class DeviceIdentity {

    /** The host name the simulator reports: a run collected from it gets this rig by default. */
    static final String HOSTNAME = "simulator";

    static final long FLASH_SIZE = 16_777_216L;
    static final long HEAP_SIZE = 327_680L;
    static final int RSSI = -52;

    /** An LED effect: the audio pipeline's workload. */
    record Effect(int id, String name) {
    }

    static final Effect FIRST_EFFECT = new Effect(7, "Ripple");
    static final Effect SECOND_EFFECT = new Effect(8, "Plasma");

    private final String firmware;
    private final VitalsOptions vitals;
    private final long startNanos = System.nanoTime();
    private volatile Effect effect = FIRST_EFFECT;
    /** {@code device.getStatus} answers so far: each leaks {@link VitalsOptions#heapLeak()} bytes. */
    private long statusAnswers;

    DeviceIdentity(String firmware, VitalsOptions vitals) {
        this.firmware = firmware;
        this.vitals = vitals;
    }

    /** The effect rendered now. */
    Effect effect() {
        return effect;
    }

    /** Switches to the other effect. */
    void changeEffect() {
        effect = effect.equals(FIRST_EFFECT) ? SECOND_EFFECT : FIRST_EFFECT;
    }

    /** {@code GET /api/v1/device/info}: {@code {"success": true, "data": {...}, "timestamp", "version"}}. */
    Map<String, Object> httpInfo() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "LightwaveOS");
        data.put("hostname", HOSTNAME);
        data.put("firmware", firmware);
        data.put("firmwareVersionNumber", versionNumber(firmware));
        data.put("boardFamily", "ESP32-S3");
        data.put("board", "lwos-bench simulator");
        data.put("sdk", "simulated");
        data.put("flashSize", FLASH_SIZE);
        data.put("sketchSize", 1_310_720);
        data.put("freeSketch", 2_621_440);
        data.put("architecture", "lwos-bench simulator");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("success", true);
        root.put("data", data);
        root.put("timestamp", uptimeMs());
        root.put("version", "1.0");
        return root;
    }

    /** The {@code data} of {@code device.info}. */
    Map<String, Object> wsInfo() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("chipModel", "ESP32-S3");
        data.put("chipRevision", 0);
        data.put("chipCores", 2);
        data.put("cpuFreqMHz", 240);
        data.put("flashSize", FLASH_SIZE);
        data.put("freeHeap", freeHeap());
        data.put("heapSize", heapSize());
        data.put("sketchSize", 1_310_720);
        data.put("freeSketchSpace", 2_621_440);
        data.put("effectCount", 2);
        return data;
    }

    /** The {@code data} of {@code device.status}; the free heap it reports leaks after it, if told to. */
    Map<String, Object> wsStatus() {
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("connected", true);
        network.put("apMode", false);
        network.put("ip", "127.0.0.1");
        network.put("rssi", RSSI);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uptime", uptimeMs() / 1000);
        data.put("freeHeap", freeHeap());
        data.put("heapSize", heapSize());
        data.put("cpuFreq", 240);
        data.put("fps", number(vitals.fps()));
        data.put("cpuPercent", number(vitals.cpuPercent()));
        data.put("framesRendered", (long) (uptimeMs() * vitals.fps() / 1000));
        data.put("network", network);
        statusAnswers++;
        return data;
    }

    /** A {@code device.status} {@code data} whose vitals are not usable numbers (text, a negative load). */
    Map<String, Object> malformedStatus() {
        Map<String, Object> data = wsStatus();
        data.put("fps", "fast");
        data.put("freeHeap", "plenty");
        data.put("cpuPercent", -3);
        return data;
    }

    /** The fields of a {@code status} message (top level, beside {@code type}). */
    Map<String, Object> status() {
        Effect e = effect;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("effectId", e.id());
        fields.put("effectName", e.name());
        fields.put("brightness", 128);
        fields.put("speed", 10);
        fields.put("paletteId", 3);
        fields.put("hue", 0);
        fields.put("intensity", 128);
        fields.put("saturation", 255);
        fields.put("complexity", 128);
        fields.put("variation", 0);
        fields.put("fps", number(vitals.fps()));
        fields.put("cpuPercent", number(vitals.cpuPercent()));
        fields.put("freeHeap", freeHeap());
        fields.put("uptime", uptimeMs() / 1000);
        return fields;
    }

    /** {@code "2.1.3"} → 20103 (major × 10000 + minor × 100 + patch); 0 when it is not such a version. */
    static long versionNumber(String version) {
        String[] parts = version.split("[.-]", 4);
        long n = 0;
        long[] weights = {10_000, 100, 1};
        for (int i = 0; i < 3; i++) {
            if (i >= parts.length || !parts[i].matches("\\d{1,4}")) {
                return i == 0 ? 0 : n;
            }
            n += Long.parseLong(parts[i]) * weights[i];
        }
        return n;
    }

    /** The free heap now: the configured one less the leak so far, never below 0. */
    private long freeHeap() {
        return Math.max(0, vitals.freeHeap() - statusAnswers * vitals.heapLeak());
    }

    /** The heap's size: 320 KiB, or the configured free heap when that is more (PSRAM). */
    private long heapSize() {
        return Math.max(HEAP_SIZE, vitals.freeHeap());
    }

    /** A whole number as an integer ({@code 120}, as the firmware writes it), anything else as it is. */
    private static Number number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }

    private long uptimeMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
