package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.faults.FaultBoard;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The slow-responses fault: holds a request for the configured delay before handling it. The wait is a timer
 * on the I/O thread, so slow requests hold no worker thread.
 */
public final class SlowResponseHandler implements HttpHandler {

    private final FaultBoard faults;
    private final HttpHandler next;

    public SlowResponseHandler(FaultBoard faults, HttpHandler next) {
        this.faults = faults;
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Duration delay = faults.delayFor(PathParams.get(exchange, "tenant"));
        if (delay.isZero()) {
            next.handleRequest(exchange);
            return;
        }
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> exchange.getIoThread().executeAfter(
                () -> Connectors.executeRootHandler(next, exchange), delay.toMillis(), TimeUnit.MILLISECONDS));
    }
}
