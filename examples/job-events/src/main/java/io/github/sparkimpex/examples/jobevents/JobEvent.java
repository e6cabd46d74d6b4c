package io.github.sparkimpex.examples.jobevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sparkimpex.camel.SparkImpexConstants;
import io.github.sparkimpex.model.JobState;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns a {@code spark-impex:jobs} event into the JSON message the team's systems read:
 * <pre>{@code
 * {"tenant": "dev", "jobId": "...", "jobType": "export", "status": "failed", "succeeded": false,
 *  "createdBy": "...", "errors": [...], "job": {<Spark's status document>}}
 * }</pre>
 * It also sets the JMS properties {@code sparkTenant}, {@code sparkJobId}, {@code sparkJobType},
 * {@code sparkJobStatus} and {@code sparkJobSucceeded} so that consumers can select on them (camel-jms does not
 * forward headers starting with {@code Camel}).
 */
final class JobEvent implements Processor {

    static final String SUCCEEDED = "sparkJobSucceeded";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tenant;

    JobEvent(String tenant) {
        this.tenant = tenant;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        String id = message.getHeader(SparkImpexConstants.JOB_ID, String.class);
        String type = message.getHeader(SparkImpexConstants.JOB_TYPE, String.class);
        String status = message.getHeader(SparkImpexConstants.JOB_STATUS, String.class);
        boolean succeeded = JobState.of(status) == JobState.SUCCEEDED;

        ObjectNode event = JSON.createObjectNode()
                .put("tenant", tenant)
                .put("jobId", id)
                .put("jobType", type)
                .put("status", status)
                .put("succeeded", succeeded)
                .put("createdBy", message.getHeader(SparkImpexConstants.JOB_CREATED_BY, String.class));
        String errors = message.getHeader(SparkImpexConstants.JOB_ERRORS, String.class);
        event.set("errors", errors == null ? null : JSON.readTree(errors));
        // The body is the job's final status; its JSON form is the document exactly as Spark sent it.
        event.set("job", JSON.readTree(message.getBody(String.class)));

        message.setBody(JSON.writeValueAsString(event));
        message.setHeader("sparkTenant", tenant);
        message.setHeader("sparkJobId", id);
        message.setHeader("sparkJobType", type);
        message.setHeader("sparkJobStatus", status);
        message.setHeader(SUCCEEDED, succeeded);
    }

    /** Reads an event back, e.g. in the mail route. */
    static JsonNode parse(String event) throws Exception {
        return JSON.readTree(event);
    }
}
