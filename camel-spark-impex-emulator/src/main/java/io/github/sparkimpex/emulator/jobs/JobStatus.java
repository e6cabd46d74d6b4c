package io.github.sparkimpex.emulator.jobs;

import java.util.Locale;

/** The states an ImpEx job reports in {@code status}. */
public enum JobStatus {
    CREATED,
    IN_PROGRESS,
    COMPLETED,
    CLOSED,
    FAILED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A running job holds its tenant's job slot; every other state is terminal. */
    public boolean isRunning() {
        return this == CREATED || this == IN_PROGRESS;
    }

    public static JobStatus fromWireName(String name) {
        for (JobStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown job status: " + name);
    }
}
