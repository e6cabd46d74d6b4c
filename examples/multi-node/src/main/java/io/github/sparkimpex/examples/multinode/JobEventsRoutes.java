package io.github.sparkimpex.examples.multinode;

import org.apache.camel.builder.RouteBuilder;

/**
 * Reports every job that ends on the tenant, from whichever node leads. {@code master:} starts the
 * {@code spark-impex:jobs} consumer only on the node that holds the namespace's leadership; the others keep the route
 * ready and start it when they take over. The emitted-job record is shared, so the new leader carries on where the
 * old one stopped.
 */
public class JobEventsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("master:{{cluster.namespace}}:spark-impex:jobs?baseUrl={{spark.baseUrl}}&apiKey={{spark.apiKey}}"
             + "&delay={{jobs.delay}}&idempotentRepository=#emittedJobs")
                .routeId("job-events")
                .log("{{node.id}}: ${header.CamelSparkImpexJobType} job ${header.CamelSparkImpexJobId} ended "
                     + "${header.CamelSparkImpexJobStatus}")
                .to("{{jobEvents.uri}}");
    }
}
