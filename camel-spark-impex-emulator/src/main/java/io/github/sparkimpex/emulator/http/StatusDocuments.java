package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.Timestamps;
import io.github.sparkimpex.emulator.jobs.JobSnapshot;
import io.github.sparkimpex.emulator.jobs.JobType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Renders jobs as Spark's status documents: one job's status, and the tenant-wide lists. */
public final class StatusDocuments {

    private final Supplier<String> apiBaseUrl;
    private final Clock clock;

    public StatusDocuments(Supplier<String> apiBaseUrl, Clock clock) {
        this.apiBaseUrl = apiBaseUrl;
        this.clock = clock;
    }

    /**
     * The envelope of {@code GET .../{jobId}/status}, also returned by POST and PATCH. {@code errors} is
     * {@code null} unless the job failed; {@code status_url} includes {@code /api} (the doc sample omitting it
     * is taken for a typo).
     */
    public Map<String, Object> job(JobSnapshot job) {
        Instant now = clock.instant();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("object", job.type().wireName());
        document.put("id", job.id());
        document.put("response_timestamp", Timestamps.format(now));
        document.put("status", job.status().wireName());
        document.put("status_url", apiBaseUrl.get() + "/" + job.tenant() + "/api/v4/" + job.type().wireName() + "/"
                + job.id() + "/status");
        document.put("process_time", job.processTimeMillis(now));
        document.put("outputs", job.outputs());
        document.put("errors", job.errors());
        document.put("warnings", List.of());
        document.put("source_system", job.sourceSystem());
        document.put("correlation_id", job.correlationId());
        return document;
    }

    /**
     * {@code GET /{tenant}/api/v4/{export|import}/status}.
     *
     * @param visible        the jobs of the type the caller may see
     * @param runningInTenant running jobs of the type in the whole tenant, whoever started them
     */
    public Map<String, Object> tenantJobs(JobType type, List<JobSnapshot> visible, long runningInTenant, int limit,
                                          Duration recentWindow) {
        Instant now = clock.instant();
        Instant recentSince = now.minus(recentWindow);
        List<Map<String, Object>> inProgress = visible.stream()
                .filter(job -> job.status().isRunning())
                .sorted(Comparator.comparing(JobSnapshot::createdAt).reversed())
                .map(job -> listEntry(job, now))
                .toList();
        List<Map<String, Object>> recent = visible.stream()
                .filter(job -> !job.status().isRunning() && !job.finishedAt().isBefore(recentSince))
                .sorted(Comparator.comparing(JobSnapshot::finishedAt).reversed())
                .map(job -> listEntry(job, now))
                .toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(type.inProgressListField(), inProgress);
        document.put(type.recentListField(), recent);
        document.put("tenant", Map.of(
                "configuration", Map.of(type.jobLimitField(), limit),
                "status", Map.of(type.jobsInProgressField(), runningInTenant)));
        return document;
    }

    private static Map<String, Object> listEntry(JobSnapshot job, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(job.type().statusField(), job.status().wireName());
        data.put("response_timestamp", Timestamps.format(now));
        data.put("created_by", job.createdBy());
        data.put("created_timestamp", Timestamps.format(job.createdAt()));
        data.put("updated_timestamp", Timestamps.format(job.updatedAt()));
        data.put("process_time", job.processTimeMillis(now));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("object", job.type().wireName());
        entry.put("id", job.id());
        entry.put("data", data);
        return entry;
    }
}
