package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.admin.EmulatorAdmin;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.util.Methods;

import java.time.Clock;

/**
 * Everything served on the API port: the ImpEx routes of each tenant, the OAuth2 token endpoint, and the admin
 * API. An ImpEx request passes, in order: slow-response fault, dispatch to a worker, error rendering, 429/5xx
 * faults, authentication, and its handler.
 */
public final class ApiRoutes {

    private final EmulatorCore core;
    private final StatusDocuments documents;

    public ApiRoutes(EmulatorCore core) {
        this.core = core;
        this.documents = new StatusDocuments(() -> core.urls().apiBaseUrl(), core.settings().clock());
    }

    public HttpHandler handler() {
        Clock clock = core.settings().clock();
        RoutingHandler impex = Routes.withJsonMisses(new RoutingHandler(), clock);
        for (JobType type : JobType.values()) {
            String base = "/{tenant}/api/v4/" + type.wireName();
            HttpHandler submit = type == JobType.EXPORT
                    ? new ExportSubmitHandler(core, documents)
                    : new ImportSubmitHandler(core, documents);
            impex.post(base, impex(submit))
                    .get(base + "/status", impex(new TenantJobsHandler(core, documents, type)))
                    .get(base + "/{jobId}/status", impex(new JobStatusHandler(core, documents, type)))
                    .add(Methods.PATCH, base + "/{jobId}", impex(new JobCancelHandler(core, documents, type)));
        }
        RoutingHandler token = new RoutingHandler()
                .post("/realms/{tenant}/protocol/openid-connect/token", new TokenEndpointHandler(core));
        return new PathHandler(impex)
                .addPrefixPath("/auth", Routes.blocking(token, clock))
                .addPrefixPath("/_admin", new AdminRoutes(new EmulatorAdmin(core)).handler(clock));
    }

    private HttpHandler impex(HttpHandler handler) {
        Clock clock = core.settings().clock();
        HttpHandler authenticated = new AuthenticationHandler(core.authenticator(), handler);
        HttpHandler faulty = new InjectedFaultHandler(core.faults(), clock, authenticated);
        return new SlowResponseHandler(core.faults(), new BlockingHandler(new ApiErrorHandler(faulty, clock)));
    }
}
