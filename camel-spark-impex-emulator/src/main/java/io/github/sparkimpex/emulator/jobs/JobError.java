package io.github.sparkimpex.emulator.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One element of a failed job's {@code errors} array (and of HTTP error bodies). Spark does not document the
 * shape; the emulator uses {@code {"error_code": "SERVICE_NOT_FOUND", "message": "...", "item": "pricing/nope"}}.
 *
 * @param errorCode machine-readable code in upper snake case
 * @param message   human-readable explanation
 * @param item      the request item the error is about, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobError(String errorCode, String message, String item) {

    public static JobError of(String errorCode, String message) {
        return new JobError(errorCode, message, null);
    }

    public static JobError about(String item, String errorCode, String message) {
        return new JobError(errorCode, message, item);
    }
}
