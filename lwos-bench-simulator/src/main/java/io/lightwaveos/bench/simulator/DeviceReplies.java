package io.lightwaveos.bench.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.io.UncheckedIOException;
import java.util.Map;

/** The JSON replies of the simulated device, shaped as PROTOCOL.md shows them. */
final class DeviceReplies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeviceReplies() {
    }

    static String success(String type, String requestId, Map<String, Object> data) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", type);
        root.put("success", true);
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        root.set("data", MAPPER.valueToTree(data));
        return write(root);
    }

    /** A failure; {@code requestId} may be null (the firmware omits it on some errors). */
    static String failure(String type, String requestId, String code, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", type);
        root.put("success", false);
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return write(root);
    }

    static String rejected(String requestId) {
        return failure(DeviceProtocol.REJECTED, requestId, DeviceProtocol.RESOURCE_EXHAUSTED, "Subscriber table full");
    }

    static String status(long uptimeMs, int subscribers) {
        return success("status", null, Map.of("uptimeMs", uptimeMs, "freeHeap", 183_204,
                "effect", "Ripple", "benchmarkSubscribers", subscribers));
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
