package io.github.sparkimpex.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Runs a blocking HTTP attempt on the I/O pool and, when it fails in a way its {@link RetryRule} allows, schedules the
 * next attempt instead of sleeping: exponential backoff with jitter, or exactly what {@code Retry-After} asked for.
 */
final class Retrier {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final ClientExecutors executors;
    private final int maxRetries;
    private final Duration maxBackoff;

    Retrier(ClientExecutors executors, int maxRetries, Duration maxBackoff) {
        this.executors = executors;
        this.maxRetries = maxRetries;
        this.maxBackoff = maxBackoff;
    }

    /** One attempt of a request; a new request (same request id) is built each time. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws IOException;
    }

    <T> CompletableFuture<T> run(String what, RetryRule rule, Attempt<T> attempt) {
        CompletableFuture<T> result = new CompletableFuture<>();
        submit(what, rule, attempt, 0, result);
        return result;
    }

    private <T> void submit(String what, RetryRule rule, Attempt<T> attempt, int retry, CompletableFuture<T> result) {
        try {
            executors.io().execute(() -> runOnce(what, rule, attempt, retry, result));
        } catch (RuntimeException rejected) {
            result.completeExceptionally(new SparkImpexException(what + " was not sent: the client is shutting down",
                    SparkImpexException.Details.none(), rejected));
        }
    }

    private <T> void runOnce(String what, RetryRule rule, Attempt<T> attempt, int retry, CompletableFuture<T> result) {
        try {
            result.complete(attempt.run());
        } catch (IOException | RuntimeException failure) {
            if (retry < maxRetries && rule.isRetryable(failure)) {
                long delay = backoff(retry, failure).toMillis();
                try {
                    executors.scheduler().schedule(() -> submit(what, rule, attempt, retry + 1, result),
                            delay, TimeUnit.MILLISECONDS);
                } catch (RuntimeException rejected) {
                    result.completeExceptionally(asSparkException(what, failure));
                }
            } else {
                result.completeExceptionally(asSparkException(what, failure));
            }
        }
    }

    Duration backoff(int retry, Throwable failure) {
        if (failure instanceof SparkImpexException spark && spark.getRetryAfter() != null) {
            return spark.getRetryAfter();
        }
        long ceiling = Math.min(maxBackoff.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(retry, 20));
        // Jitter keeps many clients that failed together from retrying together.
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    static SparkImpexException asSparkException(String what, Throwable failure) {
        if (failure instanceof SparkImpexException spark) {
            return spark;
        }
        return new SparkImpexException(what + " failed: " + failure, SparkImpexException.Details.none(), failure);
    }
}
