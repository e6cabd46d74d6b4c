package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.Authenticator;
import io.github.sparkimpex.emulator.auth.Principal;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

/** Authenticates an ImpEx API request and attaches the caller for the handlers below. */
public final class AuthenticationHandler implements HttpHandler {

    private static final AttachmentKey<Principal> PRINCIPAL = AttachmentKey.create(Principal.class);

    private final Authenticator authenticator;
    private final HttpHandler next;

    public AuthenticationHandler(Authenticator authenticator, HttpHandler next) {
        this.authenticator = authenticator;
        this.next = next;
    }

    /** The caller of a request that went through this handler. */
    public static Principal principal(HttpServerExchange exchange) {
        Principal principal = exchange.getAttachment(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("The request was not authenticated");
        }
        return principal;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Principal principal = authenticator.authenticate(PathParams.get(exchange, "tenant"),
                name -> exchange.getRequestHeaders().getFirst(name));
        exchange.putAttachment(PRINCIPAL, principal);
        next.handleRequest(exchange);
    }
}
