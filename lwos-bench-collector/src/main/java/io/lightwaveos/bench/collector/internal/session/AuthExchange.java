package io.lightwaveos.bench.collector.internal.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.io.UncheckedIOException;

/**
 * The {@code auth} handshake a device with an API key expects as the first message on a socket:
 * {@code {"type": "auth", "apiKey": KEY}} → {@code {"type": "auth", "success": true}}, or
 * {@code UNAUTHORIZED} for a wrong key. The key lives only in the message text this class builds;
 * nothing here prints it.
 */
public final class AuthExchange {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a text message meant to this exchange. */
    public enum Outcome {
        /** Not the reply to {@code auth}. */
        IGNORED,
        /** Accepted: go on. */
        ACCEPTED,
        /** {@code UNAUTHORIZED}: the key is wrong. */
        REFUSED,
        /** Another error: the device does not do authentication (an older firmware); go on without. */
        NOT_SUPPORTED
    }

    private final String message;
    private boolean finished;

    /** @param apiKey the key, not empty */
    public AuthExchange(String apiKey) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", DeviceProtocol.AUTH);
        node.put("apiKey", apiKey);
        try {
            this.message = MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message to send (it contains the key: send it, never print it). */
    public String command() {
        return message;
    }

    /**
     * Interprets one text message. RATE_LIMITED is not decided here: the session waits and sends
     * {@link #command()} again.
     */
    public Outcome onReply(DeviceReply reply) {
        if (reply == null || finished) {
            return Outcome.IGNORED;
        }
        if (DeviceProtocol.AUTH.equals(reply.type())) {
            finished = true;
            if (!reply.isFailure()) {
                return Outcome.ACCEPTED;
            }
            return DeviceProtocol.UNAUTHORIZED.equals(reply.errorCode()) || reply.errorCode() == null
                    ? Outcome.REFUSED : Outcome.NOT_SUPPORTED;
        }
        if (DeviceProtocol.ERROR.equals(reply.type()) && reply.requestId() == null) {
            if (DeviceProtocol.UNAUTHORIZED.equals(reply.errorCode())) {
                finished = true;
                return Outcome.REFUSED;
            }
            if (!DeviceProtocol.RATE_LIMITED.equals(reply.errorCode())) {
                // "unknown command auth" from a firmware without FEATURE_API_AUTH.
                finished = true;
                return Outcome.NOT_SUPPORTED;
            }
        }
        return Outcome.IGNORED;
    }

    /** Whether the handshake ended. */
    public boolean isFinished() {
        return finished;
    }
}
