package io.github.sparkimpex.emulator.faults;

import java.util.Map;

/** An error response a fault switch puts in place of the real answer. */
public record InjectedResponse(int status, String errorCode, String message, Map<String, String> headers) {

    public InjectedResponse {
        headers = Map.copyOf(headers);
    }

    static InjectedResponse rateLimited(int retryAfterSeconds) {
        String seconds = Integer.toString(retryAfterSeconds);
        // Retry-After is the standard header; the TS SDK reads only x-retry-after, so both are sent.
        return new InjectedResponse(429, "RATE_LIMITED", "Too many requests; retry after " + seconds + " s",
                Map.of("Retry-After", seconds, "x-retry-after", seconds));
    }

    static InjectedResponse serverError(int status) {
        String code = status == 502 ? "BAD_GATEWAY" : status == 504 ? "GATEWAY_TIMEOUT" : "SERVICE_UNAVAILABLE";
        return new InjectedResponse(status, code, "Injected server error " + status, Map.of());
    }
}
