package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.admin.JobInfo;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.admin.TenantInfo;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.seed.TenantSeed;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin API over HTTP ({@code /_admin}) and in Java. */
class AdminApiTest {

    @RegisterExtension
    static final SparkImpexEmulatorExtension SPARK = SparkImpexEmulatorExtension.withSampleSeed().resetBeforeEach();

    @Test
    void indexListsTheEndpoints() {
        HttpResult index = admin("GET", "", null);

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.json().get("endpoints").toString()).contains("/_admin/tenants/{tenant}/services");
    }

    @Test
    void tenantsAreListedWithTheirCredentials() {
        JsonNode tenants = admin("GET", "/tenants", null).json();

        assertThat(tenants).hasSize(2);
        assertThat(tenants.at("/0/name").asText()).isEqualTo("dev");
        assertThat(tenants.at("/0/apiKeys/0").asText()).isEqualTo("dev-key");
        assertThat(tenants.at("/0/clients/0/clientId").asText()).isEqualTo("dev-client");
        assertThat(tenants.at("/0/users/0/email").asText()).isEqualTo("alice@example.com");
        assertThat(tenants.at("/1/folders").toString()).isEqualTo("[\"pricing\",\"pricing-v2\"]");
    }

    @Test
    void tenantFolderServiceAndVersionCanBeCreatedOverHttp() {
        HttpResult tenant = admin("POST", "/tenants", "{\"name\":\"qa\",\"folders\":{\"pricing\":{}}}");
        HttpResult folder = admin("POST", "/tenants/qa/folders", "{\"name\":\"tax\"}");
        HttpResult service = admin("POST", "/tenants/qa/services",
                "{\"folder\":\"tax\",\"service\":\"vat\",\"versions\":[\"1.0.0\",{\"version\":\"1.1.0\","
                        + "\"versionId\":\"6c73f2e4-b354-4695-a991-c52817a5f25f\",\"payloadSize\":10}]}");
        HttpResult version = admin("POST", "/tenants/qa/services/tax/vat/versions", "\"2.0.0\"");

        assertThat(tenant.status()).isEqualTo(201);
        assertThat(tenant.json().at("/apiKeys/0").asText()).isEqualTo("qa-key");
        assertThat(tenant.json().at("/clients/0/clientSecret").asText()).isEqualTo("qa-secret");
        assertThat(folder.status()).isEqualTo(201);
        assertThat(service.status()).isEqualTo(201);
        assertThat(service.json().get("serviceId").asText()).matches("[0-9a-f-]{36}");
        assertThat(version.status()).isEqualTo(201);
        assertThat(version.json().get("version").asText()).isEqualTo("2.0.0");

        JsonNode services = admin("GET", "/tenants/qa/services", null).json();
        assertThat(services.at("/0/folder").asText()).isEqualTo("tax");
        assertThat(services.at("/0/versions/1/versionId").asText()).isEqualTo("6c73f2e4-b354-4695-a991-c52817a5f25f");
        assertThat(services.at("/0/versions/2/version").asText()).isEqualTo("2.0.0");
        assertThat(admin("GET", "/tenants/qa/folders", null).json().toString()).isEqualTo("[\"pricing\",\"tax\"]");
        assertThat(ImpexClient.withApiKey(SPARK.emulator(), "qa").tenantStatus("export").status()).isEqualTo(200);
    }

    @Test
    void adminErrorsUseTheErrorBody() {
        assertThat(admin("GET", "/tenants/nobody/services", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/tenants/dev/folders", "{\"name\":\"pricing\"}").status()).isEqualTo(409);
        HttpResult badVersion = admin("POST", "/tenants/dev/services/pricing/quote/versions", "\"one\"");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.json().get("message").asText()).contains("semantic version");
        assertThat(admin("POST", "/tenants", "{\"name\":\"_bad name\"}").status()).isEqualTo(400);
        assertThat(admin("POST", "/tenants/dev/folders", "{\"nam\":\"x\"}").status()).isEqualTo(400);
        assertThat(admin("GET", "/nothing-here", null).status()).isEqualTo(404);
    }

    @Test
    void jobsAreListedWithTheirState() {
        ImpexClient dev = ImpexClient.withApiKey(SPARK.emulator(), "dev");
        String id = dev.exportJob("{\"inputs\":{\"folders\":[\"nope\"]}}");
        dev.awaitEnd("export", id);

        JsonNode jobs = admin("GET", "/tenants/dev/jobs", null).json();

        assertThat(jobs.at("/0/id").asText()).isEqualTo(id);
        assertThat(jobs.at("/0/type").asText()).isEqualTo("export");
        assertThat(jobs.at("/0/status").asText()).isEqualTo("failed");
        assertThat(jobs.at("/0/createdBy").asText()).isEqualTo("dev-api-key-1");
        assertThat(jobs.at("/0/statusPolls").asInt()).isEqualTo(2);
        assertThat(jobs.at("/0/errors/0/errorCode").asText()).isEqualTo("FOLDER_NOT_FOUND");
    }

    @Test
    void faultsCanBeSetReadAndClearedOverHttp() {
        HttpResult set = admin("POST", "/tenants/dev/faults",
                "{\"rateLimit\":{\"requests\":1,\"retryAfterSeconds\":3},\"failNextJob\":true}");

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("rateLimitRemaining").asInt()).isEqualTo(1);
        assertThat(set.json().get("failNextJob").asBoolean()).isTrue();
        HttpResult limited = ImpexClient.withApiKey(SPARK.emulator(), "dev").tenantStatus("export");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("3");

        admin("POST", "/faults", "{\"serverErrors\":{\"requests\":2,\"status\":502},\"slowResponsesMillis\":5,"
                + "\"cutNextDownload\":true,\"stickNextJob\":true,\"downloadErrors\":{\"requests\":1}}");
        JsonNode global = admin("GET", "/faults", null).json();
        assertThat(global.get("serverErrorsRemaining").asInt()).isEqualTo(2);
        assertThat(global.get("serverErrorStatus").asInt()).isEqualTo(502);
        assertThat(global.get("downloadErrorStatus").asInt()).isEqualTo(503);

        assertThat(admin("DELETE", "/faults", null).json().get("serverErrorsRemaining").asInt()).isZero();
        assertThat(admin("DELETE", "/tenants/dev/faults", null).json().get("failNextJob").asBoolean()).isFalse();
        assertThat(admin("GET", "/tenants/dev/faults", null).json().get("rateLimitRemaining").asInt()).isZero();
    }

    @Test
    void expireTokensOverHttp() {
        String token = SPARK.issueToken("dev");

        admin("POST", "/faults", "{\"expireTokens\":true}");

        assertThat(ImpexClient.withBearer(SPARK.emulator(), "dev", token).tenantStatus("export").status()).isEqualTo(401);
    }

    @Test
    void tokensCanBeIssuedOverHttp() {
        String token = admin("POST", "/tenants/dev/tokens", "{}").json().get("accessToken").asText();
        String byClient = admin("POST", "/tenants/dev/tokens", "{\"clientId\":\"dev-client\"}").json()
                .get("accessToken").asText();

        assertThat(ImpexClient.withBearer(SPARK.emulator(), "dev", token).tenantStatus("export").status()).isEqualTo(200);
        assertThat(byClient).isNotEqualTo(token);
        assertThat(admin("POST", "/tenants/dev/tokens", "{\"clientId\":\"ghost\"}").status()).isEqualTo(404);
    }

    @Test
    void resetRestoresTheSeed() {
        SPARK.admin().createFolder("prod", "scratch");
        ImpexClient.withApiKey(SPARK.emulator(), "dev").exportJob("{\"inputs\":{\"folders\":[\"pricing\"]}}");

        assertThat(admin("POST", "/reset", null).status()).isEqualTo(200);

        assertThat(SPARK.admin().folders("prod")).containsExactly("pricing", "pricing-v2");
        assertThat(SPARK.admin().jobs("dev")).isEmpty();
    }

    @Test
    void javaAdminApiMirrorsTheHttpOne() {
        TenantInfo qa = SPARK.admin().createTenant("qa", TenantSeed.builder().apiKey("qa-one").client("c", "s").build());
        SPARK.admin().createFolder("qa", "pricing");
        ServiceInfo service = SPARK.admin().addService("qa", "pricing", "quote", "1.0.0", "0.1.0");
        SPARK.admin().addVersion("qa", "pricing", "quote", "2.0.0");

        assertThat(qa.apiKeys()).containsExactly("qa-one");
        assertThat(SPARK.emulator().apiKey("qa")).isEqualTo("qa-one");
        assertThat(SPARK.emulator().clientId("qa")).isEqualTo("c");
        assertThat(SPARK.emulator().clientSecret("qa")).isEqualTo("s");
        assertThat(service.versionNumbers()).containsExactly("0.1.0", "1.0.0");
        assertThat(SPARK.admin().service("qa", "pricing", "quote").orElseThrow().versionNumbers())
                .containsExactly("0.1.0", "1.0.0", "2.0.0");
        assertThat(SPARK.admin().folders("qa")).containsExactly("pricing");
        assertThat(SPARK.admin().tenants()).containsExactly("dev", "prod", "qa");
        assertThatThrownBy(() -> SPARK.admin().addVersion("qa", "pricing", "quote", "2.0.0"))
                .isInstanceOf(ApiException.class).hasMessageContaining("already has version");
        assertThatThrownBy(() -> SPARK.admin().createTenant("qa")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SPARK.admin().services("ghost")).isInstanceOf(ApiException.class);
    }

    @Test
    void javaAdminApiListsJobs() {
        ImpexClient dev = ImpexClient.withApiKey(SPARK.emulator(), "dev");
        String id = dev.exportJob("{\"inputs\":{\"folders\":[\"pricing\"]},\"source_system\":\"tests\"}");

        JobInfo job = SPARK.admin().job("dev", id).orElseThrow();

        assertThat(job.type()).isEqualTo("export");
        assertThat(job.status()).isEqualTo("in_progress");
        assertThat(job.sourceSystem()).isEqualTo("tests");
        assertThat(job.finishedAt()).isNull();
        assertThat(job.errors()).isNull();
    }

    @Test
    void urlsOfTheEmulator() {
        SparkImpexEmulator emulator = SPARK.emulator();

        assertThat(emulator.apiBaseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port());
        assertThat(emulator.baseUrl("dev")).isEqualTo(emulator.apiBaseUrl() + "/dev");
        assertThat(emulator.fileBaseUrl()).isEqualTo("http://127.0.0.1:" + emulator.filePort());
        assertThat(emulator.tokenUrl("dev"))
                .isEqualTo(emulator.apiBaseUrl() + "/auth/realms/dev/protocol/openid-connect/token");
    }

    private static HttpResult admin(String method, String path, String json) {
        String url = SPARK.apiBaseUrl() + "/_admin" + path;
        return switch (method) {
            case "GET" -> TestHttp.get(url, Map.of());
            case "DELETE" -> TestHttp.delete(url);
            default -> TestHttp.postJson(url, json == null ? "" : json, Map.of());
        };
    }
}
