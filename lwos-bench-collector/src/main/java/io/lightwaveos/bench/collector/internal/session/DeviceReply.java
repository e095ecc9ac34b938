package io.lightwaveos.bench.collector.internal.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON text message from the device: {@code {"type", "success", "requestId", "data",
 * "error": {"code", "message"}}}. Anything else on the socket (not JSON, no {@code type}) parses
 * to {@code null}.
 */
public final class DeviceReply {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String type;
    private final boolean success;
    private final String requestId;
    private final String errorCode;
    private final String errorMessage;
    private final JsonNode data;
    private final JsonNode root;
    private final long retryAfterSeconds;

    private DeviceReply(String type, boolean success, String requestId, String errorCode, String errorMessage,
            JsonNode data, JsonNode root, long retryAfterSeconds) {
        this.type = type;
        this.success = success;
        this.requestId = requestId;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.data = data;
        this.root = root;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The message, or {@code null} if {@code text} is not a JSON object with a string {@code type}. */
    public static DeviceReply parse(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (root == null || !root.isObject() || !root.path("type").isTextual()) {
            return null;
        }
        JsonNode error = root.path("error");
        String code = error.path("code").isValueNode() ? error.path("code").asText() : null;
        String message = error.path("message").isValueNode() ? error.path("message").asText()
                : error.isTextual() ? error.asText() : null;
        // Only true is success: "success": "yes", 1 or null is no promise of anything.
        JsonNode successNode = root.get("success");
        boolean success = successNode == null || successNode.isBoolean() && successNode.booleanValue();
        JsonNode requestId = root.path("requestId");
        JsonNode retryAfter = error.path("retryAfter");
        return new DeviceReply(root.path("type").asText(), success,
                requestId.isValueNode() && !requestId.isNull() ? requestId.asText() : null,
                code, message, root.path("data"), root,
                retryAfter.isNumber() ? Math.max(0, retryAfter.asLong()) : -1);
    }

    /** The message type, e.g. {@code benchmark.subscribed}. */
    public String type() {
        return type;
    }

    /** False when the message has a {@code success} that is not {@code true} ({@code false}, {@code "yes"}, null). */
    public boolean success() {
        return success;
    }

    /** The echoed request id, {@code null} when there is none. */
    public String requestId() {
        return requestId;
    }

    /** Whether {@code reply} (which may be {@code null}: not a device message) carries error {@code code}. */
    static boolean isError(DeviceReply reply, String code) {
        return reply != null && code.equals(reply.errorCode());
    }

    /** {@code error.code}, {@code null} when absent. */
    public String errorCode() {
        return errorCode;
    }

    /** {@code error.message}, {@code null} when absent. */
    public String errorMessage() {
        return errorMessage;
    }

    /** {@code error.retryAfter} in seconds (RATE_LIMITED), or -1 when absent. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The {@code data} object (a missing node when absent). */
    public JsonNode data() {
        return data;
    }

    /** The whole message (some messages, such as {@code status}, carry their fields at the top level). */
    public JsonNode body() {
        return root;
    }

    /** Whether the message reports a failure ({@code success} not {@code true}, or an error object). */
    public boolean isFailure() {
        return !success || errorCode != null;
    }

    /** Whether the message carries {@code requestId} (or, when {@code acceptMissing}, no id at all). */
    public boolean answers(String id, boolean acceptMissing) {
        return requestId == null ? acceptMissing : requestId.equals(id);
    }

    /** Whether {@code data.<field>} is absent or exactly {@code true}; any other value is a refusal. */
    public boolean dataAbsentOrTrue(String field) {
        JsonNode n = data.get(field);
        return n == null || n.isBoolean() && n.booleanValue();
    }

    /** {@code data.<field>} as text for a message ({@code false}, {@code "no"}), or null when absent. */
    public String dataText(String field) {
        JsonNode n = data.get(field);
        return n == null ? null : n.toString();
    }

    /** {@code data.<field>} as a long, or {@code fallback} when absent or not a number. */
    public long dataLong(String field, long fallback) {
        JsonNode n = data.path(field);
        return n.isNumber() ? n.asLong() : fallback;
    }

    /** The numeric fields of the object {@code data.<field>}, in document order; empty when absent. */
    public Map<String, Double> dataNumbers(String field) {
        JsonNode obj = data.path(field);
        if (!obj.isObject()) {
            return Map.of();
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "DeviceReply[type=" + type + ", success=" + success + ", requestId=" + requestId
                + (errorCode == null ? "" : ", error=" + errorCode + " " + errorMessage) + "]";
    }
}
