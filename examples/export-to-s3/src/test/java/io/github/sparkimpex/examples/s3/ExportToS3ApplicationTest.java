package io.github.sparkimpex.examples.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.JobInfo;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled backup end to end: a real export from the emulator lands in an in-process S3 server. */
class ExportToS3ApplicationTest {

    private static final String BUCKET = "spark-backups";

    private SparkImpexEmulator spark;
    private EmbeddedS3 s3;
    private S3Client reader;
    private Main app;

    @BeforeEach
    void startServers() throws Exception {
        spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        s3 = EmbeddedS3.inMemory("test-access-key", "test-secret-key");
        reader = s3.client();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (app != null) {
            app.stop();
        }
        reader.close();
        s3.close();
        spark.close();
    }

    @Test
    void theExportedPackageIsStoredUnderTenantFolderDateAndJobIdWithItsJobAndHash() throws Exception {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        app = ExportToS3Application.start(ExportToS3Application.settings(settings()));

        List<S3Object> objects = await().atMost(Duration.ofSeconds(30))
                .until(this::objectsInBucket, found -> !found.isEmpty());

        JobInfo export = spark.admin().jobs("dev").get(0);
        assertThat(export.type()).isEqualTo("export");
        // The date is the day of the backup, in UTC (either side of midnight, should the test run across it).
        assertThat(objects).singleElement().extracting(S3Object::key).isIn(
                "dev/pricing/" + before + "/" + export.id() + ".zip",
                "dev/pricing/" + LocalDate.now(ZoneOffset.UTC) + "/" + export.id() + ".zip");

        ResponseBytes<GetObjectResponse> object = reader.getObjectAsBytes(get -> get.bucket(BUCKET).key(objects.get(0).key()));
        assertThat(object.response().contentType()).isEqualTo("application/zip");
        assertThat(object.response().metadata())
                .containsEntry("job-id", export.id())
                .containsEntry("file-hash", sha256(object.asByteArray()));

        JsonNode manifest = new ObjectMapper().readTree(zipEntry(object.asByteArray(), "manifest.json"));
        assertThat(manifest.path("tenant").asText()).isEqualTo("dev");
        List<String> services = new ArrayList<>();
        manifest.path("services").forEach(service -> services.add(service.path("folder").asText() + "/"
                                                                  + service.path("service").asText()));
        assertThat(services).containsExactlyInAnyOrder("pricing/quote", "pricing/discount");
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("backup.embedded", "false");
        settings.setProperty("spark.url", spark.apiBaseUrl());
        settings.setProperty("spark.tenant", "dev");
        settings.setProperty("spark.apiKey", spark.apiKey("dev"));
        settings.setProperty("s3.endpoint", s3.endpoint());
        settings.setProperty("s3.accessKey", s3.accessKey());
        settings.setProperty("s3.secretKey", s3.secretKey());
        settings.setProperty("backup.delay", "0");
        settings.setProperty("backup.period", "1h");
        // The emulator ends a job on its second status poll: no need to wait a second between polls.
        settings.setProperty("camel.component.spark-impex.pollInterval", "100ms");
        return settings;
    }

    private List<S3Object> objectsInBucket() {
        if (reader.listBuckets().buckets().stream().noneMatch(bucket -> bucket.name().equals(BUCKET))) {
            return List.of();
        }
        return reader.listObjectsV2(list -> list.bucket(BUCKET)).contents();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in the package");
    }
}
