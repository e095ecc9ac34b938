package io.lightwaveos.bench.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.simulator.SubscriberTable.Connection;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated device's answers to the five benchmark commands and the device-context commands
 * (PROTOCOL.md), shaped by the configured {@link SubscribeBehaviour}; with an API key, the
 * {@code auth} handshake and the block after repeated failures; with a rate limit, RATE_LIMITED
 * for messages over it. Every text message received is recorded. Event loop only.
 */
final class CommandHandler {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SimulatorConfig config;
    private final DeviceModel model;
    private final SubscriberTable table;
    private final Runnable onSubscribe;
    private final DeviceIdentity identity;
    private final List<ReceivedCommand> received = new CopyOnWriteArrayList<>();
    /** Failed logins and blocks by remote address. */
    private final Map<InetAddress, AuthFailures> authFailures = new HashMap<>();

    /** Failed logins of one address; blocked until {@code blockedUntilNanos} once there were too many. */
    private static final class AuthFailures {
        int count;
        long blockedUntilNanos;
        boolean blocked;
    }

    /**
     * @param onSubscribe told after each successful subscribe (starts the timed faults' clock)
     */
    CommandHandler(SimulatorConfig config, DeviceModel model, SubscriberTable table, DeviceIdentity identity,
            Runnable onSubscribe) {
        this.config = config;
        this.model = model;
        this.table = table;
        this.identity = identity;
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
        if (blockedOrThrottled(c, requestId)) {
            return;
        }
        if (config.apiKey() != null && !c.authenticated) {
            authenticate(c, type, requestId, root);
            return;
        }
        if (type.startsWith("benchmark.") && refusedByBehaviour(c, type, requestId)) {
            return;
        }
        switch (type) {
            case DeviceProtocol.GET_DEVICE_INFO -> reply(c, DeviceReplies.success(DeviceProtocol.DEVICE_INFO, requestId,
                    identity.wsInfo()));
            case DeviceProtocol.GET_DEVICE_STATUS -> deviceStatus(c, requestId);
            case DeviceProtocol.GET_STATUS -> reply(c, DeviceReplies.status(requestId, identity.status()));
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

    /**
     * RATE_LIMITED for an address blocked after failed logins, or for a connection over the
     * message rate; true when the message was answered that way (and is otherwise dropped).
     */
    private boolean blockedOrThrottled(Connection c, String requestId) {
        long now = System.nanoTime();
        AuthFailures failures = authFailures.get(address(c));
        if (failures != null && failures.blocked) {
            long left = failures.blockedUntilNanos - now;
            if (left > 0) {
                reply(c, DeviceReplies.rateLimited(requestId, Math.max(1, (left + 999_999_999L) / 1_000_000_000L),
                        "Too many failed authentication attempts"));
                return true;
            }
            authFailures.remove(address(c));
        }
        if (config.rateLimit() > 0) {
            if (now - c.windowStartNanos >= 1_000_000_000L || c.windowCount == 0) {
                c.windowStartNanos = now;
                c.windowCount = 0;
            }
            c.windowCount++;
            if (c.windowCount > config.rateLimit()) {
                long left = Math.max(1, (c.windowStartNanos + 1_000_000_000L - now + 999_999_999L) / 1_000_000_000L);
                reply(c, DeviceReplies.rateLimited(requestId, left, "Rate limit exceeded ("
                        + config.rateLimit() + " messages/s)"));
                return true;
            }
        }
        return false;
    }

    /** The first message on a socket of a device with an API key must be a good {@code auth}. */
    private void authenticate(Connection c, String type, String requestId, JsonNode root) {
        boolean good = DeviceProtocol.AUTH.equals(type) && root.path("apiKey").isTextual()
                && constantTimeEquals(root.path("apiKey").asText(), config.apiKey());
        if (good) {
            c.authenticated = true;
            authFailures.remove(address(c));
            reply(c, DeviceReplies.authenticated(requestId));
            return;
        }
        AuthFailures failures = authFailures.computeIfAbsent(address(c), a -> new AuthFailures());
        failures.count++;
        if (failures.count >= config.authFailuresBeforeBlock()) {
            failures.blocked = true;
            failures.blockedUntilNanos = System.nanoTime() + config.authBlock().toNanos();
        }
        reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, DeviceProtocol.UNAUTHORIZED,
                DeviceProtocol.AUTH.equals(type) ? "Invalid API key" : "Authentication required"));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static InetAddress address(Connection c) {
        return c.channel.remoteAddress() instanceof InetSocketAddress a ? a.getAddress() : null;
    }

    List<ReceivedCommand> received() {
        return List.copyOf(received);
    }

    private boolean refusedByBehaviour(Connection c, String type, String requestId) {
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
            case IGNORE_START -> {
                return DeviceProtocol.START.equals(type) || DeviceProtocol.STOP.equals(type);
            }
            case ACCEPTED_FALSE, SUCCESS_NOT_TRUE, SILENT -> {
                if (!DeviceProtocol.SUBSCRIBE.equals(type)) {
                    return false;
                }
                // Answered like a subscribe, but the connection never joins the table: no frames follow.
                Map<String, Object> data = subscribedData(c);
                data.put("accepted", config.subscribeBehaviour() != SubscribeBehaviour.ACCEPTED_FALSE);
                String json = DeviceReplies.success(DeviceProtocol.SUBSCRIBED, requestId, data);
                reply(c, config.subscribeBehaviour() == SubscribeBehaviour.SUCCESS_NOT_TRUE
                        ? json.replace("\"success\":true", "\"success\":\"yes\"") : json);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** {@code device.getStatus}, answered as the configured {@link DeviceStatusBehaviour} says. */
    private void deviceStatus(Connection c, String requestId) {
        switch (config.statusBehaviour()) {
            case ANSWER -> reply(c, DeviceReplies.success(DeviceProtocol.DEVICE_STATUS, requestId, identity.wsStatus()));
            case NO_REPLY -> { }
            case ERROR -> reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, "UNKNOWN_COMMAND",
                    "unknown command \"" + DeviceProtocol.GET_DEVICE_STATUS + "\""));
            case MALFORMED -> reply(c, DeviceReplies.success(DeviceProtocol.DEVICE_STATUS, requestId,
                    identity.malformedStatus()));
        }
    }

    private void subscribe(Connection c, String requestId) {
        if (!table.subscribe(c)) {
            reply(c, DeviceReplies.rejected(requestId));
            return;
        }
        onSubscribe.run();
        Map<String, Object> data = subscribedData(c);
        data.put("accepted", true);
        reply(c, DeviceReplies.success(DeviceProtocol.SUBSCRIBED, requestId, data));
    }

    private Map<String, Object> subscribedData(Connection c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientId", c.clientId);
        data.put("frameSize", FrameLayout.COMPACT_SIZE);
        data.put("targetFps", Math.max(1, Math.round(config.rate())));
        data.put("magicByte", 0);
        return data;
    }

    private static void reply(Connection c, String json) {
        c.channel.writeAndFlush(new TextWebSocketFrame(json));
    }
}
