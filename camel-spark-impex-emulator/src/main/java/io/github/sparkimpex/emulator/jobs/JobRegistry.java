package io.github.sparkimpex.emulator.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Every job of every tenant, in creation order, and the per-tenant, per-type job limit. */
public final class JobRegistry {

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    /**
     * Registers the job made by {@code factory} unless the tenant already runs {@code limit} jobs of that type.
     * Check and registration happen under one lock, so two concurrent requests cannot both get the last slot.
     */
    public synchronized Job submit(String tenant, JobType type, int limit, Supplier<Job> factory)
            throws JobLimitReachedException {
        List<Job> running = jobs.values().stream()
                .filter(job -> job.tenant().equals(tenant) && job.type() == type && job.isRunning())
                .toList();
        if (running.size() >= limit) {
            throw new JobLimitReachedException(tenant, type, running.get(0).id(), limit);
        }
        Job job = factory.get();
        jobs.put(job.id(), job);
        return job;
    }

    public synchronized Optional<Job> find(String tenant, JobType type, String id) {
        Job job = jobs.get(id);
        return job != null && job.tenant().equals(tenant) && job.type() == type ? Optional.of(job) : Optional.empty();
    }

    public synchronized List<Job> jobs(String tenant) {
        return jobs.values().stream().filter(job -> job.tenant().equals(tenant)).toList();
    }

    public synchronized List<Job> jobs(String tenant, JobType type) {
        return jobs.values().stream().filter(job -> job.tenant().equals(tenant) && job.type() == type).toList();
    }

    /** Forgets every job and returns them, so the caller can release what they hold. */
    public synchronized List<Job> clear() {
        List<Job> removed = new ArrayList<>(jobs.values());
        jobs.clear();
        return removed;
    }
}
