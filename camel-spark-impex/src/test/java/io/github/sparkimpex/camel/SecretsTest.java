package io.github.sparkimpex.camel;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.client.SparkCredentials;
import io.github.sparkimpex.testing.SparkStubs;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Secrets never show in logs, exception messages, endpoint URIs or toString(). */
class SecretsTest extends CamelTestSupport {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().notifier(new Slf4jNotifier(false))).build();

    private static final String API_KEY = "ak-SECRET-1111";
    private static final String TOKEN = "tk-SECRET-2222";
    private static final String CLIENT_SECRET = "cs-SECRET-3333";
    private static final String TARGET_KEY = "tak-SECRET-4444";
    private static final List<String> SECRETS = List.of(API_KEY, TOKEN, CLIENT_SECRET, TARGET_KEY);

    /**
     * HttpClient's own wire and header loggers print raw traffic by design; they are off unless a user turns them on
     * to debug the HTTP layer, as documented.
     */
    private static final List<String> RAW_TRAFFIC_LOGGERS = List.of(
            "org.apache.hc.client5.http.wire", "org.apache.hc.client5.http.headers");

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final SparkStubs spark = new SparkStubs(wm);

    @BeforeEach
    void captureEverything() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.apache.camel").setLevel(Level.DEBUG);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("io.github.sparkimpex").setLevel(Level.TRACE);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        root.setLevel(Level.INFO);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.apache.camel").setLevel(Level.WARN);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:key").to("spark-impex:export?baseUrl=" + spark.baseUrl("acme") + "&apiKey=" + API_KEY
                                      + "&folders=f&pollInterval=10ms");
                from("direct:token").to("spark-impex:status?baseUrl=" + spark.baseUrl("acme") + "&token=" + TOKEN);
                from("direct:oauth").to("spark-impex:status?baseUrl=" + spark.baseUrl("acme") + "&clientId=cid&clientSecret="
                                        + CLIENT_SECRET);
                from("direct:migrate").to("spark-impex:migrate?baseUrl=" + spark.baseUrl("acme") + "&apiKey=" + API_KEY
                                          + "&folders=f&targetBaseUrl=" + spark.baseUrl("prod") + "&targetApiKey=" + TARGET_KEY);
            }
        };
    }

    @Test
    void failuresOfEveryAuthKindLeakNothing() {
        wm.stubFor(post(urlPathEqualTo("/acme/api/v4/export")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"invalid key\"}")));
        wm.stubFor(get(urlPathEqualTo("/acme/api/v4/import/j/status")).willReturn(aResponse().withStatus(403)
                .withBody("{\"message\":\"forbidden\"}")));
        wm.stubFor(post(urlPathEqualTo("/auth/realms/acme/protocol/openid-connect/token")).willReturn(aResponse()
                .withStatus(401).withBody("{\"error\":\"invalid_client\"}")));

        List<Exception> failures = List.of(
                template.request("direct:key", e -> {
                }).getException(),
                template.request("direct:token", e -> {
                    e.getMessage().setHeader(SparkImpexConstants.JOB_ID, "j");
                    e.getMessage().setHeader(SparkImpexConstants.JOB_TYPE, "import");
                }).getException(),
                template.request("direct:oauth", e -> {
                    e.getMessage().setHeader(SparkImpexConstants.JOB_ID, "j");
                    e.getMessage().setHeader(SparkImpexConstants.JOB_TYPE, "import");
                }).getException());

        for (Exception failure : failures) {
            assertThat(failure).as("each call failed").isNotNull();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertNoSecret(String.valueOf(t.getMessage()));
                assertNoSecret(t.toString());
            }
        }
        assertThat(captured.list).as("log events captured").isNotEmpty();
        captured.list.stream()
                .filter(event -> RAW_TRAFFIC_LOGGERS.stream().noneMatch(event.getLoggerName()::startsWith))
                .forEach(event -> assertNoSecret(event.getFormattedMessage()
                                                 + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())));
    }

    @Test
    void endpointUrisAndToStringsAreMasked() {
        for (Endpoint endpoint : context.getEndpoints()) {
            assertNoSecret(endpoint.toString());
            assertNoSecret(endpoint.getEndpointBaseUri());
            if (endpoint instanceof SparkImpexEndpoint spark) {
                assertNoSecret(spark.getConfiguration().toString());
            }
        }
        context.getRoutes().forEach(route -> assertNoSecret(route.toString() + route.getEndpoint()));
        assertNoSecret(new SparkCredentials.ApiKey(API_KEY).toString());
        assertNoSecret(new SparkCredentials.BearerToken(TOKEN).toString());
        assertNoSecret(new SparkCredentials.ClientCredentials("c", CLIENT_SECRET, java.net.URI.create("http://x")).toString());
    }

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
    }
}
