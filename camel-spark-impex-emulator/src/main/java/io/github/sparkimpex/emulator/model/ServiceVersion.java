package io.github.sparkimpex.emulator.model;

import java.util.Objects;

/** One immutable version of a service. */
public record ServiceVersion(SemanticVersion version, String versionId, Payload payload) {

    public ServiceVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(payload, "payload");
    }
}
