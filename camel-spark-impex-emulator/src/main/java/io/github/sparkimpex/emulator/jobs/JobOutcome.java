package io.github.sparkimpex.emulator.jobs;

import java.util.List;

/** What a job's work produced: outputs on success, errors on failure. */
public record JobOutcome(JobOutputs outputs, List<JobError> errors) {

    public JobOutcome {
        errors = errors == null ? null : List.copyOf(errors);
    }

    public static JobOutcome succeeded(JobOutputs outputs) {
        return new JobOutcome(outputs, null);
    }

    public static JobOutcome failed(JobOutputs emptyOutputs, List<JobError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("A failed job needs at least one error");
        }
        return new JobOutcome(emptyOutputs, errors);
    }

    public boolean isFailure() {
        return errors != null;
    }
}
