package io.github.sparkimpex.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The routes name no host and no credential: which tenants, how to authenticate and how patiently to wait all come
 * from {@code camel.component.spark-impex.*} in application.yaml. The URIs say only what to do.
 */
@Component
public class SparkImpexRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // Once when the application starts (promotion.on-startup); anything may also send to direct:promote.
        from("timer:promote?repeatCount=1").routeId("promote-on-startup")
                .autoStartup("{{promotion.on-startup}}")
                .to("direct:promote");

        // Export the folder from the source tenant and import it into the target tenant, in one step.
        from("direct:promote").routeId("promote")
                .log("Promoting folder {{promotion.folder}} to the target tenant")
                .to("spark-impex:migrate?folders={{promotion.folder}}&destination={{promotion.destination}}")
                .transform().body(PromotionSummary::of)
                .log("Promoted {{promotion.folder}} (export job ${header.CamelSparkImpexExportJobId}): ${body}");

        // Every export and import that ends on the source tenant, whoever started it: here, in the Spark UI or elsewhere.
        from("spark-impex:jobs?delay={{job-events.delay}}").routeId("job-events")
                .log("Spark ${header.CamelSparkImpexJobType} job ${header.CamelSparkImpexJobId} ended: "
                     + "${header.CamelSparkImpexJobStatus}");
    }
}
