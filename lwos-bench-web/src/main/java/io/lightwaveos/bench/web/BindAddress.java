package io.lightwaveos.bench.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/** Whether a bind address keeps the dashboard on this machine, and the warning when it does not. */
public final class BindAddress {

    private BindAddress() {
    }

    /**
     * Whether every address {@code host} stands for is a loopback address. {@code localhost} and
     * IP literals are decided without a name lookup; an unresolvable name counts as not loopback.
     */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(h);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * The warning to print before binding to {@code host}, empty for a loopback address. The CLI's
     * {@code serve --bind} prints it; the server also logs it.
     */
    public static Optional<String> warning(String host) {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        String where = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")
                ? "every network interface" : host;
        return Optional.of("WARNING: the dashboard is listening on " + where
                + ": anyone who can reach this machine can read every run (there is no login)."
                + " Bind to 127.0.0.1 unless you mean it.");
    }
}
