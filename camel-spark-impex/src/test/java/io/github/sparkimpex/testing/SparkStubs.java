package io.github.sparkimpex.testing;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** WireMock stubs shaped like Spark's answers, so tests state only what differs. */
public final class SparkStubs {

    private final WireMockExtension wm;

    public SparkStubs(WireMockExtension wm) {
        this.wm = wm;
    }

    public String baseUrl(String tenant) {
        return wm.baseUrl() + "/" + tenant;
    }

    public static String status(String type, String id, String status) {
        return "{\"object\":\"" + type + "\",\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"errors\":null,\"warnings\":[]}";
    }

    public static String exportDone(String id, String fileUrl, String hash) {
        return "{\"object\":\"export\",\"id\":\"" + id + "\",\"status\":\"completed\",\"process_time\":12,"
               + "\"outputs\":{\"files\":[{\"file\":\"" + fileUrl + "\",\"file_hash\":\"" + hash + "\"}],"
               + "\"services\":[],\"service_versions\":[]},\"errors\":null,\"warnings\":[]}";
    }

    public void startJob(String tenant, String type, String id) {
        wm.stubFor(post(urlPathEqualTo("/" + tenant + "/api/v4/" + type)).willReturn(okJson(status(type, id, "in_progress"))));
    }

    /** The job answers {@code in_progress} {@code runningPolls} times, then {@code finalBody}. */
    public void jobStatuses(String tenant, String type, String id, int runningPolls, String finalBody) {
        String scenario = tenant + "-" + type + "-" + id;
        String path = "/" + tenant + "/api/v4/" + type + "/" + id + "/status";
        String state = Scenario.STARTED;
        for (int i = 0; i < runningPolls; i++) {
            String next = "poll-" + (i + 1);
            wm.stubFor(statusGet(path).inScenario(scenario).whenScenarioStateIs(state)
                    .willReturn(okJson(status(type, id, "in_progress"))).willSetStateTo(next));
            state = next;
        }
        wm.stubFor(statusGet(path).inScenario(scenario).whenScenarioStateIs(state).willReturn(okJson(finalBody)));
    }

    public void file(String path, byte[] zip) {
        wm.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/zip").withBody(zip)));
    }

    /**
     * Every tenant may start a job of {@code type}; the job id is {@code job-<tenant>}, so one stub serves many tenants
     * (WireMock response templating fills in the path segments).
     */
    public void startJobsOnAnyTenant(String type) {
        wm.stubFor(post(urlPathMatching("/[^/]+/api/v4/" + type))
                .willReturn(okJson(status(type, "job-{{request.pathSegments.[0]}}", "in_progress"))
                        .withTransformers("response-template")));
    }

    /** Every job of {@code type} on any tenant reports {@code status}; a lower {@code priority} wins over others. */
    public void anyJobStatus(String type, String status, int priority) {
        wm.stubFor(anyStatusGet(type).atPriority(priority)
                .willReturn(okJson(status(type, "{{request.pathSegments.[4]}}", status))
                        .withTransformers("response-template")));
    }

    /**
     * Every export on any tenant reports completed with one package at {@code /files/<tenant>/package.zip} (serve it
     * with {@link #file}); a lower {@code priority} wins over other status stubs.
     */
    public void anyExportDone(int priority) {
        String fileUrl = wm.baseUrl() + "/files/{{request.pathSegments.[0]}}/package.zip";
        wm.stubFor(anyStatusGet("export").atPriority(priority)
                .willReturn(okJson(exportDone("{{request.pathSegments.[4]}}", fileUrl, "h-{{request.pathSegments.[0]}}"))
                        .withTransformers("response-template")));
    }

    /** Matches the status GET of any job of {@code type} on any tenant. */
    public static String anyStatusPath(String type) {
        return "/[^/]+/api/v4/" + type + "/[^/]+/status";
    }

    private static MappingBuilder anyStatusGet(String type) {
        return WireMock.get(urlPathMatching(anyStatusPath(type)));
    }

    private static MappingBuilder statusGet(String path) {
        return WireMock.get(urlPathEqualTo(path));
    }
}
