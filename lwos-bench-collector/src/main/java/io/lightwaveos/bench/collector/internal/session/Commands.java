package io.lightwaveos.bench.collector.internal.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Builds the control messages we send: {@code {"type": "<command>", "requestId": "<id>"}}. */
public final class Commands {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private int next;

    /** A fresh request id, unique within this session ({@code lwos-bench-1}, {@code lwos-bench-2}, ...). */
    public String nextRequestId() {
        return "lwos-bench-" + (++next);
    }

    /** The JSON text of command {@code type} with {@code requestId}. */
    public static String command(String type, String requestId) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", type);
        node.put("requestId", requestId);
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
