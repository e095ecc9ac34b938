package io.lightwaveos.bench.collector.internal.netty;

import io.lightwaveos.bench.collector.FailureReason;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.websocketx.WebSocketHandshakeException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Why a connection attempt failed, for a person: the failure reason and a short detail
 * ("connection refused").
 *
 * @param reason {@code UNREACHABLE}, {@code CONNECT_TIMEOUT} or {@code HANDSHAKE_FAILED}
 * @param detail what happened
 */
record ConnectFailure(FailureReason reason, String detail) {

    /** Timeout detail: the TCP connection never came up. */
    static final String NO_TCP = "no TCP connection";
    /** Timeout detail: TCP came up, the WebSocket upgrade was never answered. */
    static final String NO_HANDSHAKE = "a TCP connection but no WebSocket handshake reply";

    /** Classifies an exception from connecting, the TLS handshake or the WebSocket handshake. */
    static ConnectFailure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectTimeoutException) {
                return new ConnectFailure(FailureReason.CONNECT_TIMEOUT, NO_TCP);
            }
            if (t instanceof UnknownHostException) {
                return new ConnectFailure(FailureReason.UNREACHABLE, "unknown host " + t.getMessage());
            }
            if (t instanceof ConnectException) {
                return new ConnectFailure(FailureReason.UNREACHABLE, lowerFirst(t.getMessage()));
            }
            if (t instanceof SSLException) {
                return new ConnectFailure(FailureReason.HANDSHAKE_FAILED, "the TLS handshake failed: " + t.getMessage());
            }
            if (t instanceof WebSocketHandshakeException) {
                String m = String.valueOf(t.getMessage());
                return m.contains("timed out")
                        ? new ConnectFailure(FailureReason.CONNECT_TIMEOUT, NO_HANDSHAKE)
                        : new ConnectFailure(FailureReason.HANDSHAKE_FAILED, "the WebSocket handshake failed: " + m);
            }
        }
        return new ConnectFailure(FailureReason.UNREACHABLE, String.valueOf(error));
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "connection failed";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
