package io.github.sparkimpex.emulator.core;

import io.github.sparkimpex.emulator.jobs.JobStatus;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything configurable about an emulator; built by {@code SparkImpexEmulator.Builder}. The options cover the
 * points the reference marks as inferred, so a test can try the alternatives.
 *
 * @param host                 interface both servers bind to
 * @param port                 API port, 0 for a free one
 * @param filePort             file-host port, 0 for a free one
 * @param pollsUntilDone       status polls answered {@code in_progress} before a job finishes
 * @param jobDuration          if set, jobs finish after this time instead of after polls
 * @param tokenLifetime        lifetime of issued OAuth2 access tokens
 * @param maxPackageSize       largest package in bytes, for uploads and exports (Spark: 200 MB)
 * @param jobLimit             jobs of one type a tenant may run at once (Spark: 1)
 * @param jobLimitStatus       HTTP status answering a job over the limit (undocumented; 409)
 * @param initialStatus        status in the POST response: {@code in_progress} or {@code created}
 * @param successStatus        terminal success status: {@code completed} or {@code closed}
 * @param fileHashAlgorithm    digest of {@code file_hash} (undocumented; SHA-256, lowercase hex)
 * @param recentJobsWindow     how long ended jobs stay in {@code recent_exports}/{@code recent_imports}
 * @param defaultPayloadSize   payload bytes of a version that names no size
 * @param ownJobsOnly          tenant-wide status lists show only the caller's jobs unless it is a supervisor
 * @param workDirectory        where packages and uploads are kept; {@code null} for a fresh temp directory
 * @param clock                time source for timestamps, token expiry and the recent-jobs window
 */
public record EmulatorSettings(String host,
                               int port,
                               int filePort,
                               int pollsUntilDone,
                               Duration jobDuration,
                               Duration tokenLifetime,
                               long maxPackageSize,
                               int jobLimit,
                               int jobLimitStatus,
                               JobStatus initialStatus,
                               JobStatus successStatus,
                               String fileHashAlgorithm,
                               Duration recentJobsWindow,
                               int defaultPayloadSize,
                               boolean ownJobsOnly,
                               Path workDirectory,
                               Clock clock) {

    public static final long DEFAULT_MAX_PACKAGE_SIZE = 200L * 1024 * 1024;

    public EmulatorSettings {
        requireRange("port", port, 0, 65535);
        requireRange("filePort", filePort, 0, 65535);
        requireRange("pollsUntilDone", pollsUntilDone, 0, Integer.MAX_VALUE);
        requireRange("jobLimit", jobLimit, 1, Integer.MAX_VALUE);
        requireRange("jobLimitStatus", jobLimitStatus, 400, 599);
        requireRange("defaultPayloadSize", defaultPayloadSize, 0, Integer.MAX_VALUE);
        if (maxPackageSize <= 0) {
            throw new IllegalArgumentException("maxPackageSize must be positive");
        }
        if (jobDuration != null && jobDuration.isNegative()) {
            throw new IllegalArgumentException("jobDuration cannot be negative");
        }
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("tokenLifetime must be positive");
        }
        if (!initialStatus.isRunning()) {
            throw new IllegalArgumentException("initialStatus must be created or in_progress");
        }
        if (successStatus != JobStatus.COMPLETED && successStatus != JobStatus.CLOSED) {
            throw new IllegalArgumentException("successStatus must be completed or closed");
        }
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
