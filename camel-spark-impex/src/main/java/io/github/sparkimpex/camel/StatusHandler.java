package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;

/** Reads a job's status by id; with {@code waitForCompletion=true} follows it to its end. */
final class StatusHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    StatusHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        String jobId = ExchangeInputs.requiredHeader(exchange, SparkImpexConstants.JOB_ID, "status");
        JobType type = ExchangeInputs.jobType(exchange, "status");
        var status = inputs.waitForCompletion(false)
                ? endpoint.jobs().await(type, jobId)
                : endpoint.jobs().client().status(type, jobId);
        return status.thenAccept(current -> {
            exchange.getMessage().setBody(current);
            ResultHeaders.set(exchange.getMessage(), type, current);
        });
    }
}
