package io.github.sparkimpex.camel;

import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;
import org.apache.camel.Message;

/** The headers every job result carries, so the next step of a route can follow or report the job. */
final class ResultHeaders {

    private ResultHeaders() {
    }

    static void set(Message message, JobType type, JobStatus status) {
        message.setHeader(SparkImpexConstants.JOB_ID, status.id());
        message.setHeader(SparkImpexConstants.JOB_TYPE, type.wireName());
        message.setHeader(SparkImpexConstants.JOB_STATUS, status.status());
    }
}
