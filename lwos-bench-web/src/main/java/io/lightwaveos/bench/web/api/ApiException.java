package io.lightwaveos.bench.web.api;

/**
 * A request the API refuses, with the HTTP status to answer and a message saying what was expected
 * and what was found. Rendered as {@code {"error": message, "status": status}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    /**
     * @param status  a 4xx or 5xx HTTP status
     * @param message what was wrong, for the client
     */
    public ApiException(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx, got " + status);
        }
        this.status = status;
    }

    /** A 400 Bad Request. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
