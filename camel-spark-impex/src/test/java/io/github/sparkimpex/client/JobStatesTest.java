package io.github.sparkimpex.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.model.JobState;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobStatesTest extends ClientTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path downloads;

    private final SparkStubs spark = new SparkStubs(wm);

    @Override
    protected WireMockExtension wm() {
        return wm;
    }

    @Test
    void classifiesStatuses() {
        assertThat(JobState.of("completed")).isEqualTo(JobState.SUCCEEDED);
        assertThat(JobState.of("closed")).isEqualTo(JobState.SUCCEEDED);
        for (String running : List.of("created", "queued", "in_progress", "IN_PROGRESS")) {
            assertThat(JobState.of(running)).isEqualTo(JobState.RUNNING);
        }
        for (String failed : List.of("failed", "cancelled", "closed_by_timeout", "completed_by_timeout", "exploded", "")) {
            assertThat(JobState.of(failed)).isEqualTo(JobState.FAILED);
        }
    }

    @Test
    void closedIsSuccessToo() {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 1,
                SparkStubs.exportDone("j1", wm.baseUrl() + "/f/p.zip", "h").replace("completed", "closed"));
        spark.file("/f/p.zip", TestPackages.zipBytes("m", "x"));

        ExportResult result = new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join();

        assertThat(result.status().status()).isEqualTo("closed");
        assertThat(result.packages()).singleElement().satisfies(p -> assertThat(p.file()).exists());
    }

    @ParameterizedTest
    @ValueSource(strings = { "cancelled", "closed_by_timeout", "something_new" })
    void everyOtherEndIsAFailureReportedAtOnce(String end) {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 1, "{\"id\":\"j1\",\"status\":\"" + end + "\",\"errors\":null}");

        assertThatThrownBy(() -> new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join()).cause()
                .isExactlyInstanceOf(SparkImpexException.class)
                .satisfies(e -> assertThat(((SparkImpexException) e).getJobStatus()).isEqualTo(end));
        wm.verify(2, getRequestedFor(urlPathEqualTo("/acme/api/v4/export/j1/status")));
    }

    @Test
    void aJobStillRunningAfterJobTimeoutIsATimeoutNamingItsLastStatus() {
        spark.startJob("acme", "export", "j1");
        wm.stubFor(get(urlPathEqualTo("/acme/api/v4/export/j1/status"))
                .willReturn(okJson(SparkStubs.status("export", "j1", "queued"))));
        SparkImpexClient client = client(settings("acme", new SparkCredentials.ApiKey("k")).jobTimeout(Duration.ofMillis(300)).build());

        assertThatThrownBy(() -> new SparkImpexJobs(client).export(exportOfFolder(), downloads).join()).cause()
                .isInstanceOfSatisfying(SparkImpexTimeoutException.class, e -> {
                    assertThat(e.getJobId()).isEqualTo("j1");
                    assertThat(e.getJobStatus()).isEqualTo("queued");
                    assertThat(e.getMessage()).contains("j1", "queued", "jobTimeout");
                });
    }

    @Test
    void aJobWhoseStatusCanNoLongerBeReadKeepsItsIdOnTheFailure() {
        spark.startJob("acme", "export", "j1");
        wm.stubFor(get(urlPathEqualTo("/acme/api/v4/export/j1/status")).willReturn(aResponse().withStatus(503)));
        SparkImpexClient client = client(settings("acme", new SparkCredentials.ApiKey("k")).maxRetries(1).build());

        assertThatThrownBy(() -> new SparkImpexJobs(client).export(exportOfFolder(), downloads).join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> {
                    assertThat(e.getJobId()).isEqualTo("j1");
                    assertThat(e.getJobStatus()).isEqualTo("in_progress");
                    assertThat(e.getHttpStatus()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("Lost track of export job j1", "may still be running");
                });
    }

    @Test
    void anExportWithoutFilesIsAnError() {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 0, SparkStubs.status("export", "j1", "completed"));

        assertThatThrownBy(() -> new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join()).cause()
                .isInstanceOf(SparkImpexException.class).hasMessageContaining("no package file");
    }

    @Test
    void oneFailedDownloadFailsTheExportAndLeavesNoFiles() throws Exception {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 0, "{\"id\":\"j1\",\"status\":\"completed\",\"outputs\":{\"files\":["
                                                     + "{\"file\":\"" + wm.baseUrl() + "/f/1.zip\",\"file_hash\":\"a\"},"
                                                     + "{\"file\":\"" + wm.baseUrl() + "/f/2.zip\",\"file_hash\":\"b\"}]}}");
        spark.file("/f/1.zip", TestPackages.zipBytes("m", "x"));
        wm.stubFor(get(urlPathEqualTo("/f/2.zip")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(404));
        try (var left = java.nio.file.Files.list(downloads)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void severalFilesAreAllDownloaded() {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 0, "{\"id\":\"j1\",\"status\":\"completed\",\"outputs\":{\"files\":["
                                                     + "{\"file\":\"" + wm.baseUrl() + "/f/1.zip\",\"file_hash\":\"a\"},"
                                                     + "{\"file\":\"" + wm.baseUrl() + "/f/2.zip\",\"file_hash\":\"b\"}]}}");
        spark.file("/f/1.zip", TestPackages.zipBytes("one", "x"));
        spark.file("/f/2.zip", TestPackages.zipBytes("two", "y"));

        ExportResult result = new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join();

        assertThat(result.packages()).extracting(DownloadedPackage::fileHash).containsExactly("a", "b");
        assertThat(result.packages()).allSatisfy(p -> assertThat(p.file()).exists());
    }

    @Test
    void aDownloadThatIsNotAZipIsRefused() {
        spark.startJob("acme", "export", "j1");
        spark.jobStatuses("acme", "export", "j1", 0, SparkStubs.exportDone("j1", wm.baseUrl() + "/f/p.zip", "h"));
        wm.stubFor(get(urlPathEqualTo("/f/p.zip")).willReturn(aResponse().withStatus(200).withBody("<html>login</html>")));

        assertThatThrownBy(() -> new SparkImpexJobs(client("acme")).export(exportOfFolder(), downloads).join()).cause()
                .isInstanceOf(SparkImpexException.class).hasMessageContaining("not a readable ZIP");
    }
}
