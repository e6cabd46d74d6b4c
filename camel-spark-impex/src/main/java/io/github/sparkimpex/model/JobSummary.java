package io.github.sparkimpex.model;

/** One job of a tenant-wide listing ({@code in_progress_*} or {@code recent_*}). */
public record JobSummary(
        JobType type,
        String id,
        String status,
        String createdBy,
        String createdTimestamp,
        String updatedTimestamp,
        String responseTimestamp,
        Long processTime) {

    public JobState state() {
        return JobState.of(status);
    }
}
