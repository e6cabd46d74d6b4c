package io.github.sparkimpex.emulator.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A consistent, immutable view of a job at one moment, from which responses are rendered. */
public record JobSnapshot(String id,
                          String tenant,
                          JobType type,
                          JobStatus status,
                          String createdBy,
                          Instant createdAt,
                          Instant updatedAt,
                          Instant finishedAt,
                          int statusPolls,
                          String sourceSystem,
                          String correlationId,
                          JobOutputs outputs,
                          List<JobError> errors) {

    /** Milliseconds the job has been running, or ran until it ended. */
    public long processTimeMillis(Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        return Math.max(0, Duration.between(createdAt, end).toMillis());
    }
}
