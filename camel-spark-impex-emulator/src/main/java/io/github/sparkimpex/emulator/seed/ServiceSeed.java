package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.List;

/**
 * A service of the seed.
 *
 * @param serviceId fixed service id (UUID); {@code null} derives a stable id from tenant, folder and service name
 * @param versions  its versions, in any order
 */
public record ServiceSeed(String serviceId, List<VersionSeed> versions) {

    @JsonCreator
    public ServiceSeed {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }
}
