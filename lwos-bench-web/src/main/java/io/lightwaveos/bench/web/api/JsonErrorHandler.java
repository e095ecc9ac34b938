package io.lightwaveos.bench.web.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a request Jetty refuses before Javalin sees it, such as a path with
 * an encoded NUL) in the API's error shape {@code {"error": "...", "status": N}} instead of an HTML
 * page.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object message = request.getAttribute(ERROR_MESSAGE);
        if (message == null) {
            message = request.getAttribute("jakarta.servlet.error.message");
        }
        generateResponse(request, response, response.getStatus(), message == null ? null : message.toString(), null,
                callback);
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    private static ByteBuffer body(int code, String message) {
        String text = message == null || message.isBlank() || message.equals(HttpStatus.getMessage(code))
                ? HttpStatus.getMessage(code) + (code == 400
                        ? " (a malformed URL: encoded control characters or ambiguous path segments?)" : "")
                : message;
        String json = "{\"error\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(
                "request refused: " + text)) + "\",\"status\":" + code + "}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
