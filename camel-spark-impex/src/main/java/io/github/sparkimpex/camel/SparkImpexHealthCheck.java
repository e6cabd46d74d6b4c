package io.github.sparkimpex.camel;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.client.SparkImpexClient;
import io.github.sparkimpex.client.SparkImpexException;
import io.github.sparkimpex.client.SparkImpexJobs;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Whether Spark answers this endpoint's tenant with its credentials, probed by one tenant-wide status read. DOWN names
 * the reason: unreachable, credentials rejected, or the HTTP status Spark answered.
 */
final class SparkImpexHealthCheck extends AbstractHealthCheck {

    private static final long PROBE_TIMEOUT_SECONDS = 30;

    private final SparkImpexClient client;

    SparkImpexHealthCheck(String id, SparkImpexClient client) {
        super("camel", id);
        this.client = client;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("tenant", client.settings().address().tenant());
        builder.detail(HealthCheck.ENDPOINT_URI, client.settings().address().baseUrl());
        try {
            client.tenantJobs(JobType.EXPORT).get(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            builder.up();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            builder.down().message("Interrupted while probing Spark");
        } catch (Exception e) {
            Throwable cause = SparkImpexJobs.unwrap(e instanceof ExecutionException ? e.getCause() : e);
            builder.down().error(cause).message(reason(cause));
            if (cause instanceof SparkImpexException spark && spark.getHttpStatus() > 0) {
                builder.detail(HealthCheck.HTTP_RESPONSE_CODE, spark.getHttpStatus());
            }
        }
    }

    private String reason(Throwable cause) {
        String tenant = client.settings().address().tenant();
        if (cause instanceof SparkImpexException spark && (spark.getHttpStatus() == 401 || spark.getHttpStatus() == 403)) {
            return "Spark rejected the credentials for tenant " + tenant + " (HTTP " + spark.getHttpStatus() + ")";
        }
        if (cause instanceof SparkImpexException spark && spark.getHttpStatus() > 0) {
            return "Spark answered HTTP " + spark.getHttpStatus() + " for tenant " + tenant;
        }
        return "Spark is unreachable for tenant " + tenant + ": " + cause.getMessage();
    }
}
