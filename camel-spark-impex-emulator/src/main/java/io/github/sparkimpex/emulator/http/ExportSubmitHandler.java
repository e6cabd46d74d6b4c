package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.Principal;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.exporting.ExportRequest;
import io.github.sparkimpex.emulator.exporting.ExportRequestParser;
import io.github.sparkimpex.emulator.exporting.ExportWork;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.github.sparkimpex.emulator.model.Tenant;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/** {@code POST /{tenant}/api/v4/export}: validates the request and starts an export job. */
public final class ExportSubmitHandler implements HttpHandler {

    private final EmulatorCore core;
    private final StatusDocuments documents;

    public ExportSubmitHandler(EmulatorCore core, StatusDocuments documents) {
        this.core = core;
        this.documents = documents;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Principal principal = AuthenticationHandler.principal(exchange);
        ExportRequest request = ExportRequestParser.parse(RequestBodies.json(exchange));
        Tenant tenant = core.tenants().require(principal.tenant());
        Job job = core.submitter().submit(tenant.name(), JobType.EXPORT, principal, request.sourceSystem(),
                request.correlationId(), id -> new ExportWork(core.exportContext(), id, tenant, request));
        Responses.wire(exchange, 200, documents.job(job.snapshot()));
    }
}
