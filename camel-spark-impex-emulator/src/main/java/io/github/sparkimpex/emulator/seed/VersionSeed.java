package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A service version of the seed. Written either as a plain semantic version string or as an object.
 *
 * @param version     semantic version {@code MAJOR.MINOR.PATCH}
 * @param versionId   fixed version id (UUID); {@code null} derives a stable id from the version's coordinates
 * @param payloadSize size in bytes of the version's generated payload; {@code null} keeps the default
 */
public record VersionSeed(String version, String versionId, Integer payloadSize) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public VersionSeed {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static VersionSeed of(String version) {
        return new VersionSeed(version, null, null);
    }
}
