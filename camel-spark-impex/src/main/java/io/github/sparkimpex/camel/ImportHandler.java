package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.client.PackageSource;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;

/** Imports the package in the body; the result is the import's final status (or its first, without waiting). */
final class ImportHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    ImportHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        ImportRequest request = inputs.importRequest(exchange);
        PackageSource pkg = PackageBodies.toSource(exchange, endpoint.getConfiguration().getDownloadDirectory());
        CompletableFuture<JobStatus> job = inputs.waitForCompletion(true)
                ? endpoint.jobs().importPackage(request, pkg)
                : endpoint.jobs().startImport(request, pkg);
        return job.whenComplete((status, failure) -> pkg.discard())
                .thenAccept(status -> {
                    if (!inputs.waitForCompletion(true)) {
                        endpoint.followWithoutWaiting(JobType.IMPORT, status);
                    }
                    exchange.getMessage().setBody(status);
                    ResultHeaders.set(exchange.getMessage(), JobType.IMPORT, status);
                });
    }
}
