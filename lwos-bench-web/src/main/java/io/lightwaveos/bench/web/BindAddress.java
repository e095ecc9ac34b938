package io.lightwaveos.bench.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an address can be listened on at all, whether it keeps the dashboard on this machine,
 * and the warning when it does not. The CLI checks {@code serve --bind} and {@code simulate --bind}
 * with {@link #problem(String)} before starting anything.
 */
public final class BindAddress {

    /** Dotted digits only: an IPv4 literal (valid or not), never looked up as a host name. */
    private static final Pattern DOTTED_DIGITS = Pattern.compile("[0-9.]+");

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
     * Why nothing can listen on {@code host}, as a sentence for the user, or empty if something
     * can: {@code host} must be the wildcard address, or an IP address or host name of one of this
     * machine's network interfaces (loopback included). A dotted-digits string that is not a valid
     * IPv4 address ({@code 999.1.1.1}) is refused without a name lookup.
     */
    public static Optional<String> problem(String host) {
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        Optional<String> refused = Optional.of("cannot bind to " + host
                + ": not an IP address or host name of this machine");
        if (h.isEmpty() || DOTTED_DIGITS.matcher(h).matches() && !validIpv4(h)) {
            return refused;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(h)) {
                if (a.isAnyLocalAddress() || a.isLoopbackAddress() || NetworkInterface.getByInetAddress(a) != null) {
                    return Optional.empty();
                }
            }
            return refused;
        } catch (UnknownHostException | SocketException e) {
            return refused;
        }
    }

    private static boolean validIpv4(String h) {
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * The warning to print before binding to {@code host}, empty for a loopback address. The CLI's
     * {@code serve --bind} prints it (the server does not, so it is said once).
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
