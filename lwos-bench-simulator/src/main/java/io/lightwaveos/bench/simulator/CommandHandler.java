package io.lightwaveos.bench.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.simulator.SubscriberTable.Connection;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated device's answers to the five commands (PROTOCOL.md), shaped by the configured
 * {@link SubscribeBehaviour}; every text message received is recorded. Event loop only.
 */
final class CommandHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SimulatorConfig config;
    private final DeviceModel model;
    private final SubscriberTable table;
    private final Runnable onSubscribe;
    private final List<ReceivedCommand> received = new CopyOnWriteArrayList<>();

    /**
     * @param onSubscribe told after each successful subscribe (starts the timed faults' clock)
     */
    CommandHandler(SimulatorConfig config, DeviceModel model, SubscriberTable table, Runnable onSubscribe) {
        this.config = config;
        this.model = model;
        this.table = table;
        this.onSubscribe = onSubscribe;
    }

    void onText(Connection c, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        String type = root != null && root.path("type").isTextual() ? root.path("type").asText() : null;
        JsonNode id = root == null ? null : root.path("requestId");
        String requestId = id != null && id.isValueNode() && !id.isNull() ? id.asText() : null;
        received.add(new ReceivedCommand(c.id, type, requestId, text));
        if (type == null) {
            reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, "INVALID_JSON",
                    "expected a JSON object with a \"type\""));
            return;
        }
        if (type.startsWith("benchmark.") && refusedByBehaviour(c, type)) {
            return;
        }
        switch (type) {
            case DeviceProtocol.SUBSCRIBE -> subscribe(c, requestId);
            case DeviceProtocol.UNSUBSCRIBE -> {
                table.unsubscribe(c);
                reply(c, DeviceReplies.success(DeviceProtocol.UNSUBSCRIBED, requestId, Map.of("clientId", c.clientId)));
            }
            case DeviceProtocol.START -> {
                model.resetStats();
                reply(c, DeviceReplies.success(DeviceProtocol.STARTED, requestId, Map.of("active", true)));
            }
            case DeviceProtocol.STOP -> {
                model.stopStreaming();
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("active", false);
                data.put("results", model.results());
                reply(c, DeviceReplies.success(DeviceProtocol.STOPPED, requestId, data));
            }
            case DeviceProtocol.GET -> reply(c, DeviceReplies.success(DeviceProtocol.STATS, requestId, model.stats()));
            default -> reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, "UNKNOWN_COMMAND",
                    "unknown command \"" + type + "\""));
        }
    }

    List<ReceivedCommand> received() {
        return List.copyOf(received);
    }

    private boolean refusedByBehaviour(Connection c, String type) {
        switch (config.subscribeBehaviour()) {
            case FEATURE_DISABLED -> {
                // As PROTOCOL.md shows it: no requestId on this error.
                reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, null, DeviceProtocol.FEATURE_DISABLED,
                        "Audio benchmark not compiled into this firmware"));
                return true;
            }
            case SYSTEM_NOT_READY -> {
                reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, null, DeviceProtocol.SYSTEM_NOT_READY,
                        "Audio pipeline not ready"));
                return true;
            }
            case NO_REPLY -> {
                return DeviceProtocol.SUBSCRIBE.equals(type);
            }
            default -> {
                return false;
            }
        }
    }

    private void subscribe(Connection c, String requestId) {
        if (!table.subscribe(c)) {
            reply(c, DeviceReplies.rejected(requestId));
            return;
        }
        onSubscribe.run();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientId", c.clientId);
        data.put("frameSize", FrameLayout.COMPACT_SIZE);
        data.put("targetFps", Math.max(1, Math.round(config.rate())));
        data.put("magicByte", 0);
        data.put("accepted", true);
        reply(c, DeviceReplies.success(DeviceProtocol.SUBSCRIBED, requestId, data));
    }

    private static void reply(Connection c, String json) {
        c.channel.writeAndFlush(new TextWebSocketFrame(json));
    }
}
