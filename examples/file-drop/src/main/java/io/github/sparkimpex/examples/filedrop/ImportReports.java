package io.github.sparkimpex.examples.filedrop;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.client.SparkImpexException;
import org.apache.camel.Exchange;

/** The files an operator reads beside a package: the import result in done/, the reason in failed/. */
final class ImportReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportReports() {
    }

    /** The body (the import's final status) as indented JSON: the document exactly as Spark sent it. */
    static void result(Exchange exchange) throws JsonProcessingException {
        String status = exchange.getMessage().getBody(String.class);
        exchange.getMessage().setBody(JSON.readTree(status).toPrettyString() + "\n");
    }

    /** The body becomes why the import of this package failed, with Spark's own errors when it gave any. */
    static void reason(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        StringBuilder text = new StringBuilder()
                .append("Package:  ").append(exchange.getMessage().getHeader(Exchange.FILE_NAME)).append('\n')
                .append("Failed:   ").append(Instant.now()).append('\n');
        SparkImpexException spark = sparkCause(failure);
        if (spark != null && spark.getJobId() != null) {
            text.append("Job:      import ").append(spark.getJobId()).append(", status ").append(spark.getJobStatus()).append('\n');
        }
        text.append("Reason:   ").append(failure == null ? "unknown" : failure.getMessage()).append('\n');
        if (spark != null && spark.getErrors() != null && !spark.getErrors().isNull()) {
            text.append("\nSpark's errors:\n").append(spark.getErrors().toPrettyString()).append('\n');
        }
        if (spark != null && spark.getRequestId() != null) {
            text.append("\nRequest id (quote it to Coherent support): ").append(spark.getRequestId()).append('\n');
        }
        exchange.getMessage().setBody(text.toString());
    }

    private static SparkImpexException sparkCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SparkImpexException spark) {
                return spark;
            }
        }
        return null;
    }
}
