package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.model.TenantOverview;
import org.apache.camel.Exchange;

/** The tenant-wide view: import and export jobs in progress and those that ended in the last hour. */
final class JobsHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;

    JobsHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        var client = endpoint.jobs().client();
        var exports = client.tenantJobs(JobType.EXPORT);
        var imports = client.tenantJobs(JobType.IMPORT);
        return exports.thenCombine(imports, (e, i) -> new TenantOverview(client.settings().address().tenant(), e, i))
                .thenAccept(overview -> exchange.getMessage().setBody(overview));
    }
}
