package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.model.SemanticVersion;

/** {@code update_version_type}: how versions added to an existing service are numbered. */
public enum UpdateVersionType {
    /** 1.3.1 becomes 2.0.0. */
    MAJOR,
    /** 1.3.1 becomes 1.4.0; the default. */
    MINOR,
    /** 1.3.1 becomes 1.3.2. */
    PATCH,
    /** Keep the source's semantic versions; the import fails if one already exists. */
    COPY;

    /** The version after {@code base}; {@link #COPY} does not bump and must not be asked to. */
    public SemanticVersion bump(SemanticVersion base) {
        return switch (this) {
            case MAJOR -> base.nextMajor();
            case MINOR -> base.nextMinor();
            case PATCH -> base.nextPatch();
            case COPY -> throw new IllegalStateException("copy keeps the source version");
        };
    }
}
