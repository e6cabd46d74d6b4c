package io.github.sparkimpex.emulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sparkimpex.emulator.admin.EmulatorAdmin;
import io.github.sparkimpex.emulator.admin.FaultControls;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.JsonMappers;
import io.github.sparkimpex.emulator.seed.ServiceSeed;
import io.github.sparkimpex.emulator.seed.TenantSeed;
import io.github.sparkimpex.emulator.seed.VersionSeed;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The admin HTTP API under {@code /_admin}: camelCase JSON, no authentication, the same operations as
 * {@link EmulatorAdmin}. Every route is listed by {@code GET /_admin}.
 */
public final class AdminRoutes {

    private static final List<String> ENDPOINTS = List.of(
            "GET    /_admin",
            "GET    /_admin/tenants",
            "POST   /_admin/tenants                      {name, apiKeys?, clients?, users?, folders?}",
            "GET    /_admin/tenants/{tenant}",
            "GET    /_admin/tenants/{tenant}/folders",
            "POST   /_admin/tenants/{tenant}/folders     {name}",
            "GET    /_admin/tenants/{tenant}/services",
            "POST   /_admin/tenants/{tenant}/services    {folder, service, serviceId?, versions}",
            "POST   /_admin/tenants/{tenant}/services/{folder}/{service}/versions   \"1.2.0\" | {version, versionId?, payloadSize?}",
            "GET    /_admin/tenants/{tenant}/jobs",
            "POST   /_admin/tenants/{tenant}/tokens      {clientId?}",
            "GET    /_admin/faults                       (also /_admin/tenants/{tenant}/faults)",
            "POST   /_admin/faults                       {rateLimit?, serverErrors?, slowResponsesMillis?, downloadErrors?, "
                    + "cutNextDownload?, failNextJob?, stickNextJob?, expireTokens?}",
            "DELETE /_admin/faults",
            "POST   /_admin/reset");

    private final EmulatorAdmin admin;

    public AdminRoutes(EmulatorAdmin admin) {
        this.admin = admin;
    }

    public HttpHandler handler(Clock clock) {
        RoutingHandler routes = new RoutingHandler()
                .get("/", exchange -> Responses.admin(exchange, 200, Map.of("endpoints", ENDPOINTS)))
                .get("/tenants", exchange -> Responses.admin(exchange, 200,
                        admin.tenants().stream().map(admin::tenant).toList()))
                .post("/tenants", this::createTenant)
                .get("/tenants/{tenant}", exchange -> Responses.admin(exchange, 200, admin.tenant(tenant(exchange))))
                .get("/tenants/{tenant}/folders", exchange ->
                        Responses.admin(exchange, 200, admin.folders(tenant(exchange))))
                .post("/tenants/{tenant}/folders", this::createFolder)
                .get("/tenants/{tenant}/services", exchange ->
                        Responses.admin(exchange, 200, admin.services(tenant(exchange))))
                .post("/tenants/{tenant}/services", this::addService)
                .post("/tenants/{tenant}/services/{folder}/{service}/versions", this::addVersion)
                .get("/tenants/{tenant}/jobs", exchange -> Responses.admin(exchange, 200, admin.jobs(tenant(exchange))))
                .post("/tenants/{tenant}/tokens", this::issueToken)
                .get("/faults", exchange -> Responses.admin(exchange, 200, admin.faults().state()))
                .post("/faults", exchange -> setFaults(exchange, admin.faults()))
                .delete("/faults", exchange -> Responses.admin(exchange, 200, admin.faults().clear().state()))
                .get("/tenants/{tenant}/faults", exchange ->
                        Responses.admin(exchange, 200, admin.faults(tenant(exchange)).state()))
                .post("/tenants/{tenant}/faults", exchange -> setFaults(exchange, admin.faults(tenant(exchange))))
                .delete("/tenants/{tenant}/faults", exchange ->
                        Responses.admin(exchange, 200, admin.faults(tenant(exchange)).clear().state()))
                .post("/reset", exchange -> {
                    admin.reset();
                    Responses.admin(exchange, 200, Map.of("reset", true));
                });
        return Routes.blocking(routes, clock);
    }

    private void createTenant(HttpServerExchange exchange) throws IOException {
        JsonNode body = body(exchange);
        if (!body.isObject() || !body.path("name").isTextual()) {
            throw ApiException.badRequest("INVALID_REQUEST", "A tenant needs a name");
        }
        String name = body.get("name").asText();
        ObjectNode definition = ((ObjectNode) body).deepCopy();
        definition.remove("name");
        Responses.admin(exchange, 201, admin.createTenant(name, convert(definition, TenantSeed.class)));
    }

    private void createFolder(HttpServerExchange exchange) throws IOException {
        AdminRequests.CreateFolder request = convert(body(exchange), AdminRequests.CreateFolder.class);
        admin.createFolder(tenant(exchange), request.name());
        Responses.admin(exchange, 201, admin.folders(tenant(exchange)));
    }

    private void addService(HttpServerExchange exchange) throws IOException {
        AdminRequests.AddService request = convert(body(exchange), AdminRequests.AddService.class);
        Responses.admin(exchange, 201, admin.addService(tenant(exchange), request.folder(), request.service(),
                new ServiceSeed(request.serviceId(), request.versions())));
    }

    private void addVersion(HttpServerExchange exchange) throws IOException {
        VersionSeed version = convert(body(exchange), VersionSeed.class);
        Responses.admin(exchange, 201, admin.addVersion(tenant(exchange), PathParams.get(exchange, "folder"),
                PathParams.get(exchange, "service"), version));
    }

    private void issueToken(HttpServerExchange exchange) throws IOException {
        String tenant = tenant(exchange);
        JsonNode body = exchange.getRequestContentLength() == 0 ? null : bodyOrNull(exchange);
        String clientId = body == null ? null : convert(body, AdminRequests.IssueToken.class).clientId();
        String token = clientId == null ? admin.issueToken(tenant) : admin.issueToken(tenant, clientId);
        Responses.admin(exchange, 201, Map.of("accessToken", token, "tokenType", "Bearer"));
    }

    private void setFaults(HttpServerExchange exchange, FaultControls faults) throws IOException {
        AdminRequests.SetFaults request = convert(body(exchange), AdminRequests.SetFaults.class);
        if (request.rateLimit() != null) {
            faults.rateLimit(request.rateLimit().requests(), orDefault(request.rateLimit().retryAfterSeconds(), 1));
        }
        if (request.serverErrors() != null) {
            faults.serverErrors(request.serverErrors().requests(), orDefault(request.serverErrors().status(), 503));
        }
        if (request.slowResponsesMillis() != null) {
            faults.slowResponses(Duration.ofMillis(request.slowResponsesMillis()));
        }
        if (request.downloadErrors() != null) {
            faults.downloadErrors(request.downloadErrors().requests(),
                    orDefault(request.downloadErrors().status(), 503));
        }
        if (Boolean.TRUE.equals(request.cutNextDownload())) {
            faults.cutNextDownload();
        }
        if (Boolean.TRUE.equals(request.failNextJob())) {
            faults.failNextJob();
        }
        if (Boolean.TRUE.equals(request.stickNextJob())) {
            faults.stickNextJob();
        }
        if (Boolean.TRUE.equals(request.expireTokens())) {
            faults.expireTokens();
        }
        Responses.admin(exchange, 200, faults.state());
    }

    private static String tenant(HttpServerExchange exchange) {
        return PathParams.get(exchange, "tenant");
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static JsonNode body(HttpServerExchange exchange) throws IOException {
        JsonNode body = bodyOrNull(exchange);
        if (body == null) {
            throw ApiException.badRequest("INVALID_JSON", "The request needs a JSON body");
        }
        return body;
    }

    private static JsonNode bodyOrNull(HttpServerExchange exchange) throws IOException {
        byte[] bytes = exchange.getInputStream().readAllBytes();
        if (bytes.length == 0) {
            return null;
        }
        try {
            return JsonMappers.admin().readTree(bytes);
        } catch (JacksonException e) {
            throw ApiException.badRequest("INVALID_JSON", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static <T> T convert(JsonNode body, Class<T> type) {
        try {
            return JsonMappers.admin().treeToValue(body, type);
        } catch (JacksonException e) {
            throw ApiException.badRequest("INVALID_REQUEST", "Unexpected body for " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }
}
