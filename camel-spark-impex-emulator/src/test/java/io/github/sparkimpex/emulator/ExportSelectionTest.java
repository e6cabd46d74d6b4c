package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which versions an export selects: every input form, version_filter, union, and the failures. */
class ExportSelectionTest {

    private static SparkImpexEmulator emulator;
    private static ImpexClient dev;

    @BeforeAll
    static void start() {
        emulator = SparkImpexEmulator.builder()
                .seed(EmulatorSeed.builder()
                        .tenant("dev", tenant -> tenant
                                .folder("pricing", folder -> folder
                                        .service("quote", "1.0.0", "1.1.0", "1.1.5", "1.10.0", "2.0.0")
                                        .service("discount", "0.9.0", "1.0.0"))
                                .folder("tax", folder -> folder.service("vat", "3.0.0"))
                                .folder("empty-folder"))
                        .build())
                .pollsUntilDone(0)
                .start();
        dev = ImpexClient.withApiKey(emulator, "dev");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void folderWithLatestFilterTakesTheNewestVersionOfEachService() {
        JsonNode done = exportDone("{\"inputs\":{\"folders\":[\"pricing\"]}}");

        assertThat(versionUris(done)).containsExactly("pricing/discount[1.0.0]", "pricing/quote[2.0.0]");
        assertThat(done.at("/outputs/services")).hasSize(2);
        assertThat(done.at("/outputs/services/0/service_uri_source").asText()).isEqualTo("pricing/discount");
        assertThat(done.at("/outputs/services/1/service_id_source").asText()).isEqualTo(service("quote").serviceId());
    }

    @Test
    void folderWithAllFilterTakesEveryVersionInSemanticOrder() {
        JsonNode done = exportDone("{\"inputs\":{\"folders\":[\"pricing\"]},\"version_filter\":\"all\"}");

        assertThat(versionUris(done)).containsExactly("pricing/discount[0.9.0]", "pricing/discount[1.0.0]",
                "pricing/quote[1.0.0]", "pricing/quote[1.1.0]", "pricing/quote[1.1.5]", "pricing/quote[1.10.0]",
                "pricing/quote[2.0.0]");
    }

    @Test
    void servicePathTakesItsLatestVersion() {
        JsonNode done = exportDone("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        assertThat(versionUris(done)).containsExactly("pricing/quote[2.0.0]");
        JsonNode version = done.at("/outputs/service_versions/0");
        assertThat(version.get("folder_source").asText()).isEqualTo("pricing");
        assertThat(version.get("service_source").asText()).isEqualTo("quote");
        assertThat(version.get("version_source").asText()).isEqualTo("2.0.0");
        assertThat(version.get("service_id_source").asText()).isEqualTo(service("quote").serviceId());
        assertThat(version.get("version_id_source").asText())
                .isEqualTo(service("quote").version("2.0.0").orElseThrow().versionId());
    }

    @Test
    void bracketedVersionIsAStartsWithMatchPerNumberPickingTheLatest() {
        assertThat(versionUris(exportDone("{\"inputs\":{\"services\":[\"pricing/quote[1.1]\"]}}")))
                .containsExactly("pricing/quote[1.1.5]");
        assertThat(versionUris(exportDone("{\"inputs\":{\"services\":[\"pricing/quote[1]\"]}}")))
                .containsExactly("pricing/quote[1.10.0]");
        assertThat(versionUris(exportDone("{\"inputs\":{\"services\":[\"pricing/quote[1.1.0]\"]}}")))
                .containsExactly("pricing/quote[1.1.0]");
    }

    @Test
    void bracketedVersionWithAllFilterTakesEveryMatchingVersion() {
        JsonNode done = exportDone("{\"inputs\":{\"services\":[\"pricing/quote[1.1]\"]},\"version_filter\":\"all\"}");

        assertThat(versionUris(done)).containsExactly("pricing/quote[1.1.0]", "pricing/quote[1.1.5]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "service/%s", "/%s/"})
    void serviceIdFormsSelectTheService(String form) {
        String reference = form.formatted(service("discount").serviceId());

        JsonNode done = exportDone("{\"inputs\":{\"services\":[\"" + reference + "\"]}}");

        assertThat(versionUris(done)).containsExactly("pricing/discount[1.0.0]");
    }

    @Test
    void versionIdsAndVersionFormSelectExactVersionsWhateverTheFilter() {
        String old = service("quote").version("1.0.0").orElseThrow().versionId();
        String older = service("discount").version("0.9.0").orElseThrow().versionId();

        JsonNode done = exportDone("{\"inputs\":{\"version_ids\":[\"" + old + "\"],\"services\":[\"version/" + older
                + "\"]},\"version_filter\":\"latest\"}");

        assertThat(versionUris(done)).containsExactly("pricing/discount[0.9.0]", "pricing/quote[1.0.0]");
    }

    @Test
    void legacyLongFormIsAccepted() {
        assertThat(versionUris(exportDone("{\"inputs\":{\"services\":[\"folders/tax/services/vat\"]}}")))
                .containsExactly("tax/vat[3.0.0]");
    }

    @Test
    void exportIsTheUnionOfAllInputsWithoutDuplicates() {
        String quoteLatest = service("quote").version("2.0.0").orElseThrow().versionId();

        JsonNode done = exportDone("{\"inputs\":{\"folders\":[\"tax\"],\"services\":[\"pricing/quote\","
                + "\"pricing/quote[2]\"],\"version_ids\":[\"" + quoteLatest + "\"]}}");

        assertThat(versionUris(done)).containsExactly("pricing/quote[2.0.0]", "tax/vat[3.0.0]");
        assertThat(done.at("/outputs/services")).hasSize(2);
    }

    @Test
    void unknownFolderFailsTheJobWithAnError() {
        JsonNode failed = exportFailed("{\"inputs\":{\"folders\":[\"nope\"]}}");

        assertThat(failed.at("/errors/0/error_code").asText()).isEqualTo("FOLDER_NOT_FOUND");
        assertThat(failed.at("/errors/0/item").asText()).isEqualTo("nope");
        assertThat(failed.at("/errors/0/message").asText()).contains("nope");
        assertThat(failed.at("/outputs/files")).isEmpty();
    }

    @Test
    void emptyFolderFailsTheJob() {
        assertThat(exportFailed("{\"inputs\":{\"folders\":[\"empty-folder\"]}}").at("/errors/0/error_code").asText())
                .isEqualTo("FOLDER_EMPTY");
    }

    @Test
    void everyUnresolvedItemIsReported() {
        JsonNode failed = exportFailed("{\"inputs\":{\"services\":[\"pricing/nope\",\"nope/quote\","
                + "\"pricing/quote[9]\",\"service/00000000-0000-0000-0000-000000000000\"],"
                + "\"version_ids\":[\"11111111-1111-1111-1111-111111111111\"],\"folders\":[\"tax\"]}}");

        List<String> codes = new ArrayList<>();
        failed.get("errors").forEach(error -> codes.add(error.get("error_code").asText()));
        assertThat(codes).containsExactly("SERVICE_NOT_FOUND", "FOLDER_NOT_FOUND", "VERSION_NOT_FOUND",
                "SERVICE_NOT_FOUND", "VERSION_NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"inputs\":{}}",
            "{\"inputs\":{\"folders\":[],\"services\":[],\"version_ids\":[]}}"})
    void requestWithoutAnyInputIsRejected(String body) {
        HttpResult response = dev.startExport(body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error_code").asText()).isEqualTo("NO_INPUTS");
        assertThat(response.json().at("/errors/0/error_code").asText()).isEqualTo("NO_INPUTS");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"inputs\":{\"folders\":[\"pricing\"]},\"file_filter\":\"everything\"}|INVALID_FILE_FILTER",
            "{\"inputs\":{\"folders\":[\"pricing\"]},\"version_filter\":\"newest\"}|INVALID_VERSION_FILTER",
            "{\"inputs\":{\"services\":[\"pricing/quote/extra\"]}}|INVALID_SERVICE_URI",
            "{\"inputs\":{\"folders\":\"pricing\"}}|INVALID_REQUEST",
            "not json|INVALID_JSON",
            "[1,2]|INVALID_REQUEST"})
    void malformedRequestsAreRejectedWithAnErrorCode(String caseText) {
        String[] parts = caseText.split("\\|");

        HttpResult response = dev.startExport(parts[0]);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error_code").asText()).isEqualTo(parts[1]);
        assertThat(response.json().get("message").asText()).isNotBlank();
        assertThat(emulator.admin().jobs("dev")).noneMatch(job -> job.status().equals("in_progress"));
    }

    private static JsonNode exportDone(String body) {
        JsonNode done = dev.awaitEnd("export", dev.exportJob(body));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        return done;
    }

    private static JsonNode exportFailed(String body) {
        JsonNode done = dev.awaitEnd("export", dev.exportJob(body));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("failed");
        return done;
    }

    private static List<String> versionUris(JsonNode done) {
        List<String> uris = new ArrayList<>();
        done.at("/outputs/service_versions").forEach(version -> uris.add(version.get("service_uri_source").asText()));
        return uris;
    }

    private static ServiceInfo service(String name) {
        return emulator.admin().services("dev").stream()
                .filter(service -> service.service().equals(name)).findFirst().orElseThrow();
    }
}
