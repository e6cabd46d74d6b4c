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

    private static MappingBuilder statusGet(String path) {
        return WireMock.get(urlPathEqualTo(path));
    }
}
