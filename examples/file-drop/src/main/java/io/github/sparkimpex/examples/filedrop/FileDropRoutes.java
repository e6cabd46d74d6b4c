package io.github.sparkimpex.examples.filedrop;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Imports every package dropped in the inbox into the tenant:
 * <ul>
 *   <li>imported: the package moves to {@code done/} with {@code <name>.result.json}, Spark's final import status;</li>
 *   <li>refused or failed: the package moves to {@code failed/} with {@code <name>.reason.txt};</li>
 *   <li>already imported (same SHA-256, whatever its name, even before a restart): left in the inbox, not imported;</li>
 *   <li>Spark unreachable: left in the inbox and tried again on the next poll.</li>
 * </ul>
 * Beans it expects: {@code packageHash} ({@link PackageHash}), {@code importedPackages} (a persistent
 * {@link org.apache.camel.spi.IdempotentRepository}) and {@code packageFiles} ({@link PackageFileStrategy}).
 */
public class FileDropRoutes extends RouteBuilder {

    static final String ROUTE_ID = "file-drop";

    static final String INBOX = "file:{{filedrop.inbox}}?include=.*\\.zip"
                                // done/, failed/, or stay in the inbox while Spark is down (replaces move/moveFailed)
                                + "&processStrategy=#packageFiles"
                                // a package is known by its content, and the record survives restarts
                                + "&idempotent=true&idempotentKey=${bean:packageHash}&idempotentRepository=#importedPackages"
                                // record the hash once Spark confirmed the import, not when the file is picked up: a
                                // package whose import failed or never reached Spark can be dropped again
                                + "&idempotentEager=false"
                                // one package at a time (Spark imports one at a time per tenant anyway), so a copy
                                // dropped beside a package is only looked at once that package's hash is recorded
                                + "&synchronous=true&maxMessagesPerPoll=1"
                                + "&delay={{filedrop.pollDelay}}";

    @Override
    public void configure() {
        // Spark could not be asked: the package is not at fault. PackageFileStrategy leaves it in the inbox.
        onException(Exception.class).onWhen(SparkOutage::matches)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "Spark is unavailable, ${file:name} stays in the inbox and is tried again: ${exception.message}");

        // Spark refused the package or its import job failed: the reason goes to failed/, where the package follows it.
        onException(Exception.class)
                .logExhausted(false)
                .log(LoggingLevel.WARN, "Import of ${file:name} failed: ${exception.message}")
                .process(ImportReports::reason)
                .to("file:{{filedrop.inbox}}/failed?fileName=${file:name}.reason.txt");

        from(INBOX).routeId(ROUTE_ID)
                .log("Importing ${file:name}")
                .to("spark-impex:import?baseUrl={{filedrop.baseUrl}}&apiKey={{filedrop.apiKey}}"
                    + "&ifPresent={{filedrop.ifPresent}}&destination={{?filedrop.destination}}")
                .process(ImportReports::result)
                .to("file:{{filedrop.inbox}}/done?fileName=${file:name}.result.json")
                .log("Imported ${file:name}: import job ${header.CamelSparkImpexJobId} ${header.CamelSparkImpexJobStatus}");
    }
}
