package io.github.sparkimpex.client;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.testing.SparkStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryTest extends ClientTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String STATUS_PATH = "/acme/api/v4/export/j1/status";

    @Override
    protected WireMockExtension wm() {
        return wm;
    }

    @ParameterizedTest
    @ValueSource(ints = { 408, 429, 502, 503, 504 })
    void statusPollsAreRetriedOnTransientStatusesWithTheSameRequestId(int transientStatus) {
        failOnceThen(() -> get(urlPathEqualTo(STATUS_PATH)), transientStatus, SparkStubs.status("export", "j1", "completed"));

        assertThat(client("acme").status(JobType.EXPORT, "j1").join().status()).isEqualTo("completed");

        List<LoggedRequest> polls = wm.findAll(getRequestedFor(urlPathEqualTo(STATUS_PATH)));
        assertThat(polls).hasSize(2);
        assertThat(polls.get(0).getHeader("x-request-id")).isEqualTo(polls.get(1).getHeader("x-request-id"));
    }

    @Test
    void aCancelIsRetriedAfterTheConnectionDropped() {
        wm.stubFor(patch(urlPathEqualTo("/acme/api/v4/import/j1")).inScenario("drop").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        wm.stubFor(patch(urlPathEqualTo("/acme/api/v4/import/j1")).inScenario("drop").whenScenarioStateIs("up")
                .willReturn(okJson(SparkStubs.status("import", "j1", "cancelled"))));

        assertThat(client("acme").cancel(JobType.IMPORT, "j1").join().status()).isEqualTo("cancelled");
        wm.verify(2, patchRequestedFor(urlPathEqualTo("/acme/api/v4/import/j1")));
    }

    @Test
    void retriesStopAfterMaxRetriesWithTheLastAnswer() {
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).willReturn(aResponse().withStatus(503).withBody("{\"message\":\"down\"}")));

        assertThatThrownBy(() -> client(settings("acme", new SparkCredentials.ApiKey("k")).maxRetries(2).build())
                .status(JobType.EXPORT, "j1").join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(SparkImpexException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("down");
                });
        wm.verify(3, getRequestedFor(urlPathEqualTo(STATUS_PATH)));
    }

    @Test
    void retryAfterIsHonouredInSecondsAndAsADate() {
        Retrier retrier = new Retrier(null, 3, Duration.ofSeconds(30));
        var seconds = new SparkImpexException("x", SparkImpexException.Details.httpStatus(429)
                .withRetryAfter(RetryAfter.parse("7")));
        assertThat(retrier.backoff(0, seconds)).isEqualTo(Duration.ofSeconds(7));
        String inTenSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
        assertThat(RetryAfter.parse(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("1.5")).isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("soon")).isNull();
        assertThat(retrier.backoff(3, new java.io.IOException("reset"))).isBetween(Duration.ofMillis(800), Duration.ofMillis(1600));
    }

    @Test
    void retryAfterHeaderDelaysTheNextAttempt() {
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("x-retry-after", "0.6")).willSetStateTo("free"));
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(okJson(SparkStubs.status("export", "j1", "completed"))));

        client("acme").status(JobType.EXPORT, "j1").join();

        List<LoggedRequest> polls = wm.findAll(getRequestedFor(urlPathEqualTo(STATUS_PATH)));
        long gap = polls.get(1).getLoggedDate().getTime() - polls.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(550);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 504, 408 })
    void aPostThatMayHaveStartedAJobIsNotRetried(int status) {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).willReturn(aResponse().withStatus(status)));

        assertThatThrownBy(() -> client("acme").startExport(exportOfFolder()).join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(status));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/acme/api/v4/export")));
    }

    @Test
    void aPostIsNotRetriedWhenTheConnectionBrokeAfterSending() {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        assertThatThrownBy(() -> client("acme").startExport(exportOfFolder()).join()).cause()
                .isInstanceOf(SparkImpexException.class);
        wm.verify(1, postRequestedFor(urlPathEqualTo("/acme/api/v4/export")));
    }

    @Test
    void aPostIsRetriedWhenTheServerIsUnavailable() {
        failOnceThen(() -> post(urlPathEqualTo("/acme/api/v4/export")), 503, SparkStubs.status("export", "j1", "in_progress"));

        assertThat(client("acme").startExport(exportOfFolder()).join().id()).isEqualTo("j1");
        wm.verify(2, postRequestedFor(urlPathEqualTo("/acme/api/v4/export")));
    }

    @Test
    void aPostIsRetriedWhenTheConnectionWasRefused() {
        assertThat(RetryRule.JOB_START.isRetryable(new ConnectException("Connection refused"))).isTrue();
        assertThat(RetryRule.JOB_START.isRetryable(new java.net.SocketTimeoutException("Read timed out"))).isFalse();
        assertThat(RetryRule.IDEMPOTENT.isRetryable(new java.net.SocketTimeoutException("Read timed out"))).isTrue();
        assertThat(RetryRule.IDEMPOTENT.isRetryable(new SparkImpexAuthenticationException("no",
                SparkImpexException.Details.httpStatus(401)))).isFalse();
    }

    @Test
    void aRefusedConnectionIsRetriedAndThenReportedWithoutAStatus() {
        int closedPort = freePort();
        SparkImpexClient client = client(ClientSettings.builder(
                TenantAddress.fromBaseUrl("http://127.0.0.1:" + closedPort + "/acme", "baseUrl"), new SparkCredentials.ApiKey("k"))
                .maxRetries(2).maxPollInterval(Duration.ofMillis(20)).build());

        assertThatThrownBy(() -> client.startExport(exportOfFolder()).join()).cause()
                .isInstanceOfSatisfying(SparkImpexException.class, e -> {
                    assertThat(e.getHttpStatus()).isZero();
                    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
                });
    }

    private static void failOnceThen(java.util.function.Supplier<com.github.tomakehurst.wiremock.client.MappingBuilder> request,
            int status, String body) {
        wm.stubFor(request.get().inScenario("once").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withHeader("Retry-After", "0")).willSetStateTo("ok"));
        wm.stubFor(request.get().inScenario("once").whenScenarioStateIs("ok").willReturn(okJson(body)));
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
