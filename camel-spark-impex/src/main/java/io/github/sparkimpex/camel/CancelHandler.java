package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;

/** Cancels a running job (the PATCH Spark documents; the SDKs offer it for exports only). */
final class CancelHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;

    CancelHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        String jobId = ExchangeInputs.requiredHeader(exchange, SparkImpexConstants.JOB_ID, "cancel");
        JobType type = ExchangeInputs.jobType(exchange, "cancel");
        return endpoint.jobs().client().cancel(type, jobId).thenAccept(status -> {
            exchange.getMessage().setBody(status);
            ResultHeaders.set(exchange.getMessage(), type, status);
        });
    }
}
