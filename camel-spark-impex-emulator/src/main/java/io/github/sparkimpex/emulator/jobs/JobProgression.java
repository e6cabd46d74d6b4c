package io.github.sparkimpex.emulator.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Decides when a running job finishes. By default a job answers {@code in_progress} to a set number of status
 * polls and finishes on the next one, which lets a test drive a job step by step without sleeping. With a job
 * duration, jobs instead finish that long after they were created, whether or not anybody polls.
 */
public final class JobProgression implements AutoCloseable {

    private final int pollsUntilDone;
    private final Duration jobDuration;
    private final ScheduledExecutorService scheduler;

    /**
     * @param pollsUntilDone status polls answered {@code in_progress} before the job finishes
     * @param jobDuration    if not {@code null}, jobs finish after this time and polls do not count
     */
    public JobProgression(int pollsUntilDone, Duration jobDuration) {
        if (pollsUntilDone < 0) {
            throw new IllegalArgumentException("pollsUntilDone cannot be negative");
        }
        this.pollsUntilDone = pollsUntilDone;
        this.jobDuration = jobDuration;
        this.scheduler = jobDuration == null ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spark-impex-emulator-jobs");
            thread.setDaemon(true);
            return thread;
        });
    }

    public void started(Job job) {
        if (scheduler != null) {
            scheduler.schedule(job::finish, jobDuration.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Called for every {@code GET .../{jobId}/status}. */
    public void polled(Job job) {
        int polls = job.recordStatusPoll();
        if (scheduler == null && polls > pollsUntilDone) {
            job.finish();
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
