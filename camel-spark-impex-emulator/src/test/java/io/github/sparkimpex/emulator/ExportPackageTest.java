package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.seed.ServiceSeed;
import io.github.sparkimpex.emulator.seed.VersionSeed;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.Packages;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The export job document, the ZIP package and its download from the file host. */
class ExportPackageTest {

    private static SparkImpexEmulator emulator;
    private static ImpexClient dev;

    @BeforeAll
    static void start() {
        emulator = SparkImpexEmulator.builder()
                .seed(EmulatorSeed.builder()
                        .tenant("dev", tenant -> tenant
                                .apiKey("dev-key")
                                .folder("pricing", folder -> folder
                                        .service("quote", new ServiceSeed(null, List.of(
                                                new VersionSeed("1.0.0", null, 3000),
                                                new VersionSeed("1.1.0", null, 70_000))))
                                        .service("discount", "1.0.0")))
                        .build())
                .defaultPayloadSize(512)
                .start();
        dev = ImpexClient.withApiKey(emulator, "dev");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void completedExportCarriesTheDocumentedEnvelope() {
        String jobId = dev.exportJob("{\"inputs\":{\"services\":[\"pricing/quote\"]},\"source_system\":\"mycicd\","
                + "\"correlation_id\":\"456\"}");
        JsonNode done = dev.awaitEnd("export", jobId);

        assertThat(done.get("object").asText()).isEqualTo("export");
        assertThat(done.get("id").asText()).isEqualTo(jobId);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("response_timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(done.get("status_url").asText())
                .isEqualTo(emulator.baseUrl("dev") + "/api/v4/export/" + jobId + "/status");
        assertThat(done.get("process_time").isIntegralNumber()).isTrue();
        assertThat(done.get("errors").isNull()).isTrue();
        assertThat(done.get("warnings").isArray()).isTrue();
        assertThat(done.get("warnings")).isEmpty();
        assertThat(done.get("source_system").asText()).isEqualTo("mycicd");
        assertThat(done.get("correlation_id").asText()).isEqualTo("456");
        assertThat(done.at("/outputs/files")).hasSize(1);
    }

    @Test
    void nullCorrelationIdIsAcceptedAndEchoed() {
        JsonNode done = dev.awaitEnd("export", dev.exportJob(
                "{\"inputs\":{\"folders\":[\"pricing\"]},\"file_filter\":\"migrate\",\"version_filter\":\"latest\","
                        + "\"source_system\":\"Spark Python SDK\",\"correlation_id\":null}"));

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("correlation_id").isNull()).isTrue();
    }

    @Test
    void packageIsAZipWithAManifestAndEveryPayload() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"folders\":[\"pricing\"]},\"version_filter\":\"all\"}");

        Map<String, byte[]> entries = Packages.entries(zip);
        assertThat(entries.keySet()).containsExactly("manifest.json",
                "services/pricing/discount/1.0.0/discount.xlsx",
                "services/pricing/quote/1.0.0/quote.xlsx",
                "services/pricing/quote/1.1.0/quote.xlsx");
        assertThat(entries.get("services/pricing/quote/1.0.0/quote.xlsx")).hasSize(3000);
        assertThat(entries.get("services/pricing/quote/1.1.0/quote.xlsx")).hasSize(70_000);
        assertThat(entries.get("services/pricing/discount/1.0.0/discount.xlsx")).hasSize(512);

        JsonNode manifest = Packages.manifest(zip);
        ServiceInfo quote = emulator.admin().service("dev", "pricing", "quote").orElseThrow();
        assertThat(manifest.get("format").asText()).isEqualTo("spark-impex-emulator/1");
        assertThat(manifest.get("file_filter").asText()).isEqualTo("migrate");
        assertThat(manifest.get("version_filter").asText()).isEqualTo("all");
        assertThat(manifest.get("tenant").asText()).isEqualTo("dev");
        JsonNode service = manifest.at("/services/1");
        assertThat(service.get("folder").asText()).isEqualTo("pricing");
        assertThat(service.get("service").asText()).isEqualTo("quote");
        assertThat(service.get("service_id").asText()).isEqualTo(quote.serviceId());
        assertThat(service.at("/versions/1/version").asText()).isEqualTo("1.1.0");
        assertThat(service.at("/versions/1/version_id").asText())
                .isEqualTo(quote.version("1.1.0").orElseThrow().versionId());
        assertThat(service.at("/versions/1/file").asText()).isEqualTo("services/pricing/quote/1.1.0/quote.xlsx");
        assertThat(service.at("/versions/1/size").asLong()).isEqualTo(70_000);
    }

    @Test
    void payloadContentIsDeterministic() {
        String request = "{\"inputs\":{\"services\":[\"pricing/quote[1.0.0]\"]}}";
        byte[] first = dev.exportPackage(request);
        byte[] second = dev.exportPackage(request);

        String entry = "services/pricing/quote/1.0.0/quote.xlsx";
        assertThat(Packages.entries(first).get(entry)).isEqualTo(Packages.entries(second).get(entry));
    }

    @Test
    void fileHashIsTheLowercaseHexSha256OfTheDownloadedZip() {
        JsonNode done = dev.awaitEnd("export", dev.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}"));
        String url = done.at("/outputs/files/0/file").asText();

        HttpResult download = TestHttp.get(url, Map.of());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/zip");
        assertThat(download.header("Content-Length")).isEqualTo(Integer.toString(download.body().length));
        assertThat(done.at("/outputs/files/0/file_hash").asText())
                .matches("[0-9a-f]{64}")
                .isEqualTo(Packages.sha256(download.body()));
    }

    @Test
    void downloadUrlIsOnTheFileHostWithAnEncodedToken() {
        JsonNode done = dev.awaitEnd("export", dev.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}"));
        String url = done.at("/outputs/files/0/file").asText();

        assertThat(url).startsWith(emulator.fileBaseUrl() + "/docstore/api/v1/documents/versions/tokens/")
                .endsWith("/package.zip")
                .contains("%3D");
        assertThat(emulator.fileBaseUrl()).isNotEqualTo(emulator.apiBaseUrl());
    }

    @Test
    void onPremisesPackageCarriesCompiledModules() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]},\"file_filter\":\"onpremises\"}");

        assertThat(Packages.entries(zip).keySet())
                .containsExactly("manifest.json", "services/pricing/discount/1.0.0/discount.wasm");
        assertThat(Packages.manifest(zip).get("file_filter").asText()).isEqualTo("onpremises");
    }

    @Test
    void fileHostRefusesRequestsCarryingCredentials() {
        JsonNode done = dev.awaitEnd("export", dev.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}"));
        String url = done.at("/outputs/files/0/file").asText();

        HttpResult withBearer = TestHttp.get(url, Map.of("Authorization", "Bearer " + emulator.issueToken("dev")));
        HttpResult withApiKey = TestHttp.get(url, ImpexClient.apiKeyHeaders(emulator, "dev"));

        assertThat(withBearer.status()).isEqualTo(403);
        assertThat(withBearer.json().get("error_code").asText()).isEqualTo("CREDENTIALS_NOT_ACCEPTED");
        assertThat(withApiKey.status()).isEqualTo(403);
        assertThat(TestHttp.get(url, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void unknownDownloadTokenIsNotFound() {
        HttpResult response = TestHttp.get(emulator.fileBaseUrl()
                + "/docstore/api/v1/documents/versions/tokens/bm9wZQ%3D%3D/package.zip", Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error_code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
    }

    @Test
    void exportOverThePackageLimitFails() {
        try (SparkImpexEmulator small = SparkImpexEmulator.builder()
                .seed(EmulatorSeed.builder().tenant("dev", tenant -> tenant.folder("pricing",
                        folder -> folder.service("quote", "1.0.0"))).build())
                .defaultPayloadSize(10_000)
                .maxPackageSize(5_000)
                .start()) {
            ImpexClient client = ImpexClient.withApiKey(small, "dev");

            JsonNode done = client.awaitEnd("export", client.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}"));

            assertThat(done.get("status").asText()).isEqualTo("failed");
            assertThat(done.at("/errors/0/error_code").asText()).isEqualTo("PACKAGE_TOO_LARGE");
        }
    }
}
