package io.github.sparkimpex.camel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.sparkimpex.client.DownloadedPackage;
import io.github.sparkimpex.client.ExportResult;
import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Exports services and, by default, waits for the package: the body becomes the package file (a {@code List} of
 * files when Spark produced several), deleted when the exchange completes.
 */
final class ExportHandler implements OperationHandler {

    private final SparkImpexEndpoint endpoint;
    private final ExchangeInputs inputs;

    ExportHandler(SparkImpexEndpoint endpoint) {
        this.endpoint = endpoint;
        this.inputs = new ExchangeInputs(endpoint.getConfiguration());
    }

    @Override
    public CompletableFuture<Void> handle(Exchange exchange) {
        ExportRequest request = inputs.exportRequest(exchange);
        if (!inputs.waitForCompletion(true)) {
            return endpoint.jobs().startExport(request).thenAccept(started -> {
                endpoint.followWithoutWaiting(JobType.EXPORT, started);
                exchange.getMessage().setBody(started);
                ResultHeaders.set(exchange.getMessage(), JobType.EXPORT, started);
            });
        }
        return endpoint.jobs().export(request, inputs.downloadDirectory())
                .thenAccept(result -> setPackages(exchange, result));
    }

    static void setPackages(Exchange exchange, ExportResult result) {
        List<Path> files = result.packages().stream().map(DownloadedPackage::file).toList();
        ExchangeScopedFiles.deleteOnCompletion(exchange, files);
        Message message = exchange.getMessage();
        ResultHeaders.set(message, JobType.EXPORT, result.status());
        message.setHeader(SparkImpexConstants.FILE_HASHES,
                result.packages().stream().map(DownloadedPackage::fileHash).toList());
        if (files.size() == 1) {
            message.setBody(files.get(0).toFile());
            message.setHeader(Exchange.FILE_NAME, files.get(0).getFileName().toString());
        } else {
            message.setBody(List.of(ExchangeScopedFiles.asFiles(files)));
        }
    }
}
