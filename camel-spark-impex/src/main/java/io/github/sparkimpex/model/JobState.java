package io.github.sparkimpex.model;

import java.util.Locale;
import java.util.Set;

/**
 * How a client must read a job's {@code status}.
 *
 * <p>The SDKs only stop on {@code completed}/{@code closed} and so report a failed job as a timeout. Here every status
 * that is not known to mean "still running" ends the wait, so failures surface at once with Spark's errors.
 */
public enum JobState {
    SUCCEEDED,
    RUNNING,
    FAILED;

    private static final Set<String> SUCCESS = Set.of("completed", "closed");
    private static final Set<String> PENDING = Set.of("created", "queued", "in_progress");

    public static JobState of(String status) {
        String value = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
        if (SUCCESS.contains(value)) {
            return SUCCEEDED;
        }
        return PENDING.contains(value) ? RUNNING : FAILED;
    }

    public boolean isFinal() {
        return this != RUNNING;
    }
}
