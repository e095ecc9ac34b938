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

    /** A {@code status} message: its fields at the top level, as the firmware sends them. */
    static String status(String requestId, Map<String, Object> fields) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "status");
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        root.setAll((ObjectNode) MAPPER.valueToTree(fields));
        return write(root);
    }

    /** The reply to a good {@code auth}. */
    static String authenticated(String requestId) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", "auth");
        root.put("success", true);
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        return write(root);
    }

    /** {@code RATE_LIMITED} with {@code retryAfter} seconds. */
    static String rateLimited(String requestId, long retryAfterSeconds, String message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("type", DeviceProtocol.ERROR);
        root.put("success", false);
        if (requestId != null) {
            root.put("requestId", requestId);
        }
        ObjectNode error = root.putObject("error");
        error.put("code", "RATE_LIMITED");
        error.put("message", message);
        error.put("retryAfter", retryAfterSeconds);
        return write(root);
    }

    /** Any object as JSON text (the HTTP documents). */
    static String json(Map<String, Object> document) {
        return write(MAPPER.valueToTree(document));
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
