package io.github.sparkimpex.examples.s3;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.aws2.s3.AWS2S3Constants;

/**
 * On a schedule, exports one folder of a tenant and stores the package in an S3 bucket under
 * {@code {tenant}/{folder}/{yyyy-MM-dd, UTC}/{export job id}.zip}, with the job id and Spark's file hash as object
 * metadata. The package is streamed from the file the export wrote to the upload; it is deleted once the exchange ends.
 */
public class BackupRoutes extends RouteBuilder {

    static final String ROUTE_ID = "spark-backup";

    @Override
    public void configure() {
        from("timer:spark-backup?period={{backup.period}}&delay={{backup.delay}}").routeId(ROUTE_ID)
                .to("spark-impex:export?baseUrl={{spark.url}}/{{spark.tenant}}&apiKey=RAW({{spark.apiKey}})"
                    + "&folders={{backup.folder}}")
                .setHeader(AWS2S3Constants.KEY, simple("{{spark.tenant}}/{{backup.folder}}/"
                                                       + "${date-with-timezone:now:UTC:yyyy-MM-dd}/${header.CamelSparkImpexJobId}.zip"))
                .setHeader(AWS2S3Constants.METADATA, method(BackupMetadata.class, "of"))
                .setHeader(AWS2S3Constants.CONTENT_TYPE, constant("application/zip"))
                // Any S3-compatible store: drop the three endpoint options for AWS itself.
                .to("aws2-s3:{{backup.bucket}}?overrideEndpoint=true&uriEndpointOverride={{s3.endpoint}}&forcePathStyle=true"
                    + "&region={{s3.region}}&accessKey=RAW({{s3.accessKey}})&secretKey=RAW({{s3.secretKey}})"
                    + "&autoCreateBucket={{backup.createBucket}}")
                .log("Folder {{backup.folder}} of {{spark.tenant}} stored as s3://{{backup.bucket}}/${header.CamelAwsS3Key}"
                     + " (export job ${header.CamelSparkImpexJobId})");
    }
}
