package io.github.sparkimpex.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.client.DownloadedPackage;
import io.github.sparkimpex.client.ExportResult;
import io.github.sparkimpex.client.PackageSource;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;

/**
 * Exports from this endpoint's tenant and imports every package into the target tenant, one after the other. The
 * body becomes the import status (a {@code List} when the export had several packages); the packages are removed
 * once imported or failed.
 */
final class MigrateHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    MigrateHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        var exportRequest = inputs.exportRequest(exchange);
        ImportRequest importRequest = inputs.importRequest(exchange);
        return endpoint.jobs().export(exportRequest, inputs.downloadDirectory())
                .thenCompose(exported -> importAll(exported, importRequest)
                        .whenComplete((done, failure) -> exported.packages()
                                .forEach(pkg -> pkg.file().toFile().delete()))
                        .thenAccept(imports -> setResult(exchange, exported, imports)));
    }

    private CompletableFuture<List<JobStatus>> importAll(ExportResult exported, ImportRequest request) {
        CompletableFuture<List<JobStatus>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (DownloadedPackage pkg : exported.packages()) {
            chain = chain.thenCompose(done -> endpoint.targetJobs()
                    .importPackage(request, PackageSource.ofFile(pkg.file()))
                    .thenApply(status -> {
                        done.add(status);
                        return done;
                    }));
        }
        return chain;
    }

    private static void setResult(Exchange exchange, ExportResult exported, List<JobStatus> imports) {
        var message = exchange.getMessage();
        JobStatus last = imports.get(imports.size() - 1);
        ResultHeaders.set(message, JobType.IMPORT, last);
        message.setHeader(SparkImpexConstants.EXPORT_JOB_ID, exported.status().id());
        message.setBody(imports.size() == 1 ? last : List.copyOf(imports));
    }
}
