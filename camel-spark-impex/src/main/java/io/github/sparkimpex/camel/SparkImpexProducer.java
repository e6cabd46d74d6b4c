package io.github.sparkimpex.camel;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.client.SparkImpexJobs;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.URISupport;

/**
 * Runs one ImpEx operation per exchange without holding the calling thread: the exchange continues through the
 * route from a Camel thread when the job has ended.
 */
public class SparkImpexProducer extends DefaultAsyncProducer {

    private final Map<SparkImpexOperation, OperationHandler> handlers = new EnumMap<>(SparkImpexOperation.class);
    private WritableHealthCheckRepository healthChecks;
    private SparkImpexHealthCheck healthCheck;

    public SparkImpexProducer(SparkImpexEndpoint endpoint) {
        super(endpoint);
        handlers.put(SparkImpexOperation.EXPORT, new ExportHandler(endpoint));
        handlers.put(SparkImpexOperation.IMPORT, new ImportHandler(endpoint));
        handlers.put(SparkImpexOperation.MIGRATE, new MigrateHandler(endpoint));
        handlers.put(SparkImpexOperation.STATUS, new StatusHandler(endpoint));
        handlers.put(SparkImpexOperation.CANCEL, new CancelHandler(endpoint));
        handlers.put(SparkImpexOperation.JOBS, new JobsHandler(endpoint));
        handlers.put(SparkImpexOperation.DOWNLOAD, new DownloadHandler(endpoint));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthChecks = getEndpoint().getComponent().isHealthCheckProducerEnabled()
                ? HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(), "producers",
                        WritableHealthCheckRepository.class)
                : null;
        if (healthChecks != null) {
            // The id is sanitised: an endpoint URI may carry credentials.
            healthCheck = new SparkImpexHealthCheck("producer:spark-impex-"
                                                    + URISupport.sanitizeUri(getEndpoint().getEndpointKey()),
                    getEndpoint().jobs().client());
            healthChecks.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthChecks != null && healthCheck != null) {
            healthChecks.removeHealthCheck(healthCheck);
        }
        healthCheck = null;
        super.doStop();
    }

    @Override
    public SparkImpexEndpoint getEndpoint() {
        return (SparkImpexEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> work;
        try {
            work = handlers.get(operation(exchange)).handle(exchange);
        } catch (Exception invalidInput) {
            exchange.setException(invalidInput);
            callback.done(true);
            return true;
        }
        if (work.isDone()) {
            complete(exchange, work);
            callback.done(true);
            return true;
        }
        work.whenComplete((ignored, failure) -> {
            complete(exchange, work);
            callback.done(false);
        });
        return false;
    }

    private SparkImpexOperation operation(Exchange exchange) {
        String override = exchange.getMessage().getHeader(SparkImpexConstants.OPERATION, String.class);
        return override != null
                ? SparkImpexOperation.parse("header " + SparkImpexConstants.OPERATION, override)
                : getEndpoint().operationKind();
    }

    private static void complete(Exchange exchange, CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (RuntimeException failure) {
            exchange.setException(SparkImpexJobs.unwrap(failure));
        }
    }
}
