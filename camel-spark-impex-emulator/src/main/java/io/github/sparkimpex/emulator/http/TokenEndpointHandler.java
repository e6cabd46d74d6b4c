package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.OAuthClient;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.model.Tenant;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormEncodedDataDefinition;
import io.undertow.server.handlers.form.FormParserFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /auth/realms/{tenant}/protocol/openid-connect/token}, Keycloak's client-credentials grant with
 * one realm per tenant. Client id and secret come from the form (as the SDKs send them) or from HTTP Basic
 * ({@code client_secret_basic}); a stray {@code Authorization: Bearer ...} (the SDKs send {@code Bearer None})
 * is ignored. Errors use Keycloak's {@code {"error", "error_description"}} shape.
 */
public final class TokenEndpointHandler implements HttpHandler {

    private final EmulatorCore core;

    public TokenEndpointHandler(EmulatorCore core) {
        this.core = core;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<Tenant> realm = core.tenants().find(PathParams.get(exchange, "tenant"));
        if (realm.isEmpty()) {
            RequestBodies.drain(exchange);
            Responses.wire(exchange, 404, Map.of("error", "Realm does not exist"));
            return;
        }
        FormData form = readForm(exchange);
        if (form == null) {
            keycloakError(exchange, 400, "invalid_request",
                    "The token request must be application/x-www-form-urlencoded");
            return;
        }
        String grantType = value(form, "grant_type");
        if (!"client_credentials".equals(grantType)) {
            keycloakError(exchange, 400, "unsupported_grant_type", "Unsupported grant_type");
            return;
        }
        String[] basic = basicCredentials(exchange);
        String clientId = basic != null ? basic[0] : value(form, "client_id");
        String clientSecret = basic != null ? basic[1] : value(form, "client_secret");
        Optional<OAuthClient> client = clientId == null ? Optional.empty() : realm.get().credentials().client(clientId);
        if (client.isEmpty() || !client.get().secretMatches(clientSecret)) {
            keycloakError(exchange, 401, "invalid_client", "Invalid client or Invalid client credentials");
            return;
        }
        Responses.wire(exchange, 200, tokenResponse(core.tokens().issue(realm.get().name(), client.get())));
    }

    private Map<String, Object> tokenResponse(String accessToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("expires_in", core.tokens().lifetime().toSeconds());
        // Keycloak issues no refresh token to the client-credentials grant: a client asks for a new token.
        body.put("refresh_expires_in", 0);
        body.put("token_type", "Bearer");
        body.put("not-before-policy", 0);
        body.put("scope", "profile email");
        return body;
    }

    private static FormData readForm(HttpServerExchange exchange) throws Exception {
        FormParserFactory factory = FormParserFactory.builder(false)
                .addParsers(new FormEncodedDataDefinition().setDefaultEncoding(StandardCharsets.UTF_8.name()))
                .build();
        try (FormDataParser parser = factory.createParser(exchange)) {
            return parser == null ? null : parser.parseBlocking();
        }
    }

    private static String value(FormData form, String name) {
        FormData.FormValue value = form.getFirst(name);
        return value == null || value.isFileItem() ? null : value.getValue();
    }

    /** {@code [clientId, secret]} from {@code Authorization: Basic}, or {@code null}. */
    private static String[] basicCredentials(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void keycloakError(HttpServerExchange exchange, int status, String error, String description)
            throws Exception {
        RequestBodies.drain(exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        Responses.wire(exchange, status, body);
    }
}
