package io.github.sparkimpex.emulator.jobs;

/** How a job ends, as chosen by the job fault switches when the job is created. */
public enum JobBehaviour {
    /** Does its work when its time has come. */
    NORMAL,
    /** Ends {@code failed} with an {@code INJECTED_FAILURE} error instead of doing its work. */
    FAIL,
    /** Stays {@code in_progress} until it is cancelled. */
    STICK
}
