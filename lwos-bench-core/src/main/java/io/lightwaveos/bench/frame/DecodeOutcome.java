package io.lightwaveos.bench.frame;

import java.util.Objects;

/**
 * The result of decoding one binary message: a {@link Decoded} frame or a {@link Rejected}
 * message with its reason. Decoding never throws; it returns one of these.
 */
public sealed interface DecodeOutcome permits DecodeOutcome.Decoded, DecodeOutcome.Rejected {

    /** Whether this outcome carries a frame. */
    boolean isFrame();

    /** A valid benchmark frame. */
    record Decoded(BenchmarkFrame frame) implements DecodeOutcome {
        public Decoded {
            Objects.requireNonNull(frame, "frame");
        }

        @Override
        public boolean isFrame() {
            return true;
        }
    }

    /**
     * A rejected message.
     *
     * @param reason  the machine-readable reason
     * @param message what was expected and what was found, e.g. "expected 32 or 64 bytes, got 48"
     */
    record Rejected(RejectReason reason, String message) implements DecodeOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public boolean isFrame() {
            return false;
        }
    }
}
