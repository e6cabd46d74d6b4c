package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.faults.FaultBoard;
import io.github.sparkimpex.emulator.faults.InjectedResponse;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The rate-limit and server-error faults: answers the request with 429 (with {@code Retry-After}) or a 5xx
 * instead of handling it. Sits before authentication, like a gateway would.
 */
public final class InjectedFaultHandler implements HttpHandler {

    private final FaultBoard faults;
    private final Clock clock;
    private final HttpHandler next;

    public InjectedFaultHandler(FaultBoard faults, Clock clock, HttpHandler next) {
        this.faults = faults;
        this.clock = clock;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<InjectedResponse> fault = faults.takeRequestFault(PathParams.get(exchange, "tenant"));
        if (fault.isEmpty()) {
            next.handleRequest(exchange);
            return;
        }
        InjectedResponse response = fault.get();
        RequestBodies.drain(exchange);
        Responses.error(exchange, response.status(), response.errorCode(), response.message(), Map.of(),
                response.headers(), clock.instant());
    }
}
