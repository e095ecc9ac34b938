package io.lightwaveos.bench.collector.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.internal.session.ContextReplies;
import io.lightwaveos.bench.collector.internal.session.FailureMessages;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * {@code GET http://HOST:PORT/api/v1/device/info} (https for {@code wss://}) with the JDK's HTTP
 * client, once, at the start of a collection, beside the WebSocket: it never delays or fails the
 * collection. With an API key it sends {@code X-API-Key}. Whatever happens (refused, timeout, 401,
 * 404, not JSON) ends in one {@link DeviceInfoResult}, handed to the session's thread.
 */
public final class DeviceInfoRequest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeviceInfoRequest() {
    }

    /** The device-info URL of a collection's device (same host and port as its WebSocket). */
    public static URI url(CollectorConfig config) {
        URI ws = config.uri();
        try {
            return new URI(config.secure() ? "https" : "http", null, ws.getHost(), ws.getPort(),
                    DeviceProtocol.DEVICE_INFO_PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make the device-info URL of " + ws + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the request and returns at once; {@code then} runs on {@code sessionThread} with the
     * result, within about {@link CollectorConfig#deviceInfoTimeout()}.
     */
    public static void fetch(CollectorConfig config, Executor sessionThread, Consumer<DeviceInfoResult> then) {
        URI url = url(config);
        HttpClient client = HttpClient.newBuilder().connectTimeout(config.deviceInfoTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.deviceInfoTimeout())
                .header("Accept", "application/json").GET();
        config.apiKey().ifPresent(key -> request.header(DeviceProtocol.API_KEY_HEADER, key));
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> error == null ? interpret(url, response)
                        : DeviceInfoResult.failed(describe(url, error, config)))
                .thenAccept(result -> sessionThread.execute(() -> then.accept(result)));
    }

    /** The result of a response: the facts of a {@code {"success": true, "data": {...}}} body, else why not. */
    static DeviceInfoResult interpret(URI url, HttpResponse<String> response) {
        if (response.statusCode() == 401) {
            return DeviceInfoResult.failed("GET " + url + ": HTTP 401, the device wants an API key"
                    + " (--api-key or LWOS_BENCH_API_KEY) or refused the one sent");
        }
        if (response.statusCode() != 200) {
            return DeviceInfoResult.failed("GET " + url + ": HTTP " + response.statusCode());
        }
        return interpret(url, response.body());
    }

    /** The result of a 200 body. */
    static DeviceInfoResult interpret(URI url, String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return DeviceInfoResult.failed("GET " + url + ": expected JSON, got " + excerpt(body));
        }
        if (root == null || !root.path("data").isObject()) {
            return DeviceInfoResult.failed("GET " + url + ": expected {\"success\": true, \"data\": {...}}, got "
                    + excerpt(body));
        }
        JsonNode data = root.path("data");
        return new DeviceInfoResult(ContextReplies.httpInfo(data), ContextReplies.hostname(data), null);
    }

    private static String describe(URI url, Throwable error, CollectorConfig config) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "GET " + url + ": no reply within " + FailureMessages.format(config.deviceInfoTimeout());
        }
        String message = cause.getMessage();
        return "GET " + url + ": " + cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine) + "\"";
    }
}
