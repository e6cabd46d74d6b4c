package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.ApiException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;

/** Turns exceptions of the handlers below into error bodies; must run in blocking mode. */
public final class ApiErrorHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final HttpHandler next;
    private final Clock clock;

    public ApiErrorHandler(HttpHandler next, Clock clock) {
        this.next = next;
        this.clock = clock;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        try {
            next.handleRequest(exchange);
        } catch (ApiException e) {
            LOG.debug("{} {} answered {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), e.status(),
                    e.errorCode());
            respond(exchange, e.status(), e.errorCode(), e.getMessage(), e.details(), e.headers());
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, "INVALID_REQUEST", e.getMessage(), Map.of(), Map.of());
        } catch (Exception e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), exchange.getRequestPath(), e);
            respond(exchange, 500, "INTERNAL_ERROR", "The emulator failed: " + e, Map.of(), Map.of());
        }
    }

    private void respond(HttpServerExchange exchange, int status, String code, String message,
                         Map<String, Object> details, Map<String, String> headers) throws Exception {
        if (exchange.isResponseStarted()) {
            exchange.getConnection().close();
            return;
        }
        RequestBodies.drain(exchange);
        Responses.error(exchange, status, code, message, details, headers, clock.instant());
    }
}
