package io.github.sparkimpex.client;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Any failure of a Spark ImpEx call or job, carrying what Spark said about it: the HTTP status (0 when no response
 * came back), the job id and last job status when a job was involved, and Spark's {@code errors} and
 * {@code warnings} payloads as received.
 */
public class SparkImpexException extends RuntimeException {

    private final int httpStatus;
    private final String jobId;
    private final String jobStatus;
    private final transient JsonNode errors;
    private final transient JsonNode warnings;
    private final String requestId;
    private final transient Duration retryAfter;

    public SparkImpexException(String message, Details details, Throwable cause) {
        super(message, cause);
        this.httpStatus = details.httpStatus;
        this.jobId = details.jobId;
        this.jobStatus = details.jobStatus;
        this.errors = details.errors;
        this.warnings = details.warnings;
        this.requestId = details.requestId;
        this.retryAfter = details.retryAfter;
    }

    public SparkImpexException(String message, Details details) {
        this(message, details, null);
    }

    public int getHttpStatus() {
        return httpStatus;
    }

    public String getJobId() {
        return jobId;
    }

    public String getJobStatus() {
        return jobStatus;
    }

    /** Spark's {@code errors} payload (or the whole error body when it had no such field); may be null. */
    public JsonNode getErrors() {
        return errors;
    }

    public JsonNode getWarnings() {
        return warnings;
    }

    /** The {@code x-request-id} this client sent, to quote when asking Coherent support. */
    public String getRequestId() {
        return requestId;
    }

    /** How long the server asked us to wait ({@code Retry-After} / {@code x-retry-after}); null when it did not. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** The context of a failure; a small builder so call sites name what they know. */
    public static final class Details {
        private int httpStatus;
        private String jobId;
        private String jobStatus;
        private JsonNode errors;
        private JsonNode warnings;
        private String requestId;
        private Duration retryAfter;

        public static Details none() {
            return new Details();
        }

        public static Details httpStatus(int status) {
            return new Details().withHttpStatus(status);
        }

        public Details withHttpStatus(int status) {
            this.httpStatus = status;
            return this;
        }

        public Details withJob(String id, String status) {
            this.jobId = id;
            this.jobStatus = status;
            return this;
        }

        public Details withErrors(JsonNode errorPayload, JsonNode warningPayload) {
            this.errors = errorPayload;
            this.warnings = warningPayload;
            return this;
        }

        public Details withRequestId(String id) {
            this.requestId = id;
            return this;
        }

        public Details withRetryAfter(Duration wait) {
            this.retryAfter = wait;
            return this;
        }
    }
}
