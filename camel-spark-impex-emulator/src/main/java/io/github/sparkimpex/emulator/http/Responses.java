package io.github.sparkimpex.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.emulator.core.JsonMappers;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

/** Writes JSON responses; works on I/O and worker threads alike. */
public final class Responses {

    private static final String JSON = "application/json";

    private Responses() {
    }

    /** Sends {@code body} in the Spark wire format (snake_case). */
    public static void wire(HttpServerExchange exchange, int status, Object body) {
        send(exchange, status, body, JsonMappers.wire());
    }

    /** Sends {@code body} in the admin format (camelCase). */
    public static void admin(HttpServerExchange exchange, int status, Object body) {
        send(exchange, status, body, JsonMappers.admin());
    }

    /** Sends the emulator's Spark-style error body. */
    public static void error(HttpServerExchange exchange, int status, String errorCode, String message,
                             Map<String, Object> details, Map<String, String> headers, Instant now) {
        headers.forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
        wire(exchange, status, ErrorBodies.of(status, errorCode, message, details, now));
    }

    private static void send(HttpServerExchange exchange, int status, Object body, ObjectMapper mapper) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise response", e);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }
}
