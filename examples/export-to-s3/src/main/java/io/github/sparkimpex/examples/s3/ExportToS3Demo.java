package io.github.sparkimpex.examples.s3;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What {@code mvn ... exec:java} shows: an embedded emulator stands in for Spark and S3Proxy for S3 (objects kept on
 * disk under {@code target/}); the first scheduled backup of dev's pricing folder runs, and the demo lists the bucket.
 */
final class ExportToS3Demo {

    private static final long WAIT_SECONDS = 60;

    private ExportToS3Demo() {
    }

    static void run(Properties settings) throws Exception {
        Path work = Path.of(settings.getProperty("backup.demoDirectory"))
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (SparkImpexEmulator spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
             EmbeddedS3 s3 = EmbeddedS3.onDisk(work.resolve("s3"), "demo-access-key", "demo-secret-key")) {
            settings.setProperty("spark.url", spark.apiBaseUrl());
            settings.setProperty("spark.tenant", "dev");
            settings.setProperty("spark.apiKey", spark.apiKey("dev"));
            settings.setProperty("s3.endpoint", s3.endpoint());
            settings.setProperty("s3.accessKey", s3.accessKey());
            settings.setProperty("s3.secretKey", s3.secretKey());

            Main app = ExportToS3Application.start(settings);
            try {
                NotifyBuilder firstBackup = new NotifyBuilder(app.getCamelContext()).fromRoute(BackupRoutes.ROUTE_ID)
                        .whenDone(1).create();
                if (!firstBackup.matches(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("No backup within " + WAIT_SECONDS + " s");
                }
            } finally {
                app.stop();
            }
            System.out.println(listing(s3, settings.getProperty("backup.bucket"), work.resolve("s3")));
        }
    }

    private static String listing(EmbeddedS3 s3, String bucket, Path store) {
        StringBuilder out = new StringBuilder("\n=== Spark backup to S3 ===\n");
        try (S3Client client = s3.client()) {
            for (S3Object object : client.listObjectsV2(list -> list.bucket(bucket)).contents()) {
                HeadObjectResponse head = client.headObject(h -> h.bucket(bucket).key(object.key()));
                out.append(String.format("s3://%s/%s%n  %,d bytes, %s%n  metadata %s%n", bucket, object.key(),
                        object.size(), head.contentType(), head.metadata()));
            }
        }
        return out.append("Objects are kept on disk under ").append(store.toAbsolutePath()).append('\n').toString();
    }
}
