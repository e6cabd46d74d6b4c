package io.github.sparkimpex.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One service version of a job's outputs; the destination fields and status are filled for imports only. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceVersionOutput(
        String serviceUriSource,
        String folderSource,
        String serviceSource,
        String versionSource,
        String serviceIdSource,
        String versionIdSource,
        String serviceUriDestination,
        String folderDestination,
        String serviceDestination,
        String versionDestination,
        String serviceIdDestination,
        String versionIdDestination,
        String status) {
}
