package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.jobs.JobOutputs;

import java.util.List;

/** {@code outputs} of an import job status, serialised in snake_case with the documented field order. */
public record ImportOutputs(List<ImportedService> services, List<ImportedVersion> serviceVersions)
        implements JobOutputs {

    public ImportOutputs {
        services = List.copyOf(services);
        serviceVersions = List.copyOf(serviceVersions);
    }

    public static ImportOutputs empty() {
        return new ImportOutputs(List.of(), List.of());
    }

    /** An imported service; {@code status} is {@code added}, {@code replaced} or {@code updated}. */
    public record ImportedService(String serviceUriSource, String folderSource, String serviceSource,
                                  String serviceIdSource, String serviceUriDestination, String folderDestination,
                                  String serviceDestination, String serviceIdDestination, String status) {
    }

    /** An imported version; URIs are {@code folder/service[version]}; {@code status} is added or replaced. */
    public record ImportedVersion(String serviceUriSource, String folderSource, String serviceSource,
                                  String versionSource, String serviceIdSource, String versionIdSource,
                                  String folderDestination, String serviceDestination, String versionDestination,
                                  String serviceUriDestination, String serviceIdDestination,
                                  String versionIdDestination, String status) {
    }
}
