package io.github.sparkimpex.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code outputs} of a job status: the package files of an export, and the services and versions touched. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobOutputs(List<ExportedFile> files, List<ServiceOutput> services, List<ServiceVersionOutput> serviceVersions) {

    public static final JobOutputs EMPTY = new JobOutputs(List.of(), List.of(), List.of());

    public JobOutputs {
        files = files == null ? List.of() : List.copyOf(files);
        services = services == null ? List.of() : List.copyOf(services);
        serviceVersions = serviceVersions == null ? List.of() : List.copyOf(serviceVersions);
    }
}
