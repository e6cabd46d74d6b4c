package io.github.sparkimpex.emulator.admin;

import io.github.sparkimpex.emulator.jobs.JobError;

import java.time.Instant;
import java.util.List;

/**
 * A job as the admin API shows it.
 *
 * @param type        {@code export} or {@code import}
 * @param status      wire status, e.g. {@code in_progress}
 * @param statusPolls how many times its status was requested
 * @param finishedAt  when it ended, {@code null} while it runs
 * @param errors      the errors of a failed job, else {@code null}
 */
public record JobInfo(String id,
                      String type,
                      String status,
                      String createdBy,
                      Instant createdAt,
                      Instant updatedAt,
                      Instant finishedAt,
                      int statusPolls,
                      String sourceSystem,
                      String correlationId,
                      List<JobError> errors) {
}
