package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.Multipart;
import io.github.sparkimpex.emulator.support.Packages;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Import requests refused at once, before any job exists: 400, 413 and 415. */
class ImportValidationTest {

    private static final long LIMIT = 20_000;

    private static SparkImpexEmulator emulator;
    private static ImpexClient dev;
    private static ImpexClient prod;
    private static byte[] validPackage;

    @BeforeAll
    static void start() {
        emulator = SparkImpexEmulator.builder()
                .seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .defaultPayloadSize(1000)
                .maxPackageSize(LIMIT)
                .pollsUntilDone(0)
                .start();
        dev = ImpexClient.withApiKey(emulator, "dev");
        prod = ImpexClient.withApiKey(emulator, "prod");
        validPackage = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void missingFilePartIsABadRequest() {
        HttpResult response = TestHttp.postMultipart(prod.url("import"),
                new Multipart().field("importRequestEntity", "{}"), prod.auth());

        assertRejected(response, 400, "MISSING_FILE");
    }

    @Test
    void importRequestEntityThatIsNotJsonIsABadRequest() {
        assertRejected(prod.startImport(validPackage, "{\"services_existing\": add_version"), 400,
                "INVALID_IMPORT_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"services_existing\":\"overwrite\"}|INVALID_SERVICES_EXISTING",
            "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":\"pricing/discount\",\"update_version_type\":\"huge\"}]}}|INVALID_UPDATE_VERSION_TYPE",
            "{\"inputs\":{\"services_modify\":[{\"service_uri_destination\":\"pricing/discount\"}]}}|INVALID_IMPORT_REQUEST",
            "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":\"discount\"}]}}|INVALID_SERVICE_URI",
            "[]|INVALID_REQUEST"})
    void invalidImportRequestEntitiesAreBadRequests(String caseText) {
        String[] parts = caseText.split("\\|");

        assertRejected(prod.startImport(validPackage, parts[0]), 400, parts[1]);
    }

    @Test
    void fileThatIsNotAZipIsABadRequest() {
        HttpResult response = prod.startImport("hello, not a zip".getBytes(StandardCharsets.UTF_8), null);

        assertRejected(response, 400, "INVALID_PACKAGE");
        assertThat(response.json().get("message").asText()).contains("not a ZIP");
    }

    @Test
    void zipWithoutManifestIsABadRequest() {
        byte[] zip = Packages.zip(Map.of("services/pricing/x/1.0.0/x.xlsx", new byte[10]));

        HttpResult response = prod.startImport(zip, null);

        assertRejected(response, 400, "INVALID_PACKAGE");
        assertThat(response.json().get("message").asText()).contains("manifest.json");
    }

    @Test
    void manifestThatIsNotJsonIsABadRequest() {
        assertRejected(prod.startImport(Packages.withManifest(validPackage, "{broken"), null), 400, "INVALID_PACKAGE");
    }

    @Test
    void onPremisesExportCannotBeImported() {
        byte[] onPremises = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]},"
                + "\"file_filter\":\"onpremises\"}");

        HttpResult response = prod.startImport(onPremises, null);

        assertRejected(response, 400, "INVALID_PACKAGE");
        assertThat(response.json().get("message").asText()).contains("file_filter=migrate");
    }

    @Test
    void packageJustOverTheLimitIsTooLarge() {
        HttpResult response = prod.startImport(randomBytes((int) LIMIT + 1), null);

        assertRejected(response, 413, "PACKAGE_TOO_LARGE");
        assertThat(response.json().get("max_package_size").asLong()).isEqualTo(LIMIT);
    }

    @Test
    void packageFarOverTheLimitIsTooLargeWithoutBeingParsed() {
        // Over 2 MB too, Undertow's own default entity limit, which the emulator lifts.
        HttpResult response = prod.startImport(randomBytes(3_000_000), "{}");

        assertRejected(response, 413, "PACKAGE_TOO_LARGE");
    }

    @Test
    void bodyThatIsNotMultipartIsAnUnsupportedMediaType() {
        HttpResult response = TestHttp.postBytes(prod.url("import"), "application/zip", validPackage, prod.auth());

        assertRejected(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void validPackageIsAccepted() {
        HttpResult response = prod.startImport(validPackage, "{\"services_existing\":\"replace\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(prod.awaitEnd("import", response.json().get("id").asText()).get("status").asText())
                .isEqualTo("completed");
    }

    private static void assertRejected(HttpResult response, int status, String errorCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("error_code").asText()).isEqualTo(errorCode);
        assertThat(emulator.admin().jobs("prod")).allMatch(job -> !job.status().equals("in_progress"));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
