package io.github.sparkimpex.emulator.faults;

import io.github.sparkimpex.emulator.jobs.JobBehaviour;

import java.time.Duration;
import java.util.Optional;

/**
 * The fault switches of one scope. Counted faults ("the next N requests") are consumed one per request, so a
 * test knows exactly which of its requests will fail.
 */
public final class FaultSwitches {

    private int rateLimitRemaining;
    private int retryAfterSeconds;
    private int serverErrorsRemaining;
    private int serverErrorStatus = 503;
    private Duration slowResponses = Duration.ZERO;
    private int downloadErrorsRemaining;
    private int downloadErrorStatus = 503;
    private boolean cutNextDownload;
    private boolean failNextJob;
    private boolean stickNextJob;

    public synchronized void rateLimit(int requests, int retryAfterSeconds) {
        requireCount(requests);
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds cannot be negative");
        }
        this.rateLimitRemaining = requests;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public synchronized void serverErrors(int requests, int status) {
        requireCount(requests);
        this.serverErrorsRemaining = requests;
        this.serverErrorStatus = requireServerError(status);
    }

    public synchronized void slowResponses(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("The delay cannot be negative");
        }
        this.slowResponses = delay;
    }

    public synchronized void downloadErrors(int downloads, int status) {
        requireCount(downloads);
        this.downloadErrorsRemaining = downloads;
        this.downloadErrorStatus = requireServerError(status);
    }

    public synchronized void cutNextDownload() {
        this.cutNextDownload = true;
    }

    public synchronized void failNextJob() {
        this.failNextJob = true;
    }

    public synchronized void stickNextJob() {
        this.stickNextJob = true;
    }

    public synchronized void clear() {
        rateLimitRemaining = 0;
        serverErrorsRemaining = 0;
        slowResponses = Duration.ZERO;
        downloadErrorsRemaining = 0;
        cutNextDownload = false;
        failNextJob = false;
        stickNextJob = false;
    }

    synchronized Duration slowResponses() {
        return slowResponses;
    }

    synchronized Optional<InjectedResponse> takeRequestFault() {
        if (rateLimitRemaining > 0) {
            rateLimitRemaining--;
            return Optional.of(InjectedResponse.rateLimited(retryAfterSeconds));
        }
        if (serverErrorsRemaining > 0) {
            serverErrorsRemaining--;
            return Optional.of(InjectedResponse.serverError(serverErrorStatus));
        }
        return Optional.empty();
    }

    synchronized Optional<InjectedResponse> takeDownloadFault() {
        if (downloadErrorsRemaining > 0) {
            downloadErrorsRemaining--;
            return Optional.of(InjectedResponse.serverError(downloadErrorStatus));
        }
        return Optional.empty();
    }

    synchronized boolean takeCutDownload() {
        boolean cut = cutNextDownload;
        cutNextDownload = false;
        return cut;
    }

    /** The behaviour of the next job, consuming the switch that chose it; {@code null} if none is set. */
    synchronized JobBehaviour takeJobBehaviour() {
        if (stickNextJob) {
            stickNextJob = false;
            return JobBehaviour.STICK;
        }
        if (failNextJob) {
            failNextJob = false;
            return JobBehaviour.FAIL;
        }
        return null;
    }

    public synchronized FaultState state() {
        return new FaultState(rateLimitRemaining, retryAfterSeconds, serverErrorsRemaining, serverErrorStatus,
                slowResponses.toMillis(), downloadErrorsRemaining, downloadErrorStatus, cutNextDownload,
                failNextJob, stickNextJob);
    }

    private static void requireCount(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("The number of requests cannot be negative");
        }
    }

    private static int requireServerError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("A server error status must be 5xx: " + status);
        }
        return status;
    }
}
