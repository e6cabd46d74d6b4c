package io.github.sparkimpex.camel;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.client.ClientSettings;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.testing.StreamingSparkServer;
import io.github.sparkimpex.testing.StreamingSparkServer.ReceivedImport;
import io.github.sparkimpex.testing.StreamingSparkServer.ReceivedPart;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance proof that packages are streamed: a package just under Spark's 200 MB limit is exported to a file and
 * imported from a file by a JVM whose whole heap (JUnit, Camel, the component and the test server) is 96 MB.
 *
 * <p>Runs only in the surefire execution {@code heap-capped} of this module, which sets {@code -Xmx96m}; the tag keeps
 * it out of the default execution even when {@code -Dtest=...} overrides the includes.
 */
@Tag("heap-capped")
class LargePackageStreamingTest extends CamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(LargePackageStreamingTest.class);
    private static final long HEAP_CAP = 96L * 1024 * 1024;
    private static final long LIMIT = ClientSettings.DEFAULT_MAX_PACKAGE_SIZE;
    /** The ZIP's one entry; headers and deflate's stored-block framing add a few KB, still under the limit. */
    private static final long ENTRY_SIZE = LIMIT - 64 * 1024;
    private static final Path WORK = Path.of("target", "large-packages");
    private static final Path SPOOL = WORK.resolve("spool");

    private static StreamingSparkServer spark;
    private static Path largePackage;
    private static long largePackageSize;
    private static long largePackageCrc;

    private final AtomicLong exportedLength = new AtomicLong(-1);
    private final AtomicLong exportedCrc = new AtomicLong(-1);
    private final AtomicReference<ZipEntry> exportedEntry = new AtomicReference<>();

    @BeforeAll
    static void writePackageAndStartServer() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        LOG.info("Max heap of this JVM: {} bytes ({} MiB)", maxHeap, maxHeap / (1024 * 1024));
        // Not an assumption: outside the capped JVM this test proves nothing, so it must not pass there.
        assertThat(maxHeap).as("max heap; run with -Xmx96m (surefire execution heap-capped)").isLessThanOrEqualTo(HEAP_CAP);

        Files.createDirectories(WORK);
        largePackage = TestPackages.largeZip(WORK.resolve("large-package.zip"), ENTRY_SIZE);
        largePackageSize = Files.size(largePackage);
        largePackageCrc = TestPackages.crc32(largePackage);
        LOG.info("Package {}: {} bytes ({} under the {} byte limit), more than twice the heap",
                largePackage, largePackageSize, LIMIT - largePackageSize, LIMIT);
        assertThat(largePackageSize).isLessThanOrEqualTo(LIMIT).isGreaterThan(2 * maxHeap);

        spark = StreamingSparkServer.start(4);
        spark.servePackage(largePackage);
    }

    @AfterAll
    static void stopServerAndDeletePackages() throws Exception {
        if (spark != null) {
            spark.close();
        }
        try (Stream<Path> files = Files.walk(WORK)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export")
                        .to("spark-impex:export?baseUrl=" + spark.baseUrl("source") + "&apiKey=k&folders=pricing"
                            + "&pollInterval=50ms&downloadDirectory=" + WORK.resolve("downloads"))
                        .process(exchange -> {
                            // The file is removed when the exchange completes: look at it now, in small reads.
                            File pkg = exchange.getMessage().getBody(File.class);
                            exportedLength.set(pkg.length());
                            exportedCrc.set(TestPackages.crc32(pkg.toPath()));
                            try (ZipFile zip = new ZipFile(pkg)) {
                                exportedEntry.set(zip.getEntry("model.bin"));
                            }
                        });
                from("direct:import")
                        .to("spark-impex:import?baseUrl=" + spark.baseUrl("target") + "&apiKey=k&destination=pricing/quote"
                            + "&pollInterval=50ms");
                // Camel's stream caching is on by default and keeps a stream body in memory (it spools to disk only
                // when spoolEnabled is set): it would load the whole package before the component sees it. Off here,
                // so the stream reaches the component, which spools it to a file itself.
                from("direct:import-stream").streamCache("false")
                        .to("spark-impex:import?baseUrl=" + spark.baseUrl("target") + "&apiKey=k&destination=pricing/quote"
                            + "&pollInterval=50ms&downloadDirectory=" + SPOOL);
            }
        };
    }

    @Test
    void exportsTheLargePackageToAFile() {
        long servedBefore = spark.bytesServed();

        Exchange result = template.request("direct:export", exchange -> {
        });

        assertThat(result.getException()).isNull();
        assertThat(spark.bytesServed() - servedBefore).isEqualTo(largePackageSize);
        assertThat(exportedLength.get()).as("exported file length").isEqualTo(largePackageSize);
        assertThat(exportedCrc.get()).as("exported file CRC-32").isEqualTo(largePackageCrc);
        assertThat(exportedEntry.get()).as("readable ZIP with its entry").isNotNull()
                .extracting(ZipEntry::getSize).isEqualTo(ENTRY_SIZE);
        LOG.info("Exported {} bytes to a file with max heap {} MiB", exportedLength.get(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    @Test
    void importsTheLargePackageFromAFile() throws Exception {
        int importsBefore = spark.imports().size();

        Exchange result = template.request("direct:import", exchange -> exchange.getMessage().setBody(largePackage.toFile()));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(JobStatus.class).status()).isEqualTo("completed");
        assertThat(spark.imports()).hasSize(importsBefore + 1);
        ReceivedImport upload = spark.imports().get(importsBefore);
        ReceivedPart file = upload.part("file");
        assertThat(file.size()).as("bytes of part 'file' received").isEqualTo(largePackageSize);
        assertThat(file.crc32()).as("CRC-32 of part 'file' received").isEqualTo(largePackageCrc);
        assertThat(file.filename()).isEqualTo("package.zip");
        assertThat(file.contentType()).startsWith("application/zip");
        assertThat(upload.contentLength()).as("streamed with a Content-Length, not chunked").isGreaterThan(largePackageSize);
        JsonNode entity = new ObjectMapper().readTree(upload.part("importRequestEntity").text());
        assertThat(entity.at("/inputs/services_modify/0/service_uri_source").asText()).isEqualTo("pricing/quote");
        assertThat(entity.path("services_existing").asText()).isEqualTo("add_version");
        LOG.info("Imported {} bytes from a file with max heap {} MiB", file.size(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    @Test
    void importsTheLargePackageFromAStreamThroughASpoolFile() throws Exception {
        int importsBefore = spark.imports().size();

        Exchange result;
        try (InputStream body = Files.newInputStream(largePackage)) {
            result = template.request("direct:import-stream", exchange -> exchange.getMessage().setBody(body));
        }

        assertThat(result.getException()).isNull();
        ReceivedPart file = spark.imports().get(importsBefore).part("file");
        assertThat(file.size()).as("bytes of part 'file' received").isEqualTo(largePackageSize);
        assertThat(file.crc32()).as("CRC-32 of part 'file' received").isEqualTo(largePackageCrc);
        try (Stream<Path> left = Files.list(SPOOL)) {
            assertThat(left).as("spool files left behind").isEmpty();
        }
    }

    @Test
    void refusesAPackageOverMaxPackageSizeBeforeUploadingIt() throws Exception {
        Path tooBig = TestPackages.sparsePackage(WORK.resolve("too-big.zip"), LIMIT + 1);
        int requestsBefore = spark.importRequests();

        Exchange result = template.request("direct:import", exchange -> exchange.getMessage().setBody(tooBig.toFile()));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining((LIMIT + 1) + " bytes")
                .hasMessageContaining("maxPackageSize (" + LIMIT + " bytes");
        assertThat(spark.importRequests()).as("import requests that reached the server").isEqualTo(requestsBefore);
    }
}
