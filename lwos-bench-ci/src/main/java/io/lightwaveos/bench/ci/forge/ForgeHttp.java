package io.lightwaveos.bench.ci.forge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends JSON requests to one origin (scheme, host and port): a forge's API or a webhook. Refuses
 * any other origin, so a token goes only where it was configured to go; retries exactly once when
 * the server answers 5xx or the connection fails; turns every failure into a {@link Failure} whose
 * one-line message holds no secret.
 */
final class ForgeHttp {

    /** The largest response read, in bytes. */
    static final int MAX_RESPONSE = 16 * 1024 * 1024;

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A response: status, body as text, headers. */
    record Response(int status, String body, HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The JSON body, or a missing node when it is not JSON. */
        JsonNode json() {
            try {
                JsonNode n = MAPPER.readTree(body);
                return n == null ? MAPPER.missingNode() : n;
            } catch (IOException e) {
                return MAPPER.missingNode();
            }
        }
    }

    /** A request that did not succeed; {@link #getMessage()} is one line without secrets. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final Supplier<HttpClient> client;
    private final HttpSettings settings;
    private final URI origin;
    private final String label;
    private final Map<String, String> headers;
    private final Secret secret;
    private final boolean pathIsSecret;

    /**
     * @param client       the client, asked for when the first request is sent ({@link HttpSettings#lazyClient()})
     * @param origin       where requests may go (only its scheme, host and port count)
     * @param label        names the far end in messages: {@code GitHub}, {@code webhook LWOS_BENCH_SLACK_WEBHOOK}
     * @param headers      headers of every request, the authentication header included
     * @param secret       the secret these requests carry, redacted from every message; null for none
     * @param pathIsSecret whether request paths are secret (a webhook's) and must stay out of messages
     */
    ForgeHttp(Supplier<HttpClient> client, HttpSettings settings, URI origin, String label, Map<String, String> headers,
            Secret secret, boolean pathIsSecret) {
        this.client = Objects.requireNonNull(client, "client");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.label = label;
        this.headers = new LinkedHashMap<>(headers);
        this.secret = secret;
        this.pathIsSecret = pathIsSecret;
    }

    /**
     * {@code url} as a base the forge clients may send secrets to: {@code https://}, or
     * {@code http://} to a loopback address only (a fake forge in tests); no user info, query or fragment.
     *
     * @param what names the URL's origin in the message, e.g. {@code GITHUB_API_URL}; never its value
     *             when the URL is secret
     * @throws IllegalArgumentException saying which rule it breaks
     */
    static URI checkBase(String url, String what, boolean secretUrl) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a URL" + (secretUrl ? "" : ": " + Printable.of(url)));
        }
        String shown = secretUrl ? what : what + " " + Printable.of(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(shown + " is not an http(s) URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + " holds credentials in the URL; tokens come from their own variable");
        }
        if (uri.getRawQuery() != null && !secretUrl || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(shown + " has a query or fragment; give the API root");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(shown + " is plain http:// to a host that is not this machine; "
                    + "secrets are sent over https:// only");
        }
        return uri;
    }

    /** Whether {@code host} is a loopback literal or {@code localhost} (no name is looked up). */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code GET uri}. */
    Response get(URI uri, String what) throws Failure {
        return send("GET", uri, null, what);
    }

    /**
     * Sends {@code method uri} with {@code json} as body (null for none), once more if the answer is
     * 5xx or the connection fails.
     *
     * @param what what the request does, for messages: {@code list the PR comments}
     * @throws Failure when the origin is not the configured one, or no answer arrives
     */
    Response send(String method, URI uri, String json, String what) throws Failure {
        if (!sameOrigin(uri)) {
            throw new Failure(label + ": refused to send a request to another host than the configured one ("
                    + what + ")");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout());
        headers.forEach(b::header);
        if (json != null) {
            b.header("Content-Type", "application/json; charset=utf-8");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpRequest request = b.build();
        IOException failed = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            if (attempt == 2) {
                pause(what);
            }
            try {
                Response r = exchange(request);
                if (r.status() >= 500 && attempt == 1) {
                    continue;
                }
                return r;
            } catch (HttpTimeoutException e) {
                throw new Failure(label + ": cannot " + what + ": no answer within "
                        + settings.requestTimeout().toSeconds() + " s");
            } catch (IOException e) {
                failed = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(label + ": cannot " + what + ": interrupted");
            }
        }
        throw new Failure(label + ": cannot " + what + ": " + describe(failed));
    }

    private Response exchange(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = client.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            byte[] bytes = in.readNBytes(MAX_RESPONSE + 1);
            if (bytes.length > MAX_RESPONSE) {
                throw new IOException("the answer is larger than " + MAX_RESPONSE / (1024 * 1024) + " MiB");
            }
            return new Response(r.statusCode(), new String(bytes, StandardCharsets.UTF_8), r.headers());
        }
    }

    private void pause(String what) throws Failure {
        try {
            Thread.sleep(settings.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(label + ": cannot " + what + ": interrupted");
        }
    }

    /**
     * The failure of a request answered with a status that is not 2xx: {@code GitHub: cannot create
     * the PR comment: HTTP 401 Bad credentials; HINT}.
     *
     * @param hint what to do, or null
     */
    Failure refused(Response r, String what, String hint) {
        String detail = serverMessage(r);
        return new Failure(label + ": cannot " + what + ": HTTP " + r.status()
                + (detail == null ? "" : " " + detail) + (hint == null ? "" : "; " + hint));
    }

    /** The server's own words: a JSON {@code message}/{@code error}, or the start of a short text body. */
    private String serverMessage(Response r) {
        JsonNode j = r.json();
        String text = null;
        if (j.path("message").isTextual()) {
            text = j.path("message").asText();
        } else if (j.path("error").isTextual()) {
            text = j.path("error").asText();
        } else if (!j.isContainerNode() && r.body().length() <= 200 && !r.body().isBlank()) {
            text = r.body().strip();
        }
        return text == null ? null : "(" + Printable.truncate(redact(text).replaceAll("\\s+", " "), 120) + ")";
    }

    private String describe(IOException e) {
        String kind = e instanceof ConnectException ? "cannot connect" : "connection failed";
        String m = e.getMessage();
        if (m == null || m.isBlank() || pathIsSecret) {
            return kind + " (" + e.getClass().getSimpleName() + ")";
        }
        return kind + " (" + Printable.truncate(redact(m), 120) + ")";
    }

    private String redact(String text) {
        return secret == null ? text : secret.redact(text);
    }

    private boolean sameOrigin(URI uri) {
        return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(origin.getScheme())
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(origin.getHost())
                && port(uri) == port(origin) && uri.getRawUserInfo() == null;
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) {
            return u.getPort();
        }
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** {@code label} for messages. */
    String label() {
        return label;
    }
}
