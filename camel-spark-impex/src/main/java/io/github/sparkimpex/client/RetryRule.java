package io.github.sparkimpex.client;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Set;

import org.apache.hc.client5.http.ConnectTimeoutException;

/** Which failures are worth another attempt, by the kind of request. */
enum RetryRule {

    /** GET and PATCH: repeating them changes nothing on the server. */
    IDEMPOTENT(Set.of(408, 429, 502, 503, 504)) {
        @Override
        boolean retriesIo(IOException failure) {
            return true;
        }
    },

    /**
     * A POST that starts a job is repeated only when it certainly started nothing: the connection was never made, or
     * the server said it is overloaded before doing anything. A timeout after sending could have started a job.
     */
    JOB_START(Set.of(429, 503)) {
        @Override
        boolean retriesIo(IOException failure) {
            return failure instanceof ConnectException || failure instanceof ConnectTimeoutException;
        }
    };

    private final Set<Integer> retriedStatuses;

    RetryRule(Set<Integer> retriedStatuses) {
        this.retriedStatuses = retriedStatuses;
    }

    abstract boolean retriesIo(IOException failure);

    boolean isRetryable(Throwable failure) {
        if (failure instanceof SparkImpexAuthenticationException) {
            return false;
        }
        if (failure instanceof SparkImpexException spark) {
            return retriedStatuses.contains(spark.getHttpStatus());
        }
        return failure instanceof IOException io && retriesIo(io);
    }
}
