package io.github.sparkimpex.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One service of a job's outputs; the destination fields and status are filled for imports only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceOutput(
        String serviceUriSource,
        String folderSource,
        String serviceSource,
        String serviceIdSource,
        String serviceUriDestination,
        String folderDestination,
        String serviceDestination,
        String serviceIdDestination,
        String status) {
}
