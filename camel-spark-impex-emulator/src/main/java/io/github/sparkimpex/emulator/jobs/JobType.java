package io.github.sparkimpex.emulator.jobs;

import java.util.Locale;

/** The two kinds of ImpEx job, with the names each uses on the wire. */
public enum JobType {
    EXPORT,
    IMPORT;

    /** {@code export} or {@code import}: the {@code object} field and the path segment. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Field of the cancel request body and of tenant-wide list entries: {@code export_status}. */
    public String statusField() {
        return wireName() + "_status";
    }

    /** {@code in_progress_exports} / {@code in_progress_imports}. */
    public String inProgressListField() {
        return "in_progress_" + wireName() + "s";
    }

    /** {@code recent_exports} / {@code recent_imports}. */
    public String recentListField() {
        return "recent_" + wireName() + "s";
    }

    /** {@code export_api_job_limit} / {@code import_api_job_limit}. */
    public String jobLimitField() {
        return wireName() + "_api_job_limit";
    }

    /** {@code export_api_jobs_in_progress} / {@code import_api_jobs_in_progress}. */
    public String jobsInProgressField() {
        return wireName() + "_api_jobs_in_progress";
    }

    public static JobType fromWireName(String name) {
        for (JobType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown job type: " + name);
    }
}
