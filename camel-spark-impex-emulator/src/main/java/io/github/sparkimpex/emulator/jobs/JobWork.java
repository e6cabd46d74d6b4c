package io.github.sparkimpex.emulator.jobs;

/**
 * What a job does when it finishes. The emulator performs the whole job at the moment the job leaves
 * {@code in_progress}, so that a cancelled job never touches the tenant.
 */
public interface JobWork {

    /** Outputs shown while the job runs, or after it failed or was cancelled. */
    JobOutputs emptyOutputs();

    /** Does the job. Exceptions are turned into a failed job by {@link Job}. */
    JobOutcome perform() throws Exception;

    /** Releases what the job held (an uploaded package) when it ends without {@link #perform()}. */
    void discard();
}
