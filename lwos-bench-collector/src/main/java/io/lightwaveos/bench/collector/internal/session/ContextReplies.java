package io.lightwaveos.bench.collector.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.Workload;

/**
 * Reads the device's self-description (PROTOCOL.md, device context) into the run context's
 * types. A field that is absent or of the wrong JSON type stays {@code null}: older firmware says
 * less, and saying nothing is better than guessing.
 */
public final class ContextReplies {

    private ContextReplies() {
    }

    /** {@code GET /api/v1/device/info}'s {@code data}: firmware, its number, board, SDK, architecture, flash size. */
    public static DeviceInfo httpInfo(JsonNode data) {
        return new DeviceInfo(text(data, "firmware"), longValue(data, "firmwareVersionNumber"), text(data, "board"),
                text(data, "sdk"), text(data, "architecture"), null, null, null, null, longValue(data, "flashSize"),
                null, null);
    }

    /** The host name in {@code GET /api/v1/device/info}'s {@code data}, or {@code null}. */
    public static String hostname(JsonNode data) {
        return text(data, "hostname");
    }

    /** {@code device.info}'s {@code data}: chip model, revision, cores, clock, flash, free heap. */
    public static DeviceInfo wsInfo(JsonNode data) {
        return new DeviceInfo(null, null, null, null, null, text(data, "chipModel"), intValue(data, "chipRevision"),
                intValue(data, "chipCores"), intValue(data, "cpuFreqMHz"), longValue(data, "flashSize"),
                longValue(data, "freeHeap"), null);
    }

    /** {@code device.status}'s {@code data}: free heap and the Wi-Fi RSSI. */
    public static DeviceInfo wsStatus(JsonNode data) {
        return new DeviceInfo(null, null, null, null, null, null, null, null, null, null, longValue(data, "freeHeap"),
                intValue(data.path("network"), "rssi"));
    }

    /**
     * A {@code status} message's workload: its fields at the top level (as the firmware sends
     * them), or inside {@code data} (as some versions do).
     */
    public static Workload workload(DeviceReply status) {
        JsonNode top = status.body();
        JsonNode node = top.has("effectId") || top.has("effectName") ? top : status.data();
        return new Workload(intValue(node, "effectId"), text(node, "effectName"), intValue(node, "brightness"),
                intValue(node, "speed"), intValue(node, "paletteId"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isTextual() ? n.asText() : null;
    }

    private static Long longValue(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isIntegralNumber() && n.canConvertToLong() ? n.asLong() : null;
    }

    private static Integer intValue(JsonNode node, String field) {
        JsonNode n = node.path(field);
        return n.isIntegralNumber() && n.canConvertToInt() ? n.asInt() : null;
    }
}
