package io.github.sparkimpex.consumer;

import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What watching an idle tenant costs: one tenant-wide listing read per job type per poll, nothing else. With the
 * default delay of 10 s that is 12 requests a minute per tenant for both types.
 */
class IdlePollingCostTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    protected RouteBuilder createRouteBuilder() {
        wm.stubFor(get(urlPathEqualTo("/idle/api/v4/import/status")).willReturn(okJson("{\"in_progress_imports\":[],\"recent_imports\":[]}")));
        wm.stubFor(get(urlPathEqualTo("/idle/api/v4/export/status")).willReturn(okJson("{\"in_progress_exports\":[],\"recent_exports\":[]}")));
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("spark-impex:jobs?baseUrl=" + wm.baseUrl() + "/idle&apiKey=k&delay=50&initialDelay=0").routeId("both")
                        .to("mock:never");
                from("spark-impex:jobs?baseUrl=" + wm.baseUrl() + "/idle&apiKey=k&types=import&delay=50&initialDelay=0")
                        .routeId("imports").autoStartup(false).to("mock:never");
            }
        };
    }

    @Test
    void anIdlePollReadsOneListingPerJobType() throws Exception {
        await().atMost(Duration.ofSeconds(5)).until(() -> pollsOf("both") >= 5);
        context.getRouteController().suspendRoute("both");
        // A poll caught mid-way by the suspension finishes before the two counts settle.
        await().atMost(Duration.ofSeconds(5)).until(() -> requests() == 2 * pollsOf("both"));

        wm.resetRequests();
        context.getRouteController().startRoute("imports");
        await().atMost(Duration.ofSeconds(5)).until(() -> pollsOf("imports") >= 5);
        context.getRouteController().suspendRoute("imports");
        await().atMost(Duration.ofSeconds(5)).until(() -> requests() == pollsOf("imports"));
        assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo("/idle/api/v4/export/status")))).isEmpty();
        getMockEndpoint("mock:never").expectedMessageCount(0);
        getMockEndpoint("mock:never").assertIsSatisfied();
    }

    private static long requests() {
        return wm.findAll(anyRequestedFor(anyUrl())).size();
    }

    private long pollsOf(String routeId) {
        return ((ScheduledPollConsumer) context.getRoute(routeId).getConsumer()).getCounter();
    }
}
