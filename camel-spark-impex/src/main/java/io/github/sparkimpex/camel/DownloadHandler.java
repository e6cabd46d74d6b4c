package io.github.sparkimpex.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.Exchange;

/** Downloads one package by its file URL (from an export status); the body becomes the file, scoped to the exchange. */
final class DownloadHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    DownloadHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        String url = ExchangeInputs.requiredHeader(exchange, SparkImpexConstants.FILE_URL, "download");
        String jobId = exchange.getMessage().getHeader(SparkImpexConstants.JOB_ID, "package", String.class);
        return endpoint.jobs().client().download(url, null, inputs.downloadDirectory(), "export-" + jobId + "-")
                .thenAccept(pkg -> {
                    ExchangeScopedFiles.deleteOnCompletion(exchange, List.of(pkg.file()));
                    exchange.getMessage().setBody(pkg.file().toFile());
                    exchange.getMessage().setHeader(Exchange.FILE_NAME, pkg.file().getFileName().toString());
                });
    }
}
