package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.Packages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark's import rules, end to end: a package exported from {@code dev} of the sample seed is imported into
 * {@code prod}, where {@code pricing/quote} already exists at 1.0.0.
 */
class ImportRulesTest {

    @RegisterExtension
    static final SparkImpexEmulatorExtension SPARK = SparkImpexEmulatorExtension.withSampleSeed().resetBeforeEach();

    private ImpexClient dev;
    private ImpexClient prod;

    @BeforeEach
    void clients() {
        dev = ImpexClient.withApiKey(SPARK.emulator(), "dev");
        prod = ImpexClient.withBearer(SPARK.emulator(), "prod", SPARK.issueToken("prod"));
    }

    @Test
    void newServiceIsAddedWithItsSourceVersionsAndIds() {
        ServiceInfo source = devService("discount");
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]},\"version_filter\":\"all\"}");

        JsonNode done = prod.importAndWait(zip, null);

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("object").asText()).isEqualTo("import");
        JsonNode service = done.at("/outputs/services/0");
        assertThat(fieldNames(service)).containsExactly("service_uri_source", "folder_source", "service_source",
                "service_id_source", "service_uri_destination", "folder_destination", "service_destination",
                "service_id_destination", "status");
        assertThat(service.get("service_uri_source").asText()).isEqualTo("pricing/discount");
        assertThat(service.get("service_uri_destination").asText()).isEqualTo("pricing/discount");
        assertThat(service.get("service_id_source").asText()).isEqualTo(source.serviceId());
        assertThat(service.get("service_id_destination").asText()).isEqualTo(source.serviceId());
        assertThat(service.get("status").asText()).isEqualTo("added");

        JsonNode version = done.at("/outputs/service_versions/0");
        assertThat(fieldNames(version)).containsExactly("service_uri_source", "folder_source", "service_source",
                "version_source", "service_id_source", "version_id_source", "folder_destination",
                "service_destination", "version_destination", "service_uri_destination", "service_id_destination",
                "version_id_destination", "status");
        assertThat(version.get("service_uri_source").asText()).isEqualTo("pricing/discount[0.9.0]");
        assertThat(version.get("service_uri_destination").asText()).isEqualTo("pricing/discount[0.9.0]");
        assertThat(version.get("version_id_destination").asText())
                .isEqualTo(source.version("0.9.0").orElseThrow().versionId());
        assertThat(statuses(done)).containsExactly("added", "added");

        ServiceInfo imported = prodService("pricing", "discount");
        assertThat(imported.serviceId()).isEqualTo(source.serviceId());
        assertThat(imported.versions()).containsExactlyElementsOf(source.versions());
    }

    @Test
    void importedPayloadIsTheExportedOne() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
        prod.importAndWait(zip, null);

        byte[] reexported = prod.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");

        String entry = "services/pricing/discount/1.0.0/discount.xlsx";
        assertThat(Packages.entries(reexported).get(entry)).isEqualTo(Packages.entries(zip).get(entry));
    }

    @Test
    void existingServiceFailsTheImportByDefault() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        JsonNode done = prod.importAndWait(zip, null);

        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.at("/errors/0/error_code").asText()).isEqualTo("SERVICE_EXISTS");
        assertThat(done.at("/errors/0/item").asText()).isEqualTo("pricing/quote");
        assertThat(prodService("pricing", "quote").versionNumbers()).containsExactly("1.0.0");
    }

    @Test
    void abortFailsTheWholeImportAndImportsNothing() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"folders\":[\"pricing\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"services_existing\":\"abort\"}");

        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.at("/outputs/services")).isEmpty();
        assertThat(SPARK.admin().service("prod", "pricing", "discount")).isEmpty();
    }

    @Test
    void replaceSwapsAllVersionsAndKeepsDestinationIdsWhereVersionsOverlap() {
        SPARK.admin().addVersion("prod", "pricing", "quote", "0.5.0");
        ServiceInfo before = prodService("pricing", "quote");
        ServiceInfo source = devService("quote");
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]},\"version_filter\":\"all\"}");

        JsonNode done = prod.importAndWait(zip, "{\"services_existing\":\"replace\"}");

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.at("/outputs/services/0/status").asText()).isEqualTo("replaced");
        assertThat(done.at("/outputs/services/0/service_id_destination").asText()).isEqualTo(before.serviceId());
        assertThat(statuses(done)).containsExactly("replaced", "added", "added");
        String keptId = before.version("1.0.0").orElseThrow().versionId();
        assertThat(done.at("/outputs/service_versions/0/version_id_destination").asText()).isEqualTo(keptId);
        assertThat(done.at("/outputs/service_versions/1/version_id_destination").asText())
                .isEqualTo(source.version("1.1.0").orElseThrow().versionId());

        ServiceInfo after = prodService("pricing", "quote");
        assertThat(after.serviceId()).isEqualTo(before.serviceId());
        assertThat(after.versionNumbers()).containsExactly("1.0.0", "1.1.0", "1.2.0");
        assertThat(after.version("1.0.0").orElseThrow().versionId()).isEqualTo(keptId);
    }

    @ParameterizedTest
    @CsvSource({
            "major, 2.0.0, 3.0.0, 4.0.0",
            "minor, 1.4.0, 1.5.0, 1.6.0",
            "patch, 1.3.2, 1.3.3, 1.3.4"})
    void addVersionBumpsTheDestinationsLatestVersionOncePerImportedVersion(String type, String first,
                                                                           String second, String third) {
        SPARK.admin().addVersion("prod", "pricing", "quote", "1.3.1");
        ServiceInfo source = devService("quote");
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]},\"version_filter\":\"all\"}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/quote\",\"update_version_type\":\"" + type + "\"}]},\"services_existing\":\"add_version\"}");

        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        assertThat(done.at("/outputs/services/0/status").asText()).isEqualTo("updated");
        assertThat(statuses(done)).containsExactly("added", "added", "added");
        assertThat(pairs(done)).containsExactly("1.0.0->" + first, "1.1.0->" + second, "1.2.0->" + third);
        assertThat(done.at("/outputs/service_versions/2/service_uri_destination").asText())
                .isEqualTo("pricing/quote[" + third + "]");
        assertThat(done.at("/outputs/service_versions/0/version_id_destination").asText())
                .isEqualTo(source.version("1.0.0").orElseThrow().versionId());
        assertThat(prodService("pricing", "quote").versionNumbers())
                .containsExactly("1.0.0", "1.3.1", first, second, third);
    }

    @Test
    void addVersionDefaultsToMinor() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"services_existing\":\"add_version\"}");

        assertThat(pairs(done)).containsExactly("1.2.0->1.1.0");
    }

    @Test
    void copyKeepsTheSourceVersionNumbers() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote[1.1]\",\"pricing/quote[1.2]\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/quote\",\"update_version_type\":\"copy\"}]},\"services_existing\":\"add_version\"}");

        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(pairs(done)).containsExactly("1.1.0->1.1.0", "1.2.0->1.2.0");
        assertThat(prodService("pricing", "quote").versionNumbers()).containsExactly("1.0.0", "1.1.0", "1.2.0");
    }

    @Test
    void copyFailsTheImportWhenAVersionAlreadyExists() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]},\"version_filter\":\"all\"}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/quote\",\"update_version_type\":\"copy\"}]},\"services_existing\":\"add_version\"}");

        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.at("/errors/0/error_code").asText()).isEqualTo("VERSION_EXISTS");
        assertThat(done.at("/errors/0/item").asText()).isEqualTo("pricing/quote[1.0.0]");
        assertThat(prodService("pricing", "quote").versionNumbers()).containsExactly("1.0.0");
    }

    @Test
    void mappingSendsAServiceToAnotherFolderAndName() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/quote\",\"service_uri_destination\":\"pricing-v2/quote-next\",\"update_version_type\":"
                + "\"major\"}]},\"services_existing\":\"add_version\",\"source_system\":\"mycicd\","
                + "\"correlation_id\":\"456\"}");

        assertThat(done.get("status").asText()).isEqualTo("completed");
        JsonNode service = done.at("/outputs/services/0");
        assertThat(service.get("service_uri_destination").asText()).isEqualTo("pricing-v2/quote-next");
        assertThat(service.get("folder_destination").asText()).isEqualTo("pricing-v2");
        assertThat(service.get("service_destination").asText()).isEqualTo("quote-next");
        assertThat(service.get("status").asText()).isEqualTo("added");
        assertThat(done.at("/outputs/service_versions/0/service_uri_destination").asText())
                .isEqualTo("pricing-v2/quote-next[1.2.0]");
        assertThat(done.at("/outputs/service_versions/0/service_id_destination").asText())
                .isEqualTo(service.get("service_id_destination").asText());
        assertThat(done.get("source_system").asText()).isEqualTo("mycicd");
        assertThat(done.get("correlation_id").asText()).isEqualTo("456");
        assertThat(prodService("pricing-v2", "quote-next").versionNumbers()).containsExactly("1.2.0");
        assertThat(prodService("pricing", "quote").versionNumbers()).containsExactly("1.0.0");
    }

    @Test
    void missingDestinationFolderFailsTheJob() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/quote\",\"service_uri_destination\":\"/nowhere/quote/\"}]}}");

        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.at("/errors/0/error_code").asText()).isEqualTo("FOLDER_NOT_FOUND");
        assertThat(done.at("/errors/0/item").asText()).isEqualTo("nowhere/quote");
        assertThat(SPARK.admin().folders("prod")).doesNotContain("nowhere");
    }

    @Test
    void mappingForAServiceOutsideThePackageFailsTheJob() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");

        JsonNode done = prod.importAndWait(zip, "{\"inputs\":{\"services_modify\":[{\"service_uri_source\":"
                + "\"pricing/other\"}]}}");

        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.at("/errors/0/error_code").asText()).isEqualTo("SERVICE_NOT_IN_PACKAGE");
    }

    @Test
    void sourceIdsAlreadyInTheTenantAreReplacedByNewOnes() {
        ServiceInfo source = devService("quote");
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/quote\"]}}");

        JsonNode done = dev.importAndWait(zip, "{\"services_existing\":\"add_version\"}");

        String sourceId = source.version("1.2.0").orElseThrow().versionId();
        String newId = done.at("/outputs/service_versions/0/version_id_destination").asText();
        assertThat(done.at("/outputs/service_versions/0/version_id_source").asText()).isEqualTo(sourceId);
        assertThat(newId).isNotEqualTo(sourceId).matches("[0-9a-f-]{36}");
        assertThat(devService("quote").version("1.3.0").orElseThrow().versionId()).isEqualTo(newId);
    }

    @Test
    void outputsAreSortedByFolderServiceAndVersion() {
        SPARK.admin().createFolder("dev", "alpha");
        SPARK.admin().addService("dev", "alpha", "zeta", "2.0.0", "1.0.0", "10.0.0");
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\",\"alpha/zeta\"]},"
                + "\"version_filter\":\"all\"}");
        SPARK.admin().createFolder("prod", "alpha");

        JsonNode done = prod.importAndWait(zip, null);

        List<String> services = new ArrayList<>();
        done.at("/outputs/services").forEach(service -> services.add(service.get("service_uri_source").asText()));
        assertThat(services).containsExactly("alpha/zeta", "pricing/discount");
        List<String> versions = new ArrayList<>();
        done.at("/outputs/service_versions").forEach(version -> versions.add(version.get("service_uri_source").asText()));
        assertThat(versions).containsExactly("alpha/zeta[1.0.0]", "alpha/zeta[2.0.0]", "alpha/zeta[10.0.0]",
                "pricing/discount[0.9.0]", "pricing/discount[1.0.0]");
    }

    private ServiceInfo devService(String name) {
        return SPARK.admin().service("dev", "pricing", name).orElseThrow();
    }

    private ServiceInfo prodService(String folder, String name) {
        return SPARK.admin().service("prod", folder, name).orElseThrow();
    }

    private static List<String> statuses(JsonNode done) {
        List<String> statuses = new ArrayList<>();
        done.at("/outputs/service_versions").forEach(version -> statuses.add(version.get("status").asText()));
        return statuses;
    }

    private static List<String> pairs(JsonNode done) {
        List<String> pairs = new ArrayList<>();
        done.at("/outputs/service_versions").forEach(version ->
                pairs.add(version.get("version_source").asText() + "->" + version.get("version_destination").asText()));
        return pairs;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
