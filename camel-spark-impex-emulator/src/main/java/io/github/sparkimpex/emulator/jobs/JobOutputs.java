package io.github.sparkimpex.emulator.jobs;

/** The {@code outputs} object of a job status document; each job type has its own record. */
public interface JobOutputs {
}
