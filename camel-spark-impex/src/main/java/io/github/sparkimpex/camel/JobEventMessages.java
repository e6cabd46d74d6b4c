package io.github.sparkimpex.camel;

import io.github.sparkimpex.model.JobState;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobSummary;
import org.apache.camel.Message;

/** The message of a consumer event: the job's status as body, and headers a route can filter and report on. */
final class JobEventMessages {

    static final String END = "end";
    static final String PROGRESS = "progress";

    private JobEventMessages() {
    }

    static void end(Message message, JobSummary job, JobStatus status) {
        message.setBody(status);
        ResultHeaders.set(message, job.type(), status);
        message.setHeader(SparkImpexConstants.JOB_EVENT, END);
        message.setHeader(SparkImpexConstants.JOB_CREATED_BY, job.createdBy());
        if (status.state() == JobState.FAILED && status.errors() != null && !status.errors().isNull()) {
            message.setHeader(SparkImpexConstants.JOB_ERRORS, status.errors().toString());
        }
    }

    static void progress(Message message, JobSummary job) {
        message.setBody(job);
        message.setHeader(SparkImpexConstants.JOB_ID, job.id());
        message.setHeader(SparkImpexConstants.JOB_TYPE, job.type().wireName());
        message.setHeader(SparkImpexConstants.JOB_STATUS, job.status());
        message.setHeader(SparkImpexConstants.JOB_EVENT, PROGRESS);
        message.setHeader(SparkImpexConstants.JOB_CREATED_BY, job.createdBy());
    }
}
