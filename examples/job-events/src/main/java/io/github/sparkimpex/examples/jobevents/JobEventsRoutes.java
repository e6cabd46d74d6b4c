package io.github.sparkimpex.examples.jobevents;

import org.apache.camel.builder.RouteBuilder;

/**
 * Every job that ends on the tenant, whoever started it, becomes one JSON event on the events queue; a job that did
 * not succeed is also handed to a second queue, from which a mail goes out to the team.
 * <p>
 * The mail is sent by its own route, reading its own queue: an SMTP outage then holds up the mail (the transacted
 * consumer rolls back and the broker redelivers) without making the consumer offer the job event again.
 * Beans it expects: {@code emittedJobs} (a persistent {@link org.apache.camel.spi.IdempotentRepository}) and a JMS
 * connection factory for the jms component.
 */
public class JobEventsRoutes extends RouteBuilder {

    static final String EVENTS_ROUTE = "job-events";
    static final String MAIL_ROUTE = "job-failure-mail";

    @Override
    public void configure() {
        from("spark-impex:jobs?baseUrl={{spark.url}}/{{spark.tenant}}&apiKey=RAW({{spark.apiKey}})"
             + "&delay={{events.pollDelay}}&idempotentRepository=#emittedJobs")
                .routeId(EVENTS_ROUTE)
                .process(new JobEvent(getContext().resolvePropertyPlaceholders("{{spark.tenant}}")))
                .to("jms:queue:{{events.queue}}")
                .log("${header.sparkJobType} job ${header.sparkJobId} ended ${header.sparkJobStatus}: published")
                .filter(header(JobEvent.SUCCEEDED).isEqualTo(false))
                    .to("jms:queue:{{events.failureQueue}}");

        from("jms:queue:{{events.failureQueue}}?transacted=true").routeId(MAIL_ROUTE)
                // camel-mail turns message headers into mail headers: only the subject is meant for the reader.
                .removeHeaders("*")
                .process(new FailureMail())
                .to("smtp://{{mail.host}}:{{mail.port}}?from={{mail.from}}&to={{mail.to}}"
                    + "&contentType=text/plain;charset=UTF-8")
                .log("Mailed {{mail.to}}: ${header.Subject}");
    }
}
