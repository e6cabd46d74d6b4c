package io.github.sparkimpex.camel;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.TenantOverview;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** status, cancel, jobs, download, migrate, and export/import without waiting. */
class OperationsTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SparkStubs spark = new SparkStubs(wm);

    @Override
    protected RouteBuilder createRouteBuilder() {
        String acme = "baseUrl=" + spark.baseUrl("acme") + "&apiKey=k&pollInterval=10ms";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").to("spark-impex:status?" + acme);
                from("direct:await").to("spark-impex:status?" + acme + "&waitForCompletion=true");
                from("direct:cancel").to("spark-impex:cancel?" + acme);
                from("direct:jobs").to("spark-impex:jobs?" + acme);
                from("direct:download").to("spark-impex:download?" + acme);
                from("direct:start-export").to("spark-impex:export?" + acme + "&waitForCompletion=false");
                from("direct:start-import").to("spark-impex:import?" + acme + "&waitForCompletion=false");
                from("direct:by-header").to("spark-impex:export?" + acme);
                from("direct:migrate").to("spark-impex:migrate?" + acme + "&folders=pricing&targetBaseUrl=" + spark.baseUrl("prod")
                                          + "&targetToken=prod-token&destination=pricing/quote:pricing-v2/quote&ifPresent=add_version");
            }
        };
    }

    private Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    @Test
    void statusReadsOnceByDefaultAndWaitsWhenAsked() {
        spark.jobStatuses("acme", "import", "j1", 1, SparkStubs.status("import", "j1", "completed"));
        Map<String, Object> job = Map.of(SparkImpexConstants.JOB_ID, "j1", SparkImpexConstants.JOB_TYPE, "import");

        Exchange once = send("direct:status", null, job);
        assertThat(once.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("in_progress");

        Exchange waited = send("direct:await", null, job);
        assertThat(waited.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("completed");
        assertThat(waited.getMessage().getBody(JobStatus.class).id()).isEqualTo("j1");
    }

    @Test
    void cancelSendsThePatchOfTheJobType() {
        wm.stubFor(patch(urlPathEqualTo("/acme/api/v4/import/j2")).willReturn(okJson(SparkStubs.status("import", "j2", "cancelled"))));

        Exchange result = send("direct:cancel", null, Map.of(SparkImpexConstants.JOB_ID, "j2", SparkImpexConstants.JOB_TYPE, "import"));

        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("cancelled");
        wm.verify(patchRequestedFor(urlPathEqualTo("/acme/api/v4/import/j2"))
                .withRequestBody(equalToJson("{\"import_status\":\"cancelled\"}")));
    }

    @Test
    void jobsGivesTheTenantWideViewOfBothTypes() {
        wm.stubFor(get(urlPathEqualTo("/acme/api/v4/import/status")).willReturn(okJson("""
                {"in_progress_imports":[{"object":"import","id":"i1","data":{"import_status":"in_progress",
                 "created_by":"alice@example.com"}}],"recent_imports":[],
                 "tenant":{"configuration":{"import_api_job_limit":1},"status":{"import_api_jobs_in_progress":1}}}""")));
        wm.stubFor(get(urlPathEqualTo("/acme/api/v4/export/status")).willReturn(okJson("""
                {"in_progress_exports":[],"recent_exports":[{"object":"export","id":"e1","data":{"export_status":"closed"}}],
                 "tenant":{"configuration":{"export_api_job_limit":1},"status":{"export_api_jobs_in_progress":0}}}""")));

        Exchange result = send("direct:jobs", null, Map.of());

        TenantOverview overview = result.getMessage().getBody(TenantOverview.class);
        assertThat(overview.imports().inProgress()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo("i1");
            assertThat(j.createdBy()).isEqualTo("alice@example.com");
        });
        assertThat(overview.exports().recent()).singleElement().satisfies(j -> assertThat(j.status()).isEqualTo("closed"));
        assertThat(overview.imports().jobLimit()).isEqualTo(1);
        assertThat(result.getMessage().getBody(String.class)).contains("\"in_progress_imports\"", "\"recent_exports\"");
    }

    @Test
    void downloadFetchesAFileUrl() throws Exception {
        byte[] zip = TestPackages.zipBytes("a", "b");
        spark.file("/files/x.zip", zip);
        AtomicReference<byte[]> seen = new AtomicReference<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:download-and-read").to("direct:download")
                        .process(e -> seen.set(Files.readAllBytes(e.getMessage().getBody(File.class).toPath())));
            }
        });

        send("direct:download-and-read", null, Map.of(SparkImpexConstants.FILE_URL, wm.baseUrl() + "/files/x.zip"));

        assertThat(seen.get()).isEqualTo(zip);
    }

    @Test
    void withoutWaitingExportAndImportReturnTheJobAtOnce() throws Exception {
        spark.startJob("acme", "export", "e9");
        spark.startJob("acme", "import", "i9");

        Exchange export = send("direct:start-export", null, Map.of(SparkImpexConstants.FOLDERS, List.of("a", "b")));
        Exchange imported = send("direct:start-import", TestPackages.zipBytes("m", "x"), Map.of());

        assertThat(export.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo("e9");
        assertThat(export.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("in_progress");
        assertThat(imported.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo("i9");
        assertThat(wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()))).as("no polling").isEmpty();
        wm.verify(postRequestedFor(urlPathEqualTo("/acme/api/v4/export"))
                .withRequestBody(equalToJson("{\"inputs\":{\"folders\":[\"a\",\"b\"]}}", false, true)));
    }

    @Test
    void headersSelectWhatToExportAndOverrideTheOperation() {
        spark.startJob("acme", "export", "e1");
        spark.jobStatuses("acme", "export", "e1", 0, SparkStubs.exportDone("e1", wm.baseUrl() + "/f/e1.zip", "h"));
        spark.file("/f/e1.zip", TestPackages.zipBytes("m", "x"));

        Exchange result = send("direct:by-header", null, Map.of(
                SparkImpexConstants.SERVICES, "pricing/quote[1.2], service/0f8d1c2e-1111-4a4a-9b9b-000000000001",
                SparkImpexConstants.VERSION_IDS, List.of("0f8d1c2e-2222-4a4a-9b9b-000000000002"),
                SparkImpexConstants.FOLDERS, "rates"));
        Exchange overridden = send("direct:by-header", null, Map.of(SparkImpexConstants.OPERATION, "status",
                SparkImpexConstants.JOB_ID, "e1", SparkImpexConstants.JOB_TYPE, "export"));

        assertThat(result.getException()).isNull();
        wm.verify(postRequestedFor(urlPathEqualTo("/acme/api/v4/export")).withRequestBody(equalToJson("""
                {"inputs":{"folders":["rates"],"services":["pricing/quote[1.2]","0f8d1c2e-1111-4a4a-9b9b-000000000001"],
                 "version_ids":["0f8d1c2e-2222-4a4a-9b9b-000000000002"]}}""", false, true)));
        assertThat(overridden.getMessage().getBody(JobStatus.class).status()).isEqualTo("completed");
    }

    @Test
    void migrateExportsFromOneTenantAndImportsIntoTheOther() {
        spark.startJob("acme", "export", "e1");
        spark.jobStatuses("acme", "export", "e1", 1, SparkStubs.exportDone("e1", wm.baseUrl() + "/f/m.zip", "h"));
        byte[] zip = TestPackages.zipBytes("m", "x");
        spark.file("/f/m.zip", zip);
        spark.startJob("prod", "import", "i1");
        spark.jobStatuses("prod", "import", "i1", 1, SparkStubs.status("import", "i1", "completed"));

        Exchange result = send("direct:migrate", null, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(SparkImpexConstants.EXPORT_JOB_ID)).isEqualTo("e1");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo("i1");
        var upload = wm.findAll(postRequestedFor(urlPathEqualTo("/prod/api/v4/import"))).get(0);
        assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer prod-token");
        assertThat(upload.getHeader("x-synthetic-key")).as("source credentials stay with the source").isNull();
        assertThat(upload.getPart("file").getBody().asBytes()).isEqualTo(zip);
        assertThat(upload.getPart("importRequestEntity").getBody().asString())
                .contains("\"service_uri_destination\":\"pricing-v2/quote\"", "\"services_existing\":\"add_version\"");
        wm.verify(postRequestedFor(urlPathEqualTo("/acme/api/v4/export")).withHeader("x-synthetic-key", equalTo("k")));
    }
}
