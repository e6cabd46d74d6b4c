package io.github.sparkimpex.camel;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused before any request, naming the option and the accepted values. */
class InputValidationTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    private String base() {
        return "baseUrl=" + wm.baseUrl() + "/acme";
    }

    @AfterEach
    void nothingReachedSpark() {
        assertThat(wm.getAllServeEvents()).as("requests sent to Spark").isEmpty();
    }

    @Test
    void unknownOperation() {
        assertStartupFails("spark-impex:exprot?" + base() + "&apiKey=k",
                "exprot", "export, import, migrate, status, cancel, jobs, download");
    }

    @Test
    void noCredentials() {
        assertStartupFails("spark-impex:export?" + base(), "No credentials", "apiKey", "token", "clientId", "clientSecret");
    }

    @Test
    void twoKindsOfCredentials() {
        assertStartupFails("spark-impex:export?" + base() + "&apiKey=k&token=t", "More than one kind of credentials",
                "apiKey", "token");
    }

    @Test
    void clientIdWithoutSecret() {
        assertStartupFails("spark-impex:export?" + base() + "&clientId=c", "clientId", "clientSecret");
    }

    @Test
    void noTenant() {
        assertStartupFails("spark-impex:export?apiKey=k", "baseUrl", "env", "tenant");
    }

    @Test
    void baseUrlWithoutTenant() {
        assertStartupFails("spark-impex:export?baseUrl=" + wm.baseUrl() + "&apiKey=k", "baseUrl", "first path segment");
    }

    @Test
    void unknownEnumValue() {
        assertStartupFails("spark-impex:import?" + base() + "&apiKey=k&ifPresent=overwrite",
                "ifPresent", "overwrite", "abort, replace, add_version");
        assertStartupFails("spark-impex:export?" + base() + "&apiKey=k&fileFilter=all", "fileFilter", "migrate, onpremises");
        assertStartupFails("spark-impex:import?" + base() + "&apiKey=k&upgrade=huge", "upgrade", "major, minor, patch, copy");
    }

    @Test
    void migrateWithoutTarget() {
        assertStartupFails("spark-impex:migrate?" + base() + "&apiKey=k&folders=f", "targetBaseUrl", "targetEnv", "targetTenant");
    }

    @Test
    void exportWithNothingSelected() throws Exception {
        assertRequestFails("spark-impex:export?" + base() + "&apiKey=k", null, "Nothing to export", "folders", "services",
                "versionIds");
    }

    @Test
    void invalidServiceUri() throws Exception {
        assertRequestFails("spark-impex:export?" + base() + "&apiKey=k&services=pricing", null, "pricing", "services",
                "{folder}/{service}[{version}]", "service/{serviceId}", "version/{versionId}", "UUID");
        assertRequestFails("spark-impex:export?" + base() + "&apiKey=k&services=service/not-a-uuid", null, "not-a-uuid", "UUID");
    }

    @Test
    void destinationWithAnEmptySide() throws Exception {
        Path zip = TestPackages.zipFile(tmp, "p.zip", "{}");
        assertRequestFails("spark-impex:import?" + base() + "&apiKey=k&destination=f/s:", zip.toFile(), "f/s:", "source:target");
        assertRequestFails("spark-impex:import?" + base() + "&apiKey=k&destination=f/s:g", zip.toFile(), "g", "{folder}/{service}");
    }

    @Test
    void upgradeOtherThanMinorWithoutDestination() throws Exception {
        Path zip = TestPackages.zipFile(tmp, "p.zip", "{}");
        assertRequestFails("spark-impex:import?" + base() + "&apiKey=k&upgrade=major", zip.toFile(), "upgrade=major",
                "destination");
    }

    @Test
    void importBodyThatIsNotAZip() throws Exception {
        assertRequestFails("spark-impex:import?" + base() + "&apiKey=k", "just text", "not a ZIP");
        assertRequestFails("spark-impex:import?" + base() + "&apiKey=k", null, "body", "File, Path, GenericFile");
    }

    @Test
    void unknownOperationInHeader() throws Exception {
        context.addRoutes(route("direct:op", "spark-impex:status?" + base() + "&apiKey=k"));
        context.start();
        assertThatThrownBy(() -> template.sendBodyAndHeader("direct:op", null, SparkImpexConstants.OPERATION, "delete"))
                .isInstanceOf(CamelExecutionException.class)
                .rootCause().hasMessageContaining(SparkImpexConstants.OPERATION).hasMessageContaining("delete")
                .hasMessageContaining("export, import, migrate");
    }

    @Test
    void statusWithoutJobId() throws Exception {
        assertRequestFails("spark-impex:status?" + base() + "&apiKey=k", null, SparkImpexConstants.JOB_ID);
    }

    private void assertStartupFails(String uri, String... fragments) {
        assertThatThrownBy(() -> {
            context.addRoutes(route("direct:start-" + System.nanoTime(), uri));
            context.start();
        }).satisfies(e -> {
            String messages = allMessages(e);
            for (String fragment : fragments) {
                assertThat(messages).contains(fragment);
            }
        });
    }

    private void assertRequestFails(String uri, Object body, String... fragments) throws Exception {
        String from = "direct:req-" + System.nanoTime();
        context.addRoutes(route(from, uri));
        context.start();
        assertThatThrownBy(() -> template.sendBody(from, body)).isInstanceOf(CamelExecutionException.class)
                .satisfies(e -> {
                    String messages = allMessages(e);
                    for (String fragment : fragments) {
                        assertThat(messages).contains(fragment);
                    }
                });
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static RouteBuilder route(String from, String to) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to);
            }
        };
    }
}
