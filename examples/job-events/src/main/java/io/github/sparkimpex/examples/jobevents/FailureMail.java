package io.github.sparkimpex.examples.jobevents;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/** A plain-text mail a person can act on, made from the JSON event of a job that did not succeed. */
final class FailureMail implements Processor {

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        JsonNode event = JobEvent.parse(message.getBody(String.class));
        String type = event.path("jobType").asText();
        String id = event.path("jobId").asText();
        String tenant = event.path("tenant").asText();
        String status = event.path("status").asText();

        message.setHeader("Subject", "Spark " + type + " job " + id + " " + status + " on tenant " + tenant);
        message.setBody(body(event, type, id, tenant, status));
    }

    private static String body(JsonNode event, String type, String id, String tenant, String status) {
        JsonNode job = event.path("job");
        StringBuilder text = new StringBuilder()
                .append("A Spark ").append(type).append(" job did not succeed.\n\n")
                .append("Tenant:      ").append(tenant).append('\n')
                .append("Job:         ").append(type).append(' ').append(id).append('\n')
                .append("Status:      ").append(status).append('\n')
                .append("Started by:  ").append(event.path("createdBy").asText("unknown")).append('\n');
        if (job.hasNonNull("response_timestamp")) {
            text.append("Reported:    ").append(job.path("response_timestamp").asText()).append('\n');
        }
        text.append("\nWhat Spark said:\n");
        JsonNode errors = event.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            text.append("  (no errors reported)\n");
        }
        for (JsonNode error : errors) {
            text.append("  - ").append(describe(error)).append('\n');
        }
        return text.append("\nThe job's full status is in the JSON event on the job events queue.\n").toString();
    }

    /** Spark does not document the shape of an error; the usual fields read well, anything else is shown as is. */
    private static String describe(JsonNode error) {
        if (!error.has("message")) {
            return error.toString();
        }
        String code = error.path("error_code").asText("");
        String item = error.path("item").asText("");
        return (code.isEmpty() ? "" : code + ": ") + error.path("message").asText() + (item.isEmpty() ? "" : " (" + item + ")");
    }
}
