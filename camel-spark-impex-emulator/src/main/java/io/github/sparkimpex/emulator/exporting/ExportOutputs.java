package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.jobs.JobOutputs;

import java.util.List;

/** {@code outputs} of an export job status, serialised in snake_case. */
public record ExportOutputs(List<ExportedFile> files, List<ExportedService> services,
                            List<ExportedVersion> serviceVersions) implements JobOutputs {

    public ExportOutputs {
        files = List.copyOf(files);
        services = List.copyOf(services);
        serviceVersions = List.copyOf(serviceVersions);
    }

    public static ExportOutputs empty() {
        return new ExportOutputs(List.of(), List.of(), List.of());
    }

    /**
     * A package to download.
     *
     * @param file     absolute URL on the file host
     * @param fileHash lowercase hex digest of the ZIP (SHA-256 unless configured otherwise)
     */
    public record ExportedFile(String file, String fileHash) {
    }

    /** A service in the package. */
    public record ExportedService(String serviceUriSource, String folderSource, String serviceSource,
                                  String serviceIdSource) {
    }

    /** A version in the package; {@code serviceUriSource} is {@code folder/service[version]}. */
    public record ExportedVersion(String serviceUriSource, String folderSource, String serviceSource,
                                  String versionSource, String serviceIdSource, String versionIdSource) {
    }
}
