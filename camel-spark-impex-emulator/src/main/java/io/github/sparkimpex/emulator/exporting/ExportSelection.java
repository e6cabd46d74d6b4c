package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.jobs.JobError;

import java.util.List;

/**
 * What an export request resolves to in a tenant: the union of the versions of every item, sorted and without
 * duplicates, and an error for every item that could not be resolved.
 */
public record ExportSelection(List<SelectedVersion> versions, List<JobError> errors) {

    public ExportSelection {
        versions = List.copyOf(versions);
        errors = List.copyOf(errors);
    }

    public long payloadBytes() {
        return versions.stream().mapToLong(selected -> selected.version().payload().size()).sum();
    }
}
