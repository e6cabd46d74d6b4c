package io.github.sparkimpex.client;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.model.JobState;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;

/**
 * Follows a job to its end by polling its status from the scheduler: between two polls the job holds no thread. The
 * interval grows by half each time up to {@code maxPollInterval}; any status that is not "still running" ends the
 * wait at once.
 */
final class JobWaiter {

    private final SparkImpexClient client;

    JobWaiter(SparkImpexClient client) {
        this.client = client;
    }

    CompletableFuture<JobStatus> await(JobType type, JobStatus started) {
        ClientSettings settings = client.settings();
        CompletableFuture<JobStatus> result = new CompletableFuture<>();
        Instant deadline = Instant.now().plus(settings.jobTimeout());
        evaluate(type, started, settings.pollInterval(), deadline, result);
        return result;
    }

    private void evaluate(JobType type, JobStatus status, Duration interval, Instant deadline,
            CompletableFuture<JobStatus> result) {
        // A start response may carry only {id, object, status_url}: no status yet means "poll", not "failed".
        JobState state = status.status() == null ? JobState.RUNNING : status.state();
        if (state == JobState.SUCCEEDED) {
            result.complete(status);
            return;
        }
        if (state == JobState.FAILED) {
            result.completeExceptionally(JobFailures.failed(type, status));
            return;
        }
        Duration remaining = Duration.between(Instant.now(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            result.completeExceptionally(JobFailures.timedOut(type, status, client.settings().jobTimeout()));
            return;
        }
        Duration wait = interval.compareTo(remaining) < 0 ? interval : remaining;
        Duration next = nextInterval(interval, client.settings().maxPollInterval());
        try {
            client.executors().scheduler().schedule(() -> client.status(type, status.id()).whenComplete((polled, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(JobFailures.lostTrack(type, status, SparkImpexJobs.unwrap(failure)));
                } else {
                    evaluate(type, polled, next, deadline, result);
                }
            }), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException rejected) {
            result.completeExceptionally(new SparkImpexException("Stopped waiting for " + type.wireName() + " job "
                                                                 + status.id() + ": the client is shutting down",
                    SparkImpexException.Details.none().withJob(status.id(), status.status()), rejected));
        }
    }

    /** The wait after {@code interval}: half as long again, never over {@code cap}. Busy-tenant retries use it too. */
    static Duration nextInterval(Duration interval, Duration cap) {
        Duration grown = interval.plus(interval.dividedBy(2));
        return grown.compareTo(cap) > 0 ? cap : grown;
    }
}
