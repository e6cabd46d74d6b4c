package io.github.sparkimpex.e2e;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipFile;

import io.github.sparkimpex.camel.SparkImpexConstants;
import io.github.sparkimpex.client.SparkImpexException;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.admin.VersionInfo;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.TenantOverview;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The component against the emulator, with the sample dev and prod tenants, as a user's routes would run. */
class EmulatorEndToEndTest extends CamelTestSupport {

    private static SparkImpexEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .jobDuration(Duration.ofMillis(150)).tokenLifetime(Duration.ofMinutes(5)).start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void freshTenants() {
        emulator.admin().reset();
    }

    private static String dev() {
        return "baseUrl=" + emulator.baseUrl("dev") + "&apiKey=" + emulator.apiKey("dev") + "&pollInterval=50ms";
    }

    private static String prod() {
        return "baseUrl=" + emulator.baseUrl("prod") + "&apiKey=" + emulator.apiKey("prod") + "&pollInterval=50ms";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").to("spark-impex:export?" + dev() + "&folders=pricing&versionFilter=all")
                        .process(e -> e.getMessage().setBody(Files.readAllBytes(e.getMessage().getBody(File.class).toPath())));
                from("direct:import").toD("spark-impex:import?" + prod() + "&ifPresent=${header.ifPresent}&upgrade=${header.upgrade}"
                                          + "&destination=pricing/quote,pricing/discount");
                from("direct:migrate").to("spark-impex:migrate?" + dev() + "&services=pricing/quote&targetBaseUrl="
                                          + emulator.baseUrl("prod") + "&targetClientId=" + emulator.clientId("prod")
                                          + "&targetClientSecret=" + emulator.clientSecret("prod")
                                          + "&destination=pricing/quote:pricing-v2/quote");
                from("direct:start").to("spark-impex:export?" + dev() + "&folders=pricing&waitForCompletion=false");
                from("direct:cancel").to("spark-impex:cancel?" + dev());
                from("direct:status").to("spark-impex:status?" + dev());
                from("direct:jobs").to("spark-impex:jobs?" + dev());
                from("direct:oauth-status").to("spark-impex:status?baseUrl=" + emulator.baseUrl("dev") + "&clientId="
                                               + emulator.clientId("dev") + "&clientSecret=" + emulator.clientSecret("dev"));
            }
        };
    }

    private byte[] exportDevPricing() {
        return template.requestBody("direct:export", null, byte[].class);
    }

    private JobStatus importIntoProd(byte[] pkg, String ifPresent, String upgrade) {
        return template.requestBodyAndHeaders("direct:import", pkg, Map.of("ifPresent", ifPresent, "upgrade", upgrade), JobStatus.class);
    }

    @Test
    void exportsARealPackage() throws Exception {
        byte[] pkg = exportDevPricing();

        Path file = Files.write(Files.createTempFile("pkg", ".zip"), pkg);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"quote\"", "\"discount\"", "1.0.0", "1.1.0", "1.2.0");
        }
    }

    @Test
    void importWithAbortFailsWithSparksErrorsWhenTheServiceExists() {
        byte[] pkg = exportDevPricing();

        assertThatThrownBy(() -> importIntoProd(pkg, "abort", "minor")).isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(SparkImpexException.class, e -> {
                    assertThat(e.getJobStatus()).isEqualTo("failed");
                    assertThat(e.getErrors().toString()).contains("quote");
                });
    }

    @Test
    void importWithReplaceKeepsTheVersionIdsOfOverlappingVersions() {
        String before = versionId(service("prod", "pricing", "quote"), "1.0.0");

        JobStatus status = importIntoProd(exportDevPricing(), "replace", "minor");

        assertThat(status.outputs().services()).filteredOn(s -> s.serviceSource().equals("quote"))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("replaced"));
        ServiceInfo quote = service("prod", "pricing", "quote");
        assertThat(quote.versions()).extracting(VersionInfo::version).containsExactly("1.0.0", "1.1.0", "1.2.0");
        assertThat(versionId(quote, "1.0.0")).isEqualTo(before);
    }

    @Test
    void importWithAddVersionBumpsVersionsAsAsked() {
        JobStatus status = importIntoProd(exportDevPricing(), "add_version", "major");

        assertThat(status.outputs().services()).filteredOn(s -> s.serviceSource().equals("quote"))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("updated"));
        assertThat(status.outputs().services()).filteredOn(s -> s.serviceSource().equals("discount"))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo("added"));
        assertThat(service("prod", "pricing", "quote").versions()).extracting(VersionInfo::version)
                .containsExactly("1.0.0", "2.0.0", "3.0.0", "4.0.0");
    }

    @Test
    void migratesBetweenTenantsWithOAuthOnTheTarget() {
        Exchange result = template.request("direct:migrate", e -> {
        });

        assertThat(result.getException()).isNull();
        JobStatus imported = result.getMessage().getBody(JobStatus.class);
        assertThat(imported.outputs().services()).singleElement()
                .satisfies(s -> assertThat(s.serviceUriDestination()).isEqualTo("pricing-v2/quote"));
        assertThat(service("prod", "pricing-v2", "quote").versions()).extracting(VersionInfo::version).containsExactly("1.2.0");
    }

    @Test
    void aStuckJobIsCancelledAndItsStatusSaysSo() {
        emulator.admin().faults("dev").stickNextJob();
        String jobId = template.requestBody("direct:start", null, JobStatus.class).id();

        JobStatus cancelled = template.requestBodyAndHeaders("direct:cancel", null,
                Map.of(SparkImpexConstants.JOB_ID, jobId, SparkImpexConstants.JOB_TYPE, "export"), JobStatus.class);
        JobStatus status = template.requestBodyAndHeaders("direct:status", null,
                Map.of(SparkImpexConstants.JOB_ID, jobId, SparkImpexConstants.JOB_TYPE, "export"), JobStatus.class);

        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(status.status()).isEqualTo("cancelled");
        TenantOverview overview = template.requestBody("direct:jobs", null, TenantOverview.class);
        assertThat(overview.exports().all()).anySatisfy(j -> {
            assertThat(j.id()).isEqualTo(jobId);
            assertThat(j.status()).isEqualTo("cancelled");
        });
    }

    @Test
    void anExportWaitsForARunningJobOfTheTenantInsteadOfFailing() {
        emulator.admin().faults("dev").stickNextJob();
        String stuck = template.requestBody("direct:start", null, JobStatus.class).id();

        CompletableFuture<byte[]> waiting = template.asyncRequestBody("direct:export", null, byte[].class);
        // Spark refuses the second export with 409 while the first runs; without waiting it would fail at once.
        org.awaitility.Awaitility.await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3))
                .until(() -> !waiting.isDone() && emulator.admin().jobs("dev").size() == 1);
        template.requestBodyAndHeaders("direct:cancel", null, Map.of(SparkImpexConstants.JOB_ID, stuck,
                SparkImpexConstants.JOB_TYPE, "export"));

        assertThat(waiting.join()).isNotEmpty();
        assertThat(emulator.admin().jobs("dev")).hasSize(2);
    }

    @Test
    void aDownloadCutHalfWayIsRetried() {
        emulator.admin().faults("dev").cutNextDownload();

        byte[] pkg = exportDevPricing();

        assertThat(pkg).startsWith('P', 'K');
    }

    @Test
    void aFailedJobRaisesSparksErrorAtOnce() {
        emulator.admin().faults("dev").failNextJob();

        assertThatThrownBy(this::exportDevPricing).cause().isInstanceOfSatisfying(SparkImpexException.class, e -> {
            assertThat(e.getJobStatus()).isEqualTo("failed");
            assertThat(e.getErrors()).isNotNull();
        });
    }

    @Test
    void anExpiredTokenIsRenewedOnce() {
        String jobId = template.requestBody("direct:start", null, JobStatus.class).id();
        Map<String, Object> job = Map.of(SparkImpexConstants.JOB_ID, jobId, SparkImpexConstants.JOB_TYPE, "export");
        template.requestBodyAndHeaders("direct:oauth-status", null, job);

        emulator.admin().faults().expireTokens();

        assertThat(template.requestBodyAndHeaders("direct:oauth-status", null, job, JobStatus.class).id()).isEqualTo(jobId);
    }

    private static ServiceInfo service(String tenant, String folder, String name) {
        return emulator.admin().service(tenant, folder, name).orElseThrow();
    }

    private static String versionId(ServiceInfo service, String version) {
        return service.versions().stream().filter(v -> v.version().equals(version)).findFirst().orElseThrow().versionId();
    }
}
