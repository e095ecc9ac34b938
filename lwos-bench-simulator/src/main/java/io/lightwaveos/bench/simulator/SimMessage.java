package io.lightwaveos.bench.simulator;

import java.util.Objects;

/**
 * One WebSocket message for the simulator to replay verbatim: binary bytes or text.
 *
 * @param binary the bytes of a binary message, or {@code null} for a text message
 * @param text   the text of a text message, or {@code null} for a binary message
 */
public record SimMessage(byte[] binary, String text) {

    public SimMessage {
        if ((binary == null) == (text == null)) {
            throw new IllegalArgumentException("a message is either binary or text, got "
                    + (binary == null ? "neither" : "both"));
        }
        binary = binary == null ? null : binary.clone();
    }

    /** A binary message (the bytes are copied). */
    public static SimMessage binary(byte[] bytes) {
        return new SimMessage(Objects.requireNonNull(bytes, "bytes"), null);
    }

    /** A text message. */
    public static SimMessage text(String text) {
        return new SimMessage(null, Objects.requireNonNull(text, "text"));
    }

    /** Whether this is a binary message. */
    public boolean isBinary() {
        return binary != null;
    }

    /** A copy of the binary bytes, {@code null} for text. */
    @Override
    public byte[] binary() {
        return binary == null ? null : binary.clone();
    }

    /** The binary bytes without copying, for the simulator's own send path. */
    byte[] bytes() {
        return binary;
    }
}
