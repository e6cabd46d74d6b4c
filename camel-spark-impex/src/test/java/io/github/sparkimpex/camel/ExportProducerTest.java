package io.github.sparkimpex.camel;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipFile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.client.SparkImpexException;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportProducerTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final SparkStubs spark = new SparkStubs(wm);
    private final AtomicReference<File> seenPackage = new AtomicReference<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export")
                        .to("spark-impex:export?baseUrl=" + spark.baseUrl("acme") + "&apiKey=secret-key&folders=pricing"
                            + "&pollInterval=20ms&correlationId=c-1")
                        .process(e -> seenPackage.set(e.getMessage().getBody(File.class)));
            }
        };
    }

    @Test
    void exportsWaitsAndHandsOnThePackageFileThenDeletesIt() throws Exception {
        spark.startJob("acme", "export", "job-1");
        spark.jobStatuses("acme", "export", "job-1", 2,
                SparkStubs.exportDone("job-1", wm.baseUrl() + "/files/t0k3n/package.zip", "abc123"));
        spark.file("/files/t0k3n/package.zip", TestPackages.zipBytes("manifest.json", "{\"services\":[]}"));

        Exchange result = template.request("direct:export", e -> {
        });

        assertThat(result.getException()).isNull();
        File pkg = seenPackage.get();
        assertThat(pkg.getName()).startsWith("export-job-1-").endsWith(".zip");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo("job-1");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_TYPE)).isEqualTo("export");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("completed");
        assertThat(result.getMessage().getHeader(SparkImpexConstants.FILE_HASHES)).isEqualTo(List.of("abc123"));
        assertThat(pkg).as("package removed once the exchange is done").doesNotExist();

        wm.verify(postRequestedFor(urlPathEqualTo("/acme/api/v4/export"))
                .withHeader("x-synthetic-key", equalTo("secret-key"))
                .withHeader("x-tenant-name", equalTo("acme"))
                .withHeader("x-request-id", matching("[0-9a-f-]{36}"))
                .withHeader("User-Agent", matching("camel-spark-impex/.+"))
                .withHeader("Content-Type", matching("application/json.*"))
                .withRequestBody(equalToJson("{\"inputs\":{\"folders\":[\"pricing\"]},\"file_filter\":\"migrate\","
                                             + "\"version_filter\":\"latest\",\"source_system\":\"camel-spark-impex\","
                                             + "\"correlation_id\":\"c-1\"}", false, false)));
        wm.verify(3, getRequestedFor(urlPathEqualTo("/acme/api/v4/export/job-1/status"))
                .withHeader("x-synthetic-key", equalTo("secret-key")));
        wm.verify(getRequestedFor(urlPathEqualTo("/files/t0k3n/package.zip"))
                .withHeader("x-synthetic-key", absent())
                .withHeader("Authorization", absent())
                .withHeader("x-tenant-name", absent()));
    }

    @Test
    void keepsThePackageReadableWhileTheRouteRuns() throws Exception {
        spark.startJob("acme", "export", "job-2");
        spark.jobStatuses("acme", "export", "job-2", 0,
                SparkStubs.exportDone("job-2", wm.baseUrl() + "/files/two/package.zip", "h"));
        spark.file("/files/two/package.zip", TestPackages.zipBytes("a.txt", "hello"));
        AtomicReference<String> entry = new AtomicReference<>();

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:inspect")
                        .to("spark-impex:export?baseUrl=" + spark.baseUrl("acme") + "&apiKey=k&services=pricing/quote[1.2]")
                        .process(e -> {
                            try (ZipFile zip = new ZipFile(e.getMessage().getBody(File.class))) {
                                entry.set(zip.entries().nextElement().getName());
                            }
                        });
            }
        });
        template.sendBody("direct:inspect", null);

        assertThat(entry.get()).isEqualTo("a.txt");
        wm.verify(postRequestedFor(urlPathEqualTo("/acme/api/v4/export"))
                .withRequestBody(equalToJson("{\"inputs\":{\"services\":[\"pricing/quote[1.2]\"]}}", false, true)));
    }

    @Test
    void aFailedJobFailsAtOnceWithSparksErrors() {
        spark.startJob("acme", "export", "job-3");
        spark.jobStatuses("acme", "export", "job-3", 1,
                "{\"id\":\"job-3\",\"status\":\"failed\",\"errors\":[{\"error_code\":\"SERVICE_NOT_FOUND\","
                                                        + "\"message\":\"folder pricing not found\"}],\"warnings\":[]}");

        assertThatThrownBy(() -> template.sendBody("direct:export", null))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOfSatisfying(SparkImpexException.class, e -> {
                    assertThat(e.getJobId()).isEqualTo("job-3");
                    assertThat(e.getJobStatus()).isEqualTo("failed");
                    assertThat(e.getHttpStatus()).isEqualTo(200);
                    assertThat(e.getErrors().get(0).get("error_code").asText()).isEqualTo("SERVICE_NOT_FOUND");
                    assertThat(e.getMessage()).contains("job-3", "failed", "folder pricing not found");
                });
        wm.verify(2, getRequestedFor(urlPathEqualTo("/acme/api/v4/export/job-3/status")));
    }
}
