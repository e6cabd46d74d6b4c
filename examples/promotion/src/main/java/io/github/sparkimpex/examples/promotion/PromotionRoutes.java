package io.github.sparkimpex.examples.promotion;

import java.io.File;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The promotion: export a folder from the source tenant, keep the package on disk, import that kept copy into the
 * target tenant, and print what the import added, replaced or updated.
 */
public class PromotionRoutes extends RouteBuilder {

    private final PromotionOutcome outcome;

    public PromotionRoutes(PromotionOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .process(e -> outcome.failed(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));

        from("timer:promote?repeatCount=1").routeId("promote")
                .log("Exporting folder {{promotion.folder}} from {{promotion.source.baseUrl}}")
                .to("spark-impex:export?baseUrl={{promotion.source.baseUrl}}&apiKey={{promotion.source.apiKey}}"
                    + "&folders={{promotion.folder}}")
                .setProperty("exportJobId", header("CamelSparkImpexJobId"))
                .to("file:{{promotion.packageDirectory}}")
                .log("Package of export ${exchangeProperty.exportJobId} kept at ${header.CamelFileNameProduced}")
                // Import the copy on disk, so what reaches prod is exactly the file an operator can inspect.
                .process(e -> e.getMessage().setBody(new File(e.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class))))
                .setProperty("packageFile", body())
                .to("spark-impex:import?baseUrl={{promotion.target.baseUrl}}&apiKey={{promotion.target.apiKey}}"
                    + "&destination={{promotion.destination}}&ifPresent=add_version")
                .process(new PromotionReport(outcome));
    }
}
