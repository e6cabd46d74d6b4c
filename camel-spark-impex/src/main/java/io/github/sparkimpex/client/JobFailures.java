package io.github.sparkimpex.client;

import java.time.Duration;

import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;

/** The exceptions a job's end can produce, worded so an operator sees which job, where, and what Spark said. */
final class JobFailures {

    private JobFailures() {
    }

    static SparkImpexException failed(JobType type, JobStatus status) {
        String errors = status.errors() == null || status.errors().isNull() ? "" : "; errors: " + status.errors();
        return new SparkImpexException(
                capitalised(type) + " job " + status.id() + " ended with status '" + status.status() + "'" + errors,
                SparkImpexException.Details.httpStatus(200)
                        .withJob(status.id(), status.status())
                        .withErrors(status.errors(), status.warnings()));
    }

    static SparkImpexTimeoutException timedOut(JobType type, JobStatus status, Duration jobTimeout) {
        return new SparkImpexTimeoutException(
                capitalised(type) + " job " + status.id() + " was still '" + status.status() + "' after jobTimeout "
                                              + jobTimeout + "; it may still finish on Spark (follow it with spark-impex:status)",
                SparkImpexException.Details.none().withJob(status.id(), status.status()));
    }

    /**
     * The job started but its status could no longer be read. The job id stays on the exception, so a route can tell
     * this from a job that never started (and follow it later instead of starting it again).
     */
    static SparkImpexException lostTrack(JobType type, JobStatus lastKnown, Throwable cause) {
        int httpStatus = cause instanceof SparkImpexException spark ? spark.getHttpStatus() : 0;
        var details = SparkImpexException.Details.httpStatus(httpStatus).withJob(lastKnown.id(), lastKnown.status());
        if (cause instanceof SparkImpexException spark) {
            details.withErrors(spark.getErrors(), spark.getWarnings()).withRequestId(spark.getRequestId());
        }
        return new SparkImpexException("Lost track of " + type.wireName() + " job " + lastKnown.id() + " (last status '"
                                       + lastKnown.status() + "'); it may still be running on Spark: " + cause.getMessage(),
                details, cause);
    }

    static SparkImpexException withoutFiles(JobStatus status) {
        return new SparkImpexException("Export job " + status.id() + " ended '" + status.status()
                                       + "' but produced no package file",
                SparkImpexException.Details.httpStatus(200).withJob(status.id(), status.status())
                        .withErrors(status.errors(), status.warnings()));
    }

    private static String capitalised(JobType type) {
        return type == JobType.EXPORT ? "Export" : "Import";
    }
}
