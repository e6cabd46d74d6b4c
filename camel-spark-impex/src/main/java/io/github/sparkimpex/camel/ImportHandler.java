package io.github.sparkimpex.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.sparkimpex.client.PackageSource;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports the package in the body; the result is the import's final status (or its first, without waiting). */
final class ImportHandler implements OperationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ImportHandler.class);

    private final AtomicBoolean warnedAboutStreamCache = new AtomicBoolean();

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    ImportHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        warnOnceAboutInMemoryStreams(exchange);
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

    /**
     * Camel caches stream bodies in memory unless spooling is on, before this component sees them: a large package
     * given as a stream is then on the heap already. Said once per endpoint, when it happens.
     */
    private void warnOnceAboutInMemoryStreams(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof StreamCache
            && !exchange.getContext().getStreamCachingStrategy().isSpoolEnabled()
            && warnedAboutStreamCache.compareAndSet(false, true)) {
            LOG.warn("{}: the package arrived as a stream that Camel cached in memory (stream caching without spooling)."
                     + " For large packages pass a File or GenericFile body, turn spooling on"
                     + " (camel.main.streamCachingSpoolEnabled=true), or disable stream caching on the route.",
                    URISupport.sanitizeUri(endpoint.getEndpointKey()).replaceAll("\\?.*", ""));
        }
    }
}
