package io.github.sparkimpex.emulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.JsonMappers;
import io.undertow.server.HttpServerExchange;

import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies in blocking mode. */
public final class RequestBodies {

    /** A JSON body larger than this is not an ImpEx request; packages go through multipart. */
    private static final int MAX_JSON_BYTES = 1024 * 1024;

    private RequestBodies() {
    }

    public static JsonNode json(HttpServerExchange exchange) throws IOException {
        byte[] bytes = exchange.getInputStream().readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw ApiException.badRequest("INVALID_JSON", "The JSON body is larger than " + MAX_JSON_BYTES + " bytes");
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("INVALID_JSON", "The request needs a JSON body");
        }
        try {
            return JsonMappers.wire().readTree(bytes);
        } catch (JacksonException e) {
            throw ApiException.badRequest("INVALID_JSON", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads and discards what is left of the request body. An error answered while the client is still sending
     * (say a 401 to a 200 MB upload) would otherwise reach the client as a reset connection, not as the error.
     */
    public static void drain(HttpServerExchange exchange) throws IOException {
        if (exchange.isRequestComplete() || !exchange.isBlocking()) {
            return;
        }
        InputStream in = exchange.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        while (in.read(buffer) != -1) {
            // discard
        }
    }
}
