package io.github.sparkimpex.camel;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sparkimpex.client.SparkJson;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.ServiceMapping;
import io.github.sparkimpex.model.UpgradeType;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportProducerTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    private final SparkStubs spark = new SparkStubs(wm);

    private static final String IMPORTED = "{\"object\":\"import\",\"id\":\"imp-1\",\"status\":\"completed\",\"outputs\":{"
                                           + "\"services\":[{\"service_uri_source\":\"pricing/quote\",\"service_uri_destination\":\"pricing-v2/quote\","
                                           + "\"status\":\"added\"}],\"service_versions\":[]},\"errors\":null,\"warnings\":[]}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:import").to("spark-impex:import?baseUrl=" + spark.baseUrl("prod") + "&token=Bearer tok"
                                         + "&destination=pricing/quote:pricing-v2/quote,pricing/rates&ifPresent=replace&upgrade=patch"
                                         + "&pollInterval=10ms&maxRetries=2");
                from("direct:plain").to("spark-impex:import?baseUrl=" + spark.baseUrl("prod") + "&apiKey=k&pollInterval=10ms");
                from("direct:small").to("spark-impex:import?baseUrl=" + spark.baseUrl("prod") + "&apiKey=k&maxPackageSize=100");
            }
        };
    }

    @Test
    void uploadsTheFileAsMultipartAndReturnsTheFinalStatus() throws Exception {
        spark.startJob("prod", "import", "imp-1");
        spark.jobStatuses("prod", "import", "imp-1", 1, IMPORTED);
        Path zip = TestPackages.zipFile(tmp, "package.zip", "{\"n\":1}");

        Exchange result = template.request("direct:import", e -> e.getMessage().setBody(zip.toFile()));

        assertThat(result.getException()).isNull();
        JobStatus status = result.getMessage().getBody(JobStatus.class);
        assertThat(status.outputs().services()).singleElement()
                .satisfies(s -> assertThat(s.serviceUriDestination()).isEqualTo("pricing-v2/quote"));
        assertThat(result.getMessage().getBody(String.class)).contains("\"service_uri_destination\":\"pricing-v2/quote\"");
        assertThat(result.getMessage().getBody(Map.class)).containsEntry("id", "imp-1");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_TYPE)).isEqualTo("import");
        assertThat(zip).as("the user's own file is left alone").exists();

        LoggedRequest upload = wm.findAll(postRequestedFor(urlPathEqualTo("/prod/api/v4/import"))).get(0);
        assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer tok");
        assertThat(upload.getHeader("x-tenant-name")).isEqualTo("prod");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(upload.getPart("file").getHeader("Content-Type").firstValue()).isEqualTo("application/zip");
        assertThat(upload.getPart("file").getHeader("Content-Disposition").firstValue()).contains("filename=\"package.zip\"");
        assertThat(upload.getPart("file").getBody().asBytes()).isEqualTo(Files.readAllBytes(zip));
        JsonNode entity = SparkJson.MAPPER.readTree(upload.getPart("importRequestEntity").getBody().asString());
        assertThat(entity).isEqualTo(SparkJson.MAPPER.readTree("""
                {"inputs":{"services_modify":[
                  {"service_uri_source":"pricing/quote","service_uri_destination":"pricing-v2/quote","update_version_type":"patch"},
                  {"service_uri_source":"pricing/rates","service_uri_destination":"pricing/rates","update_version_type":"patch"}]},
                 "services_existing":"replace","source_system":"camel-spark-impex"}"""));
    }

    @Test
    void withoutDestinationSendsNoMappingAndTheDefaultIfPresent() throws Exception {
        spark.startJob("prod", "import", "imp-1");
        spark.jobStatuses("prod", "import", "imp-1", 0, IMPORTED);

        template.sendBody("direct:plain", TestPackages.zipBytes("m.json", "{}"));

        JsonNode entity = SparkJson.MAPPER.readTree(wm.findAll(postRequestedFor(urlPathEqualTo("/prod/api/v4/import"))).get(0)
                .getPart("importRequestEntity").getBody().asString());
        assertThat(entity.has("inputs")).isFalse();
        assertThat(entity.get("services_existing").asText()).isEqualTo("add_version");
    }

    @Test
    void destinationHeaderTakesMapsAndTypedMappings() throws Exception {
        spark.startJob("prod", "import", "imp-1");
        spark.jobStatuses("prod", "import", "imp-1", 0, IMPORTED);

        template.sendBodyAndHeader("direct:plain", TestPackages.zipBytes("m.json", "{}"), SparkImpexConstants.DESTINATION,
                Map.of("a/b", "c/d"));
        template.sendBodyAndHeader("direct:plain", TestPackages.zipBytes("m.json", "{}"), SparkImpexConstants.DESTINATION,
                List.of(new ServiceMapping("a/b", "e/f", UpgradeType.COPY)));

        List<LoggedRequest> uploads = wm.findAll(postRequestedFor(urlPathEqualTo("/prod/api/v4/import")));
        assertThat(uploads.get(0).getPart("importRequestEntity").getBody().asString())
                .contains("\"service_uri_source\":\"a/b\"", "\"service_uri_destination\":\"c/d\"", "\"update_version_type\":\"minor\"");
        assertThat(uploads.get(1).getPart("importRequestEntity").getBody().asString())
                .contains("\"service_uri_destination\":\"e/f\"", "\"update_version_type\":\"copy\"");
    }

    @Test
    void aStreamBodyIsSpooledSoARetriedUploadSendsTheWholePackageAgain() throws Exception {
        wm.stubFor(post(urlPathEqualTo("/prod/api/v4/import")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        wm.stubFor(post(urlPathEqualTo("/prod/api/v4/import")).inScenario("busy").whenScenarioStateIs("ok")
                .willReturn(okJson(SparkStubs.status("import", "imp-1", "in_progress"))));
        spark.jobStatuses("prod", "import", "imp-1", 0, IMPORTED);
        byte[] zip = TestPackages.zipBytes("model.bin", "x".repeat(50_000));

        template.sendBody("direct:import", new ByteArrayInputStream(zip));

        List<LoggedRequest> uploads = wm.findAll(postRequestedFor(urlPathEqualTo("/prod/api/v4/import")));
        assertThat(uploads).hasSize(2);
        assertThat(uploads).allSatisfy(u -> assertThat(u.getPart("file").getBody().asBytes()).isEqualTo(zip));
        assertThat(uploads.get(0).getHeader("x-request-id")).isEqualTo(uploads.get(1).getHeader("x-request-id"));
        assertThat(spoolFiles()).as("spooled copies are removed").isEmpty();
    }

    @Test
    void aPackageOverMaxPackageSizeIsRefusedBeforeUpload() throws Exception {
        Path zip = TestPackages.zipFile(tmp, "big.zip", "y".repeat(500));

        assertThatThrownBy(() -> template.sendBody("direct:small", zip.toFile()))
                .isInstanceOf(CamelExecutionException.class)
                .cause().hasMessageContaining("maxPackageSize").hasMessageContaining("100 bytes");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    private static List<Path> spoolFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("spark-import-")).toList();
        }
    }
}
