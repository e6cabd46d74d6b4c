package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.Multipart;
import io.github.sparkimpex.emulator.support.MutableClock;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each way of calling the ImpEx API, and each way of getting it wrong. */
class AuthenticationTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));

    private static SparkImpexEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SparkImpexEmulator.builder()
                .seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .tokenLifetime(Duration.ofMinutes(2))
                .clock(CLOCK)
                .start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void apiKeyWithTenantNameIsAccepted() {
        assertThat(get("dev", Map.of("x-synthetic-key", "dev-key", "x-tenant-name", "dev")).status()).isEqualTo(200);
    }

    @Test
    void apiKeyOfAnotherTenantIsForbidden() {
        HttpResult response = get("dev", Map.of("x-synthetic-key", "prod-key", "x-tenant-name", "dev"));

        assertError(response, 403, "FORBIDDEN");
    }

    @Test
    void unknownApiKeyIsUnauthorized() {
        HttpResult response = get("dev", Map.of("x-synthetic-key", "guess", "x-tenant-name", "dev"));

        assertError(response, 401, "INVALID_API_KEY");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void apiKeyNeedsTheTenantNameHeader() {
        assertError(get("dev", Map.of("x-synthetic-key", "dev-key")), 401, "MISSING_TENANT_NAME");
        assertError(get("dev", Map.of("x-synthetic-key", "dev-key", "x-tenant-name", "prod")), 403, "TENANT_MISMATCH");
    }

    @Test
    void requestWithoutCredentialsIsUnauthorized() {
        assertError(get("dev", Map.of()), 401, "MISSING_CREDENTIALS");
        assertError(TestHttp.postJson(emulator.baseUrl("dev") + "/api/v4/export",
                "{\"inputs\":{\"folders\":[\"pricing\"]}}", Map.of()), 401, "MISSING_CREDENTIALS");
    }

    @Test
    void importUploadWithoutCredentialsIsAnsweredWithTheError() {
        Multipart upload = new Multipart().file("file", "package.zip", "application/zip", new byte[300_000]);

        assertError(TestHttp.postMultipart(emulator.baseUrl("dev") + "/api/v4/import", upload, Map.of()), 401,
                "MISSING_CREDENTIALS");
    }

    @Test
    void issuedTokenIsAcceptedWithTheSdkQuirks() {
        String token = emulator.issueToken("dev");

        HttpResult response = get("dev", Map.of("Authorization", "Bearer " + token, "x-tenant-name", "dev",
                "Content-Type", "application/json"));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void tokenOfAnotherTenantIsForbiddenWithAnErrorBody() {
        HttpResult response = get("dev", Map.of("Authorization", "Bearer " + emulator.issueToken("prod")));

        assertError(response, 403, "FORBIDDEN");
        assertThat(response.json().get("message").asText()).contains("another tenant");
    }

    @Test
    void unknownTokensAreUnauthorized() {
        assertError(get("dev", Map.of("Authorization", "Bearer nonsense")), 401, "INVALID_TOKEN");
        assertError(get("dev", Map.of("Authorization", "Bearer None")), 401, "INVALID_TOKEN");
        assertError(get("dev", Map.of("Authorization", "Basic ZGV2OmRldg==")), 401, "UNSUPPORTED_AUTHORIZATION");
    }

    @Test
    void staticUserTokensWorkForTheirTenantOnly() {
        assertThat(get("dev", Map.of("Authorization", "Bearer dev-user-token")).status()).isEqualTo(200);
        assertError(get("prod", Map.of("Authorization", "Bearer dev-user-token")), 403, "FORBIDDEN");
    }

    @Test
    void userIdentityIsReportedAsCreatedBy() {
        ImpexClient alice = ImpexClient.withBearer(emulator, "prod", "prod-user-token");
        String id = alice.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}");

        assertThat(emulator.admin().job("prod", id).orElseThrow().createdBy()).isEqualTo("bob@example.com");
        alice.awaitEnd("export", id);
    }

    @Test
    void tokenStopsWorkingAfterItsLifetime() {
        String token = emulator.issueToken("dev");
        assertThat(get("dev", Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(200);

        CLOCK.advance(Duration.ofMinutes(2));

        assertError(get("dev", Map.of("Authorization", "Bearer " + token)), 401, "TOKEN_EXPIRED");
        assertThat(get("dev", Map.of("Authorization", "Bearer " + emulator.issueToken("dev"))).status()).isEqualTo(200);
    }

    @Test
    void unknownTenantIsNotFound() {
        assertError(get("nobody", Map.of("x-synthetic-key", "dev-key", "x-tenant-name", "nobody")), 404,
                "TENANT_NOT_FOUND");
    }

    private static HttpResult get(String tenant, Map<String, String> headers) {
        return TestHttp.get(emulator.baseUrl(tenant) + "/api/v4/export/status", headers);
    }

    private static void assertError(HttpResult response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
        assertThat(response.json().get("error_code").asText()).isEqualTo(code);
        assertThat(response.json().get("message").asText()).isNotBlank();
    }
}
