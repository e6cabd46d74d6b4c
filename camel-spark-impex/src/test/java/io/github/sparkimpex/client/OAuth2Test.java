package io.github.sparkimpex.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.testing.SparkStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuth2Test extends ClientTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN_PATH = "/auth/realms/acme/protocol/openid-connect/token";
    private static final String STATUS_PATH = "/acme/api/v4/import/j1/status";

    @Override
    protected WireMockExtension wm() {
        return wm;
    }

    private SparkImpexClient oauthClient() {
        URI tokenUrl = TenantAddress.fromBaseUrl(wm.baseUrl() + "/acme", "baseUrl").derivedTokenUrl();
        return client(settings("acme", new SparkCredentials.ClientCredentials("cid", "csecret", tokenUrl)).build());
    }

    private static void tokens(String... accessTokens) {
        String state = Scenario.STARTED;
        for (int i = 0; i < accessTokens.length; i++) {
            String next = "token-" + (i + 1);
            wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).inScenario("tokens").whenScenarioStateIs(state)
                    .willReturn(okJson("{\"access_token\":\"" + accessTokens[i] + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}"))
                    .willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void fetchesTheTokenBeforeTheFirstCallAndReusesIt() {
        tokens("t1");
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).willReturn(okJson(SparkStubs.status("import", "j1", "completed"))));
        SparkImpexClient client = oauthClient();

        client.status(JobType.IMPORT, "j1").join();
        client.status(JobType.IMPORT, "j1").join();

        List<ServeEvent> events = wm.getAllServeEvents();
        assertThat(events.get(events.size() - 1).getRequest().getUrl()).as("first request").isEqualTo(TOKEN_PATH);
        assertThat(events.stream().filter(e -> e.getResponse().getStatus() == 401)).as("no 401 round trip").isEmpty();
        wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials&client_id=cid&client_secret=csecret")));
        wm.verify(2, getRequestedFor(urlPathEqualTo(STATUS_PATH)).withHeader("Authorization", equalTo("Bearer t1"))
                .withHeader("x-tenant-name", equalTo("acme")));
    }

    @Test
    void renewsOnceOnA401AndResends() {
        tokens("old", "new");
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401)));
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson(SparkStubs.status("import", "j1", "completed"))));

        assertThat(oauthClient().status(JobType.IMPORT, "j1").join().status()).isEqualTo("completed");
        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void concurrentRejectionsShareOneRenewal() {
        tokens("old", "new", "newer");
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(401).withFixedDelay(100)));
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson(SparkStubs.status("import", "j1", "completed"))));
        SparkImpexClient client = oauthClient();

        List<CompletableFuture<?>> calls = IntStream.range(0, 4)
                .<CompletableFuture<?>>mapToObj(i -> client.status(JobType.IMPORT, "j1")).toList();
        calls.forEach(CompletableFuture::join);

        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    }

    @Test
    void aSecond401AfterRenewalIsAnAuthenticationError() {
        tokens("a", "b");
        wm.stubFor(get(urlPathEqualTo(STATUS_PATH)).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> oauthClient().status(JobType.IMPORT, "j1").join()).cause()
                .isInstanceOf(SparkImpexAuthenticationException.class).hasMessageContaining("401");
        wm.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(2, getRequestedFor(urlPathEqualTo(STATUS_PATH)));
    }

    @Test
    void aRejectionByTheTokenEndpointFailsAtOnceWithoutALoop() {
        wm.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(401)
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Invalid client credentials\"}")));

        assertThatThrownBy(() -> oauthClient().status(JobType.IMPORT, "j1").join()).cause()
                .isInstanceOfSatisfying(SparkImpexAuthenticationException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("invalid_client", "clientId");
                });
        wm.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
        wm.verify(0, getRequestedFor(urlPathEqualTo(STATUS_PATH)));
    }

    @Test
    void aShortLivedTokenIsRenewedBeforeItExpires() {
        assertThat(OAuth2Authenticator.renewAfter(java.time.Duration.ofSeconds(300))).hasSeconds(270);
        assertThat(OAuth2Authenticator.renewAfter(java.time.Duration.ofSeconds(20))).hasSeconds(10);
    }

    @Test
    void derivesTheTokenUrlLikeTheSdks() {
        assertThat(TenantAddress.fromBaseUrl("https://excel.uat.us.coherent.global/acme", "baseUrl").derivedTokenUrl())
                .hasToString("https://keycloak.uat.us.coherent.global/auth/realms/acme/protocol/openid-connect/token");
        assertThat(TenantAddress.fromEnvironment("SIT", "Acme").derivedTokenUrl())
                .hasToString("https://keycloak.sit.coherent.global/auth/realms/acme/protocol/openid-connect/token");
        assertThat(TenantAddress.fromBaseUrl("http://localhost:8080/acme/", "baseUrl").derivedTokenUrl())
                .hasToString("http://localhost:8080/auth/realms/acme/protocol/openid-connect/token");
    }
}
