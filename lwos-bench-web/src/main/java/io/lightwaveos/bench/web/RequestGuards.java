package io.lightwaveos.bench.web;

import io.javalin.http.Context;
import io.lightwaveos.bench.web.api.ApiException;
import java.util.Locale;

/**
 * Checks and headers applied to every request: browser hardening headers, and, while the server
 * is bound to loopback, a Host-header check so that a web page elsewhere cannot read the dashboard
 * through DNS rebinding.
 */
final class RequestGuards {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final boolean loopbackOnly;

    RequestGuards(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    void before(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (loopbackOnly && !loopbackHost(ctx.header("Host"))) {
            throw new ApiException(403, "this dashboard only answers requests addressed to localhost or 127.0.0.1");
        }
    }

    /** Whether a Host header names this machine's loopback interface (any port). */
    static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1");
        }
        int colon = h.indexOf(':');
        String name = colon >= 0 ? h.substring(0, colon) : h;
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
