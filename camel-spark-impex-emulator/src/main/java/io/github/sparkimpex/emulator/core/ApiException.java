package io.github.sparkimpex.emulator.core;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the emulator answers with an HTTP error. Rendered as the emulator's Spark-style error body (see
 * {@code ErrorBody}); {@code details} become extra top-level fields such as {@code job_id}.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String errorCode;
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public static ApiException badRequest(String errorCode, String message) {
        return new ApiException(400, errorCode, message);
    }

    public static ApiException unauthorized(String errorCode, String message) {
        // Clients that follow RFC 6750 look for the challenge header on a 401.
        return new ApiException(401, errorCode, message).withHeader("WWW-Authenticate", "Bearer realm=\"spark\"");
    }

    public static ApiException forbidden(String errorCode, String message) {
        return new ApiException(403, errorCode, message);
    }

    public static ApiException notFound(String errorCode, String message) {
        return new ApiException(404, errorCode, message);
    }

    public ApiException withDetail(String field, Object value) {
        details.put(field, value);
        return this;
    }

    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
