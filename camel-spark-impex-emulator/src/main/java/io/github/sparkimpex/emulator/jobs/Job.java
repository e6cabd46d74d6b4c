package io.github.sparkimpex.emulator.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One export or import job and its state machine: {@code created}/{@code in_progress} until it finishes
 * (success status, {@code failed}) or is cancelled. When it finishes is decided by {@link JobProgression}.
 */
public final class Job {

    private static final Logger LOG = LoggerFactory.getLogger(Job.class);

    private final String id;
    private final String tenant;
    private final JobType type;
    private final String createdBy;
    private final String sourceSystem;
    private final String correlationId;
    private final JobWork work;
    private final JobBehaviour behaviour;
    private final JobStatus successStatus;
    private final Clock clock;
    private final Instant createdAt;

    // Read without the lock by the job-limit check, hence volatile; written only under the lock.
    private volatile JobStatus status;
    private Instant updatedAt;
    private Instant finishedAt;
    private int statusPolls;
    private JobOutcome outcome;

    public Job(String id, String tenant, JobType type, String createdBy, String sourceSystem, String correlationId,
               JobWork work, JobBehaviour behaviour, JobStatus initialStatus, JobStatus successStatus, Clock clock) {
        if (!initialStatus.isRunning() || successStatus.isRunning()) {
            throw new IllegalArgumentException("A job starts running and succeeds in a terminal state");
        }
        this.id = id;
        this.tenant = tenant;
        this.type = type;
        this.createdBy = createdBy;
        this.sourceSystem = sourceSystem;
        this.correlationId = correlationId;
        this.work = work;
        this.behaviour = behaviour;
        this.successStatus = successStatus;
        this.clock = clock;
        this.createdAt = clock.instant();
        this.updatedAt = createdAt;
        this.status = initialStatus;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public JobType type() {
        return type;
    }

    public boolean isRunning() {
        return status.isRunning();
    }

    /** Counts a status request; the first one moves a {@code created} job to {@code in_progress}. */
    public synchronized int recordStatusPoll() {
        statusPolls++;
        if (status == JobStatus.CREATED) {
            status = JobStatus.IN_PROGRESS;
            updatedAt = clock.instant();
        }
        return statusPolls;
    }

    /**
     * Ends a running job by doing its work, unless a fault switch made it stick. Runs the work under this
     * job's lock, so concurrent status requests see either the running job or its final state.
     */
    public synchronized void finish() {
        if (!status.isRunning() || behaviour == JobBehaviour.STICK) {
            return;
        }
        JobOutcome result = behaviour == JobBehaviour.FAIL ? injectedFailure() : performWork();
        outcome = result;
        status = result.isFailure() ? JobStatus.FAILED : successStatus;
        finishedAt = clock.instant();
        updatedAt = finishedAt;
        LOG.info("{} job {} of tenant {} ended {}", type.wireName(), id, tenant, status.wireName());
    }

    /** Cancels a running job; a job that already ended keeps its state. Returns whether it was cancelled. */
    public synchronized boolean cancel() {
        if (!status.isRunning()) {
            return false;
        }
        work.discard();
        status = JobStatus.CANCELLED;
        finishedAt = clock.instant();
        updatedAt = finishedAt;
        LOG.info("{} job {} of tenant {} cancelled", type.wireName(), id, tenant);
        return true;
    }

    /** Drops what the job holds when the emulator is reset. */
    public synchronized void discard() {
        if (status.isRunning()) {
            work.discard();
        }
    }

    public synchronized JobSnapshot snapshot() {
        JobOutputs outputs = outcome == null ? work.emptyOutputs() : outcome.outputs();
        List<JobError> errors = outcome == null ? null : outcome.errors();
        return new JobSnapshot(id, tenant, type, status, createdBy, createdAt, updatedAt, finishedAt, statusPolls,
                sourceSystem, correlationId, outputs, errors);
    }

    private JobOutcome injectedFailure() {
        work.discard();
        return JobOutcome.failed(work.emptyOutputs(), List.of(JobError.of("INJECTED_FAILURE",
                "The job failed because the emulator's failNextJob fault switch was set")));
    }

    private JobOutcome performWork() {
        try {
            return work.perform();
        } catch (Exception e) {
            LOG.warn("{} job {} of tenant {} failed unexpectedly", type.wireName(), id, tenant, e);
            work.discard();
            return JobOutcome.failed(work.emptyOutputs(), List.of(JobError.of("INTERNAL_ERROR",
                    "The emulator could not complete the job: " + e)));
        }
    }
}
