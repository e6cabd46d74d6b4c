package io.github.sparkimpex.client;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.ExportedFile;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;

/**
 * Whole jobs on top of {@link SparkImpexClient}: start once the tenant is free, wait for the end, fetch the packages.
 *
 * <p>Jobs for one tenant and type queue inside the JVM ({@link TenantJobQueue}); a job started elsewhere (another
 * process, the Spark UI) makes Spark refuse ours, and then we wait and try again until {@code jobTimeout} instead of
 * failing as the SDKs do.
 */
public final class SparkImpexJobs {

    /** How Spark words a refusal because the tenant already runs a job; the status code for it is undocumented. */
    private static final Pattern JOB_RUNNING = Pattern.compile(
            "(?i)(already|another|concurrent).{0,40}(running|in.progress|job)|job.?limit|limit.{0,20}(reached|exceeded)");

    private final SparkImpexClient client;
    private final TenantJobQueue queue;
    private final JobWaiter waiter;

    public SparkImpexJobs(SparkImpexClient client) {
        this(client, TenantJobQueue.JVM_WIDE);
    }

    public SparkImpexJobs(SparkImpexClient client, TenantJobQueue queue) {
        this.client = client;
        this.queue = queue;
        this.waiter = new JobWaiter(client);
    }

    public SparkImpexClient client() {
        return client;
    }

    /** Starts an export as soon as the tenant is free and returns its first status without waiting for the end. */
    public CompletableFuture<JobStatus> startExport(ExportRequest request) {
        return queue.submit(queueKey(JobType.EXPORT),
                () -> startWhenFree(JobType.EXPORT, () -> client.startExport(request)));
    }

    /** Runs an export to its end and downloads every package it produced into {@code directory}. */
    public CompletableFuture<ExportResult> export(ExportRequest request, Path directory) {
        return queue.submit(queueKey(JobType.EXPORT),
                        () -> startWhenFree(JobType.EXPORT, () -> client.startExport(request))
                                .thenCompose(started -> waiter.await(JobType.EXPORT, started)))
                .thenCompose(done -> download(done, directory));
    }

    /** Starts an import as soon as the tenant is free and returns its first status without waiting for the end. */
    public CompletableFuture<JobStatus> startImport(ImportRequest request, PackageSource pkg) {
        return queue.submit(queueKey(JobType.IMPORT),
                () -> startWhenFree(JobType.IMPORT, () -> client.startImport(request, pkg)));
    }

    /** Runs an import to its end. */
    public CompletableFuture<JobStatus> importPackage(ImportRequest request, PackageSource pkg) {
        return queue.submit(queueKey(JobType.IMPORT),
                () -> startWhenFree(JobType.IMPORT, () -> client.startImport(request, pkg))
                        .thenCompose(started -> waiter.await(JobType.IMPORT, started)));
    }

    /** Follows a job started earlier, by this process or anyone else, to its end. */
    public CompletableFuture<JobStatus> await(JobType type, String jobId) {
        return client.status(type, jobId).thenCompose(status -> waiter.await(type, status));
    }

    /** Downloads every file of a finished export; an export without files, or any failed file, is an error. */
    public CompletableFuture<ExportResult> download(JobStatus finished, Path directory) {
        List<ExportedFile> files = finished.files();
        if (files.isEmpty()) {
            return CompletableFuture.failedFuture(JobFailures.withoutFiles(finished));
        }
        List<CompletableFuture<DownloadedPackage>> downloads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String prefix = "export-" + finished.id() + (files.size() > 1 ? "-" + (i + 1) : "") + "-";
            downloads.add(client.download(files.get(i).file(), files.get(i).fileHash(), directory, prefix));
        }
        return CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new))
                .handle((ignored, failure) -> {
                    if (failure != null) {
                        // No partial result: the files that did arrive are removed with the failure reported.
                        downloads.stream().filter(d -> !d.isCompletedExceptionally())
                                .forEach(d -> d.join().file().toFile().delete());
                        throw new CompletionException(unwrap(failure));
                    }
                    return new ExportResult(finished, downloads.stream().map(CompletableFuture::join).toList());
                });
    }

    private CompletableFuture<JobStatus> startWhenFree(JobType type, Supplier<CompletableFuture<JobStatus>> start) {
        CompletableFuture<JobStatus> result = new CompletableFuture<>();
        Instant deadline = Instant.now().plus(client.settings().jobTimeout());
        attemptStart(type, start, client.settings().pollInterval(), deadline, result);
        return result;
    }

    private void attemptStart(JobType type, Supplier<CompletableFuture<JobStatus>> start, Duration interval,
            Instant deadline, CompletableFuture<JobStatus> result) {
        start.get().whenComplete((status, failure) -> {
            if (failure == null) {
                result.complete(status);
                return;
            }
            Throwable cause = unwrap(failure);
            if (!(cause instanceof SparkImpexException refusal) || !isJobRunningRefusal(refusal)) {
                result.completeExceptionally(cause);
                return;
            }
            Duration wait = refusal.getRetryAfter() != null ? refusal.getRetryAfter() : interval;
            if (Instant.now().plus(wait).isAfter(deadline)) {
                result.completeExceptionally(new SparkImpexTimeoutException("Tenant " + client.settings().address().tenant()
                                                                            + " was still running another " + type.wireName()
                                                                            + " job after jobTimeout " + client.settings().jobTimeout() + ": "
                                                                            + refusal.getMessage(),
                        SparkImpexException.Details.httpStatus(refusal.getHttpStatus())
                                .withErrors(refusal.getErrors(), refusal.getWarnings())));
                return;
            }
            Duration next = JobWaiter.nextInterval(interval, client.settings().maxPollInterval());
            try {
                client.executors().scheduler().schedule(() -> attemptStart(type, start, next, deadline, result),
                        wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RuntimeException rejected) {
                result.completeExceptionally(refusal);
            }
        });
    }

    static boolean isJobRunningRefusal(SparkImpexException e) {
        int status = e.getHttpStatus();
        if (status == 409 || status == 429) {
            return true;
        }
        return status >= 400 && status < 500 && status != 401 && status != 403
               && JOB_RUNNING.matcher(e.getMessage()).find();
    }

    private String queueKey(JobType type) {
        return client.settings().address().baseUrl().toLowerCase(Locale.ROOT) + "#" + type.wireName();
    }

    /** The failure behind {@code CompletionException} wrappers. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
