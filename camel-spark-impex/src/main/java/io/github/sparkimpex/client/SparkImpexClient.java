package io.github.sparkimpex.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobSummary;
import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.model.TenantJobs;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPatch;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.entity.mime.StringBody;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * The Spark ImpEx REST API of one tenant, one method per call. Every method returns at once; the HTTP exchange runs
 * on the I/O pool and retries are scheduled, so no caller thread waits. Usable without Camel.
 */
public final class SparkImpexClient implements Closeable {

    private static final ContentType ZIP = ContentType.create("application/zip");
    /** HttpClient's own constant adds {@code charset=ISO-8859-1}, which neither browsers nor the SDKs send. */
    private static final ContentType MULTIPART_FORM_DATA = ContentType.create("multipart/form-data");

    private final ClientSettings settings;
    private final ClientExecutors executors;
    private final HttpTransport transport;
    private final SparkApi api;
    private final Retrier retrier;
    private final PackageDownloader downloader;

    public SparkImpexClient(ClientSettings settings, ClientExecutors executors) {
        this.settings = settings;
        this.executors = executors;
        this.transport = new HttpTransport(settings);
        this.api = new SparkApi(settings.address(), transport, Authenticator.of(settings.credentials(), transport));
        this.retrier = new Retrier(executors, settings.maxRetries(), settings.maxPollInterval());
        this.downloader = new PackageDownloader(settings.address(), transport, api);
    }

    public ClientSettings settings() {
        return settings;
    }

    ClientExecutors executors() {
        return executors;
    }

    /** {@code POST /{tenant}/api/v4/export}. */
    public CompletableFuture<JobStatus> startExport(ExportRequest request) {
        String body = RequestBodies.export(request, settings.sourceSystem()).toString();
        String requestId = SparkApi.newRequestId();
        return retrier.run("Starting an export on tenant " + tenant(), RetryRule.JOB_START, () -> {
            HttpPost post = new HttpPost(settings.address().api("export"));
            post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return jobStatus(api.sendForJson("Starting an export on tenant " + tenant(), post, requestId));
        });
    }

    /** {@code POST /{tenant}/api/v4/import}: the package as part {@code file}, the request as {@code importRequestEntity}. */
    public CompletableFuture<JobStatus> startImport(ImportRequest request, PackageSource pkg) {
        try {
            pkg.requireAtMost(settings.maxPackageSize());
        } catch (IllegalArgumentException tooBig) {
            return CompletableFuture.failedFuture(tooBig);
        }
        String entity = RequestBodies.importEntity(request, settings.sourceSystem()).toString();
        String requestId = SparkApi.newRequestId();
        String what = "Starting an import on tenant " + tenant();
        return retrier.run(what, RetryRule.JOB_START, () -> {
            HttpPost post = new HttpPost(settings.address().api("import"));
            // A fresh entity per attempt re-reads the package file from its first byte.
            post.setEntity(MultipartEntityBuilder.create()
                    .setMode(HttpMultipartMode.LEGACY)
                    .setContentType(MULTIPART_FORM_DATA)
                    .addPart("importRequestEntity", new StringBody(entity, ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8)))
                    .addPart("file", new FileBody(pkg.file().toFile(), ZIP, "package.zip"))
                    .build());
            return jobStatus(api.sendForJson(what, post, requestId));
        });
    }

    /** {@code GET /{tenant}/api/v4/{type}/{jobId}/status}. */
    public CompletableFuture<JobStatus> status(JobType type, String jobId) {
        String requestId = SparkApi.newRequestId();
        String what = "Reading the status of " + type.wireName() + " job " + jobId;
        return retrier.run(what, RetryRule.IDEMPOTENT, () -> jobStatus(
                api.sendForJson(what, new HttpGet(settings.address().api(type.wireName() + "/" + jobId + "/status")),
                        requestId)));
    }

    /** {@code PATCH /{tenant}/api/v4/{type}/{jobId}} with {@code {"<type>_status":"cancelled"}}. */
    public CompletableFuture<JobStatus> cancel(JobType type, String jobId) {
        String requestId = SparkApi.newRequestId();
        String what = "Cancelling " + type.wireName() + " job " + jobId;
        String body = SparkJson.MAPPER.createObjectNode().put(type.wireName() + "_status", "cancelled").toString();
        return retrier.run(what, RetryRule.IDEMPOTENT, () -> {
            HttpPatch patch = new HttpPatch(settings.address().api(type.wireName() + "/" + jobId));
            patch.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
            return jobStatus(api.sendForJson(what, patch, requestId));
        });
    }

    /** {@code GET /{tenant}/api/v4/{type}/status}: jobs in progress and those that ended in the last hour. */
    public CompletableFuture<TenantJobs> tenantJobs(JobType type) {
        String requestId = SparkApi.newRequestId();
        String what = "Listing the " + type.wireName() + " jobs of tenant " + tenant();
        return retrier.run(what, RetryRule.IDEMPOTENT, () -> tenantJobs(type,
                api.sendForJson(what, new HttpGet(settings.address().api(type.wireName() + "/status")), requestId)));
    }

    /**
     * Downloads one export package to a new file in {@code directory}; a download cut short is retried from the
     * start, and the file is removed if every attempt fails.
     */
    public CompletableFuture<DownloadedPackage> download(String fileUrl, String fileHash, Path directory, String namePrefix) {
        String requestId = SparkApi.newRequestId();
        String what = "Downloading an export package from " + PackageDownloader.redact(fileUrl);
        Path target;
        try {
            URI.create(fileUrl);
            target = Files.createTempFile(Files.createDirectories(directory), namePrefix, ".zip");
        } catch (IOException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(Retrier.asSparkException(what, e));
        }
        return retrier.run(what, RetryRule.IDEMPOTENT, () -> downloader.download(fileUrl, fileHash, target, requestId))
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        target.toFile().delete();
                    }
                });
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    private String tenant() {
        return settings.address().tenant();
    }

    private static JobStatus jobStatus(JsonNode json) throws IOException {
        return SparkJson.MAPPER.treeToValue(json, JobStatus.class).withRaw(json);
    }

    private static TenantJobs tenantJobs(JobType type, JsonNode json) {
        String name = type.wireName();
        JsonNode tenant = json.path("tenant");
        return new TenantJobs(type,
                summaries(type, json.path("in_progress_" + name + "s")),
                summaries(type, json.path("recent_" + name + "s")),
                intOrNull(tenant.path("configuration").path(name + "_api_job_limit")),
                intOrNull(tenant.path("status").path(name + "_api_jobs_in_progress")),
                json);
    }

    private static List<JobSummary> summaries(JobType type, JsonNode array) {
        List<JobSummary> result = new ArrayList<>();
        for (JsonNode entry : array) {
            JsonNode data = entry.path("data");
            result.add(new JobSummary(type, entry.path("id").asText(null),
                    data.path(type.wireName() + "_status").asText(data.path("status").asText(null)),
                    data.path("created_by").asText(null),
                    data.path("created_timestamp").asText(null),
                    data.path("updated_timestamp").asText(null),
                    data.path("response_timestamp").asText(null),
                    data.hasNonNull("process_time") ? data.get("process_time").asLong() : null));
        }
        return result;
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
