package io.github.sparkimpex.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
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

class OneJobPerTenantTest extends ClientTestSupport {

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
    void concurrentExportsForOneTenantRunOneAfterTheOtherInOrder() {
        int jobs = 4;
        String state = Scenario.STARTED;
        for (int i = 1; i <= jobs; i++) {
            String next = "started-" + i;
            wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).inScenario("posts").whenScenarioStateIs(state)
                    .willReturn(okJson(SparkStubs.status("export", "job-" + i, "in_progress"))).willSetStateTo(next));
            state = next;
            spark.jobStatuses("acme", "export", "job-" + i, 2, SparkStubs.exportDone("job-" + i, wm.baseUrl() + "/f/" + i + ".zip", "h"));
            spark.file("/f/" + i + ".zip", TestPackages.zipBytes("m", "x"));
        }
        SparkImpexJobs client = new SparkImpexJobs(client("acme"), new TenantJobQueue());
        SparkImpexJobs otherTenant = new SparkImpexJobs(client("other"), new TenantJobQueue());
        spark.startJob("other", "export", "other-1");
        spark.jobStatuses("other", "export", "other-1", 0, SparkStubs.exportDone("other-1", wm.baseUrl() + "/f/1.zip", "h"));

        List<CompletableFuture<ExportResult>> results = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            results.add(client.export(exportOfFolder(), downloads));
        }
        otherTenant.export(exportOfFolder(), downloads).join();
        List<String> ids = results.stream().map(CompletableFuture::join).map(r -> r.status().id()).toList();

        assertThat(ids).as("FIFO").containsExactly("job-1", "job-2", "job-3", "job-4");
        assertNeverTwoRunning(chronological(), jobs);
    }

    /** Walks the request journal: a job's POST must come after the previous job's final status poll. */
    private static void assertNeverTwoRunning(List<ServeEvent> events, int jobs) {
        int running = 0;
        for (ServeEvent event : events) {
            String url = event.getRequest().getUrl();
            if (!url.startsWith("/acme/")) {
                continue;
            }
            if (event.getRequest().getMethod().getName().equals("POST")) {
                running++;
                assertThat(running).as("jobs running on tenant acme when " + url + " was sent").isEqualTo(1);
            } else if (url.endsWith("/status") && event.getResponse().getBodyAsString().contains("\"completed\"")) {
                running--;
            }
        }
        assertThat(running).isZero();
        assertThat(events.stream().filter(e -> e.getRequest().getUrl().equals("/acme/api/v4/export"))).hasSize(jobs);
    }

    @Test
    void aTenantBusyWithSomeoneElsesJobIsWaitedFor() {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(409).withBody("{\"message\":\"An export job is already in progress\"}"))
                .willSetStateTo("still"));
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).inScenario("busy").whenScenarioStateIs("still")
                .willReturn(aResponse().withStatus(400).withBody("{\"errors\":[{\"message\":\"Job limit reached for tenant\"}]}"))
                .willSetStateTo("free"));
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(okJson(SparkStubs.status("export", "mine", "in_progress"))));

        JobStatus started = new SparkImpexJobs(client("acme"), new TenantJobQueue()).startExport(exportOfFolder()).join();

        assertThat(started.id()).isEqualTo("mine");
        wm.verify(3, postRequestedFor(urlPathEqualTo("/acme/api/v4/export")));
    }

    @Test
    void aTenantThatStaysBusyEndsInATimeoutThatSaysSo() {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export"))
                .willReturn(aResponse().withStatus(429).withBody("{\"message\":\"Too many jobs\"}")));
        SparkImpexClient client = client(settings("acme", new SparkCredentials.ApiKey("k"))
                .jobTimeout(java.time.Duration.ofMillis(400)).build());

        assertThatThrownBy(() -> new SparkImpexJobs(client, new TenantJobQueue()).startExport(exportOfFolder()).join()).cause()
                .isInstanceOf(SparkImpexTimeoutException.class)
                .hasMessageContaining("still running another export job").hasMessageContaining("Too many jobs");
    }

    @Test
    void anOrdinaryBadRequestIsNotMistakenForABusyTenant() {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export"))
                .willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Unknown folder pricing\"}")));

        assertThatThrownBy(() -> new SparkImpexJobs(client("acme"), new TenantJobQueue()).startExport(exportOfFolder()).join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(400));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/acme/api/v4/export")));
    }

    private static List<ServeEvent> chronological() {
        // The journal lists the newest first; reversing before the stable sort keeps same-millisecond events in order.
        List<ServeEvent> events = new ArrayList<>(wm.getAllServeEvents());
        java.util.Collections.reverse(events);
        events.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
        return events;
    }
}
