package io.github.sparkimpex.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.entity.mime.StringBody;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The way the official Python and TypeScript SDKs run an ImpEx job (reference, sections 7-8), rebuilt on the same
 * HTTP library as the component so that only the approach differs:
 * <ul>
 * <li>the calling thread is blocked for the whole job and sleeps between polls;</li>
 * <li>polling stops only on {@code completed} or {@code closed}: a failed job is polled until the budget is spent and
 * then reported as a timeout, without Spark's errors (B1);</li>
 * <li>the package is held whole in memory: downloaded into a byte array ({@code response.content},
 * {@code arrayBuffer()}) and uploaded from it (B7).</li>
 * </ul>
 * The sleep is fixed rather than the SDKs' randomised backoff, so that runs are comparable.
 */
final class SdkStyleClient implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloseableHttpClient http;
    private final String rootUrl;
    private final int maxPolls;
    private final Duration pollInterval;

    /** Raised like the SDKs' {@code RetryTimeoutError} when the poll budget is spent. */
    static final class RetryTimeoutError extends IOException {
        RetryTimeoutError(String message) {
            super(message);
        }
    }

    SdkStyleClient(String rootUrl, int maxConnections, int maxPolls, Duration pollInterval) {
        this.rootUrl = rootUrl;
        this.maxPolls = maxPolls;
        this.pollInterval = pollInterval;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections).setMaxConnPerRoute(maxConnections).build())
                .build();
    }

    /** Export, wait, and return the package as bytes. */
    byte[] export(String tenant) throws IOException, InterruptedException {
        HttpPost start = new HttpPost(rootUrl + "/" + tenant + "/api/v4/export");
        start.setEntity(new StringEntity("{\"inputs\":{\"folders\":[\"f\"]},\"file_filter\":\"migrate\","
                                         + "\"version_filter\":\"latest\",\"source_system\":\"Spark Python SDK\"}",
                ContentType.APPLICATION_JSON));
        JsonNode done = waitFor(tenant, "export", json(start).path("id").asText());
        String fileUrl = done.at("/outputs/files/0/file").asText();
        return http.execute(new HttpGet(fileUrl), response -> EntityUtils.toByteArray(response.getEntity()));
    }

    /** Import a package held in memory, and wait. */
    JsonNode importPackage(String tenant, byte[] pkg) throws IOException, InterruptedException {
        HttpPost start = new HttpPost(rootUrl + "/" + tenant + "/api/v4/import");
        start.setEntity(MultipartEntityBuilder.create()
                .addPart("importRequestEntity", new StringBody("{\"services_existing\":\"add_version\"}", ContentType.TEXT_PLAIN))
                .addPart("file", new ByteArrayBody(pkg, ContentType.create("application/zip"), "package.zip"))
                .build());
        return waitFor(tenant, "import", json(start).path("id").asText());
    }

    private JsonNode waitFor(String tenant, String type, String id) throws IOException, InterruptedException {
        String url = rootUrl + "/" + tenant + "/api/v4/" + type + "/" + id + "/status";
        for (int poll = 1; poll <= maxPolls; poll++) {
            JsonNode status = json(new HttpGet(url));
            String value = status.path("status").asText();
            if ("completed".equals(value) || "closed".equals(value)) {
                return status;
            }
            Thread.sleep(pollInterval.toMillis());
        }
        throw new RetryTimeoutError(type + " job " + id + " did not complete after " + maxPolls + " polls");
    }

    private JsonNode json(ClassicHttpRequest request) throws IOException {
        return http.execute(request, response -> JSON.readTree(EntityUtils.toString(response.getEntity())));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
