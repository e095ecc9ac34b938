package io.lightwaveos.bench.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulated device says about itself (PROTOCOL.md, device context): the HTTP
 * {@code /api/v1/device/info} document, the {@code device.info}, {@code device.status} and
 * {@code status} payloads, and the effect it renders (two effects, so a workload change can be
 * rehearsed).
 */
final class DeviceIdentity {

    /** The host name the simulator reports: a run collected from it gets this rig by default. */
    static final String HOSTNAME = "simulator";

    static final long FLASH_SIZE = 16_777_216L;
    static final long HEAP_SIZE = 327_680L;
    static final long FREE_HEAP = 183_204L;
    static final int RSSI = -52;

    /** An LED effect: the audio pipeline's workload. */
    record Effect(int id, String name) {
    }

    static final Effect FIRST_EFFECT = new Effect(7, "Ripple");
    static final Effect SECOND_EFFECT = new Effect(8, "Plasma");

    private final String firmware;
    private final long startNanos = System.nanoTime();
    private volatile Effect effect = FIRST_EFFECT;

    DeviceIdentity(String firmware) {
        this.firmware = firmware;
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
        data.put("freeHeap", FREE_HEAP);
        data.put("heapSize", HEAP_SIZE);
        data.put("sketchSize", 1_310_720);
        data.put("freeSketchSpace", 2_621_440);
        data.put("effectCount", 2);
        return data;
    }

    /** The {@code data} of {@code device.status}. */
    Map<String, Object> wsStatus() {
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("connected", true);
        network.put("apMode", false);
        network.put("ip", "127.0.0.1");
        network.put("rssi", RSSI);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("uptime", uptimeMs() / 1000);
        data.put("freeHeap", FREE_HEAP);
        data.put("heapSize", HEAP_SIZE);
        data.put("cpuFreq", 240);
        data.put("fps", 120);
        data.put("cpuPercent", 35);
        data.put("framesRendered", uptimeMs() * 120 / 1000);
        data.put("network", network);
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
        fields.put("fps", 120);
        fields.put("cpuPercent", 35);
        fields.put("freeHeap", FREE_HEAP);
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

    private long uptimeMs() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
