package io.github.sparkimpex.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.sparkimpex.model.JobType;

/**
 * Jobs this JVM started without waiting for them. A consumer checks them directly, because a job can finish between
 * two polls of the tenant-wide listing, and the listing only shows the last hour.
 */
public final class FollowedJobs {

    /** Shared by every producer and consumer of the JVM, since they meet only through the tenant. */
    public static final FollowedJobs JVM_WIDE = new FollowedJobs(Duration.ofHours(24));

    private final Duration retention;
    private final Map<String, Map<FollowedJob, Instant>> byTenant = new ConcurrentHashMap<>();

    public FollowedJobs(Duration retention) {
        this.retention = retention;
    }

    public record FollowedJob(JobType type, String id) {
    }

    public void follow(TenantAddress tenant, JobType type, String jobId) {
        byTenant.computeIfAbsent(key(tenant), k -> new ConcurrentHashMap<>()).put(new FollowedJob(type, jobId), Instant.now());
    }

    /** The jobs started on this tenant within the retention period, oldest forgotten first. */
    public List<FollowedJob> followed(TenantAddress tenant) {
        Map<FollowedJob, Instant> jobs = byTenant.getOrDefault(key(tenant), Map.of());
        Instant horizon = Instant.now().minus(retention);
        jobs.values().removeIf(started -> started.isBefore(horizon));
        return List.copyOf(jobs.keySet());
    }

    private static String key(TenantAddress tenant) {
        return tenant.baseUrl().toLowerCase(Locale.ROOT);
    }
}
