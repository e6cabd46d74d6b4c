package io.github.sparkimpex.emulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.SparkImpexEmulator;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls a Spark client makes, for one tenant and one set of credentials. Jobs are driven to their end by
 * polling the status endpoint, as a client does, never by sleeping.
 */
public final class ImpexClient {

    private static final int MAX_POLLS = 50;

    private final SparkImpexEmulator emulator;
    private final String tenant;
    private final Map<String, String> auth;

    private ImpexClient(SparkImpexEmulator emulator, String tenant, Map<String, String> auth) {
        this.emulator = emulator;
        this.tenant = tenant;
        this.auth = auth;
    }

    public static ImpexClient withApiKey(SparkImpexEmulator emulator, String tenant) {
        return new ImpexClient(emulator, tenant, apiKeyHeaders(emulator, tenant));
    }

    public static ImpexClient withBearer(SparkImpexEmulator emulator, String tenant, String token) {
        return new ImpexClient(emulator, tenant, Map.of("Authorization", "Bearer " + token));
    }

    public static Map<String, String> apiKeyHeaders(SparkImpexEmulator emulator, String tenant) {
        return Map.of("x-synthetic-key", emulator.apiKey(tenant), "x-tenant-name", tenant);
    }

    public Map<String, String> auth() {
        return auth;
    }

    public String url(String path) {
        return emulator.baseUrl(tenant) + "/api/v4/" + path;
    }

    public HttpResult startExport(String body) {
        return TestHttp.postJson(url("export"), body, auth);
    }

    /** Starts an export and returns its job id, asserting it was accepted. */
    public String exportJob(String body) {
        HttpResult started = startExport(body);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    public HttpResult startImport(byte[] zip, String importRequestEntity) {
        Multipart multipart = new Multipart();
        if (importRequestEntity != null) {
            multipart.field("importRequestEntity", importRequestEntity);
        }
        multipart.file("file", "package.zip", "application/zip", zip);
        return TestHttp.postMultipart(url("import"), multipart, auth);
    }

    public String importJob(byte[] zip, String importRequestEntity) {
        HttpResult started = startImport(zip, importRequestEntity);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    public HttpResult status(String type, String jobId) {
        return TestHttp.get(url(type + "/" + jobId + "/status"), auth);
    }

    public HttpResult cancel(String type, String jobId) {
        return TestHttp.patchJson(url(type + "/" + jobId), "{\"" + type + "_status\":\"cancelled\"}", auth);
    }

    public HttpResult tenantStatus(String type) {
        return TestHttp.get(url(type + "/status"), auth);
    }

    /** Polls the job's status until it leaves created/in_progress and returns the final document. */
    public JsonNode awaitEnd(String type, String jobId) {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            HttpResult status = status(type, jobId);
            assertThat(status.status()).as(status.toString()).isEqualTo(200);
            String state = status.json().get("status").asText();
            if (!state.equals("in_progress") && !state.equals("created")) {
                return status.json();
            }
        }
        throw new AssertionError("Job " + jobId + " still running after " + MAX_POLLS + " polls");
    }

    /** Exports and downloads the package, asserting the job completed. */
    public byte[] exportPackage(String body) {
        JsonNode done = awaitEnd("export", exportJob(body));
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("completed");
        HttpResult download = TestHttp.get(done.at("/outputs/files/0/file").asText(), Map.of());
        assertThat(download.status()).isEqualTo(200);
        return download.body();
    }

    /** Imports a package and returns the final status document. */
    public JsonNode importAndWait(byte[] zip, String importRequestEntity) {
        return awaitEnd("import", importJob(zip, importRequestEntity));
    }
}
