package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.Timestamps;
import io.github.sparkimpex.emulator.jobs.JobError;
import io.undertow.util.StatusCodes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The emulator's HTTP error body. Spark does not document one for ImpEx, so the emulator picks a shape that
 * carries what a client needs from any Spark API family: a numeric {@code status}, a machine-readable
 * {@code error_code}, a {@code message}, and the same in an {@code errors} array like a failed job's:
 * <pre>
 * {"status": 409, "error": "Conflict", "error_code": "JOB_LIMIT_REACHED", "message": "...",
 *  "errors": [{"error_code": "JOB_LIMIT_REACHED", "message": "..."}],
 *  "response_timestamp": "2025-01-01T00:00:00.000Z", "job_id": "..."}
 * </pre>
 * Extra fields such as {@code job_id} depend on the error.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static Map<String, Object> of(int status, String errorCode, String message, Map<String, Object> details,
                                         Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", StatusCodes.getReason(status));
        body.put("error_code", errorCode);
        body.put("message", message);
        body.put("errors", List.of(JobError.of(errorCode, message)));
        body.put("response_timestamp", Timestamps.format(now));
        body.putAll(details);
        return body;
    }
}
