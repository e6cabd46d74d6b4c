package io.github.sparkimpex.emulator.faults;

/**
 * The fault switches of one scope (global or a tenant) at one moment.
 *
 * @param rateLimitRemaining      requests still to be answered 429
 * @param retryAfterSeconds       value of {@code Retry-After} on those 429s
 * @param serverErrorsRemaining   requests still to be answered with {@code serverErrorStatus}
 * @param serverErrorStatus       5xx status of injected server errors
 * @param slowResponsesMillis     delay added to every API request, 0 for none
 * @param downloadErrorsRemaining downloads still to be answered with {@code downloadErrorStatus}
 * @param downloadErrorStatus     5xx status of injected download errors
 * @param cutNextDownload         whether the next download is cut half way
 * @param failNextJob             whether the next job ends {@code failed}
 * @param stickNextJob            whether the next job stays {@code in_progress} until cancelled
 */
public record FaultState(int rateLimitRemaining,
                         int retryAfterSeconds,
                         int serverErrorsRemaining,
                         int serverErrorStatus,
                         long slowResponsesMillis,
                         int downloadErrorsRemaining,
                         int downloadErrorStatus,
                         boolean cutNextDownload,
                         boolean failNextJob,
                         boolean stickNextJob) {
}
