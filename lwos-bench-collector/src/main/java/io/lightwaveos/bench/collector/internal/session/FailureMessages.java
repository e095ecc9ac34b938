package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.time.Duration;

/** The sentences a failed collection ends with: what was expected, what happened, what to do. */
public final class FailureMessages {

    private FailureMessages() {
    }

    /** The first connection attempt failed. */
    public static String connectFailed(FailureReason reason, String source, String detail, Duration connectTimeout) {
        return switch (reason) {
            case CONNECT_TIMEOUT -> "expected the device at " + source + " to accept a WebSocket connection within "
                    + format(connectTimeout) + ", got " + detail + "; check that it is powered and on this network";
            case HANDSHAKE_FAILED -> "expected a WebSocket endpoint at " + source + ", but " + detail
                    + "; check the URL (the device serves ws://HOST/ws)";
            default -> "cannot connect to the device at " + source + ": " + detail
                    + "; check that it is powered and on this network, and the host and port";
        };
    }

    /** The device refused to subscribe us. */
    public static String subscribeRefused(SubscribeExchange.Failed failure, String source) {
        String said = quote(failure.code(), failure.deviceMessage());
        return switch (failure.reason()) {
            case SUBSCRIBER_TABLE_FULL -> "the device at " + source + " already serves "
                    + DeviceProtocol.MAX_SUBSCRIBERS + " benchmark clients (subscriber table full" + said
                    + "); close another benchmark client (dashboard, collector, script) and try again";
            case FEATURE_DISABLED -> "the device at " + source + " runs a firmware built without the audio"
                    + " benchmark feature (FEATURE_DISABLED" + said + "); flash a firmware built with the"
                    + " benchmark feature to collect from it";
            case SYSTEM_NOT_READY -> "the device at " + source + " is up but its audio pipeline is not running"
                    + " yet (SYSTEM_NOT_READY" + said + "); wait until it has finished starting and try again";
            default -> "the device at " + source + " refused the benchmark subscription (error" + said + ")";
        };
    }

    /** No reply to subscribe in time. */
    public static String subscribeTimeout(String source, Duration timeout) {
        return "expected a benchmark.subscribed reply from " + source + " within " + format(timeout)
                + ", got none; is it a LightwaveOS device with the benchmark feature?";
    }

    /** The connection dropped and reconnecting is off. */
    public static String connectionLost(String source, String cause, long samples) {
        return "the connection to " + source + " was lost (" + cause + ") after " + samples
                + " samples, and reconnecting is switched off";
    }

    /** The device did not come back in time. */
    public static String reconnectTimeout(String source, Duration timeout, int attempts, String lastError) {
        return "the device at " + source + " went away and did not come back within the reconnect timeout of "
                + format(timeout) + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s")
                + "; last: " + lastError + ")";
    }

    /** The sink threw. */
    public static String sinkFailed(Throwable cause) {
        return "the sink failed and the collection was stopped: " + cause;
    }

    /** Our own code threw. */
    public static String internal(Throwable cause) {
        return "internal collector error: " + cause;
    }

    /** A duration for people: {@code 300 ms}, {@code 5 s}, {@code 1.5 s}, {@code 2 min}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 60_000 == 0) {
            return (ms / 60_000) + " min";
        }
        if (ms % 1000 == 0) {
            return (ms / 1000) + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String quote(String code, String message) {
        StringBuilder sb = new StringBuilder();
        if (code != null && !code.equals(DeviceProtocol.FEATURE_DISABLED) && !code.equals(DeviceProtocol.SYSTEM_NOT_READY)) {
            sb.append(": ").append(code);
        }
        if (message != null && !message.isEmpty()) {
            sb.append(sb.length() == 0 ? ": " : " ").append('"').append(message).append('"');
        }
        return sb.toString();
    }
}
