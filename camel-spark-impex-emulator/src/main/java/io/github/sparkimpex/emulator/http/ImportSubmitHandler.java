package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.auth.Principal;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.importing.ImportRequest;
import io.github.sparkimpex.emulator.importing.ImportRequestParser;
import io.github.sparkimpex.emulator.importing.ImportWork;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobType;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.pkg.ImportPackage;
import io.github.sparkimpex.emulator.pkg.InvalidPackageException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

import java.nio.file.Files;

/**
 * {@code POST /{tenant}/api/v4/import}: checks the upload and the request synchronously (400, 413, 415), then
 * starts an import job. Whether the package fits the tenant (folders, existing services) is decided by the job.
 */
public final class ImportSubmitHandler implements HttpHandler {

    private final EmulatorCore core;
    private final StatusDocuments documents;

    public ImportSubmitHandler(EmulatorCore core, StatusDocuments documents) {
        this.core = core;
        this.documents = documents;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Principal principal = AuthenticationHandler.principal(exchange);
        ImportUpload upload = ImportUpload.read(exchange, core.workDirectory().uploads(),
                core.settings().maxPackageSize());
        ImportPackage importPackage;
        ImportRequest request;
        try {
            request = ImportRequestParser.parse(upload.importRequestEntity());
            importPackage = core.packageReader().open(upload.packageFile());
        } catch (InvalidPackageException e) {
            Files.deleteIfExists(upload.packageFile());
            throw ApiException.badRequest("INVALID_PACKAGE", e.getMessage());
        } catch (RuntimeException e) {
            Files.deleteIfExists(upload.packageFile());
            throw e;
        }
        Tenant tenant = core.tenants().require(principal.tenant());
        Job job;
        try {
            job = core.submitter().submit(tenant.name(), JobType.IMPORT, principal, request.sourceSystem(),
                    request.correlationId(), id -> new ImportWork(core.importPlanner(),
                            core.workDirectory().payloads(), tenant, importPackage, request));
        } catch (RuntimeException e) {
            importPackage.delete();
            throw e;
        }
        Responses.wire(exchange, 200, documents.job(job.snapshot()));
    }
}
