package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.MutableClock;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak-like client-credentials endpoint and the tokens it issues. */
class TokenEndpointTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    private static final Map<String, String> DEV_CLIENT = Map.of("grant_type", "client_credentials",
            "client_id", "dev-client", "client_secret", "dev-secret");

    private static SparkImpexEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SparkImpexEmulator.builder()
                .seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .tokenLifetime(Duration.ofSeconds(90))
                .clock(CLOCK)
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void clientCredentialsGrantAnswersLikeKeycloak() {
        HttpResult response = TestHttp.postForm(emulator.tokenUrl("dev"), DEV_CLIENT, Map.of());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("access_token").asText()).isNotBlank();
        assertThat(body.get("expires_in").asInt()).isEqualTo(90);
        assertThat(body.get("refresh_expires_in").asInt()).isZero();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.has("not-before-policy")).isTrue();
        assertThat(body.get("scope").asText()).isNotBlank();
        assertThat(callApi(body.get("access_token").asText()).status()).isEqualTo(200);
    }

    @Test
    void tokenIsAJwtNamingItsRealmAndIssuer() throws Exception {
        String token = TestHttp.postForm(emulator.tokenUrl("dev"), DEV_CLIENT, Map.of()).json()
                .get("access_token").asText();

        String[] parts = token.split("\\.");
        JsonNode claims = new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8));

        assertThat(parts).hasSize(3);
        assertThat(claims.get("iss").asText()).isEqualTo(emulator.apiBaseUrl() + "/auth/realms/dev");
        assertThat(claims.get("realm").asText()).isEqualTo("dev");
        assertThat(claims.get("aud").asText()).isEqualTo("product-factory");
        assertThat(claims.get("azp").asText()).isEqualTo("dev-client");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(90);
    }

    @Test
    void strayBearerNoneOnTheTokenRequestIsIgnored() {
        HttpResult response = TestHttp.postForm(emulator.tokenUrl("dev"), DEV_CLIENT,
                Map.of("Authorization", "Bearer None", "x-tenant-name", "dev"));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void clientSecretBasicIsAccepted() {
        String basic = Base64.getEncoder().encodeToString("dev-client:dev-secret".getBytes(StandardCharsets.UTF_8));

        HttpResult response = TestHttp.postForm(emulator.tokenUrl("dev"), Map.of("grant_type", "client_credentials"),
                Map.of("Authorization", "Basic " + basic));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void badClientCredentialsAreInvalidClient() {
        HttpResult wrongSecret = TestHttp.postForm(emulator.tokenUrl("dev"), Map.of("grant_type", "client_credentials",
                "client_id", "dev-client", "client_secret", "nope"), Map.of());
        HttpResult otherRealm = TestHttp.postForm(emulator.tokenUrl("prod"), DEV_CLIENT, Map.of());
        HttpResult noClient = TestHttp.postForm(emulator.tokenUrl("dev"), Map.of("grant_type", "client_credentials"),
                Map.of());

        for (HttpResult response : new HttpResult[] {wrongSecret, otherRealm, noClient}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("error").asText()).isEqualTo("invalid_client");
            assertThat(response.json().get("error_description").asText()).isNotBlank();
        }
    }

    @Test
    void otherGrantTypesAndBodiesAreRefused() {
        HttpResult password = TestHttp.postForm(emulator.tokenUrl("dev"), Map.of("grant_type", "password",
                "username", "a", "password", "b"), Map.of());
        HttpResult json = TestHttp.postJson(emulator.tokenUrl("dev"), "{\"grant_type\":\"client_credentials\"}", Map.of());

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().get("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void unknownRealmIsNotFound() {
        HttpResult response = TestHttp.postForm(emulator.tokenUrl("nobody"), DEV_CLIENT, Map.of());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("Realm does not exist");
    }

    @Test
    void expiredTokenIsRefreshedByAskingForANewOne() {
        String first = TestHttp.postForm(emulator.tokenUrl("dev"), DEV_CLIENT, Map.of()).json()
                .get("access_token").asText();
        CLOCK.advance(Duration.ofSeconds(91));

        HttpResult expired = callApi(first);
        String second = TestHttp.postForm(emulator.tokenUrl("dev"), DEV_CLIENT, Map.of()).json()
                .get("access_token").asText();

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error_code").asText()).isEqualTo("TOKEN_EXPIRED");
        assertThat(second).isNotEqualTo(first);
        assertThat(callApi(second).status()).isEqualTo(200);
    }

    private static HttpResult callApi(String token) {
        return TestHttp.get(emulator.baseUrl("dev") + "/api/v4/import/status", Map.of("Authorization", "Bearer " + token));
    }
}
