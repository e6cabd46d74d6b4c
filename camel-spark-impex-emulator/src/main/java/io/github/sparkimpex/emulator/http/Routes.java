package io.github.sparkimpex.emulator.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;

import java.time.Clock;
import java.util.Map;

/** Common wrapping of route tables. */
final class Routes {

    private Routes() {
    }

    /** Runs {@code routes} on a worker thread in blocking mode, with JSON errors and JSON 404/405. */
    static HttpHandler blocking(RoutingHandler routes, Clock clock) {
        withJsonMisses(routes, clock);
        return new BlockingHandler(new ApiErrorHandler(routes, clock));
    }

    static RoutingHandler withJsonMisses(RoutingHandler routes, Clock clock) {
        return routes
                .setFallbackHandler(exchange -> Responses.error(exchange, 404, "NOT_FOUND",
                        "No route for " + exchange.getRequestPath(), Map.of(), Map.of(), clock.instant()))
                .setInvalidMethodHandler(exchange -> Responses.error(exchange, 405, "METHOD_NOT_ALLOWED",
                        exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestPath(), Map.of(),
                        Map.of(), clock.instant()));
    }
}
