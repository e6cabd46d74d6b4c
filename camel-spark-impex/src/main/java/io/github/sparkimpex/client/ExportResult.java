package io.github.sparkimpex.client;

import java.util.List;

import io.github.sparkimpex.model.JobStatus;

/** A finished export: its final status and every package file it produced, downloaded. */
public record ExportResult(JobStatus status, List<DownloadedPackage> packages) {

    public ExportResult {
        packages = List.copyOf(packages);
    }
}
