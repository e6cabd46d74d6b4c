package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.model.ServiceVersion;

import java.util.List;
import java.util.Locale;

/** {@code version_filter}: which versions of each named service or folder go into the package. */
public enum VersionFilter {
    /** Only the newest version (of each service, or of each bracketed version match). */
    LATEST,
    /** Every version (of each service, or every version of a bracketed match). */
    ALL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param versions candidate versions in ascending order */
    public List<ServiceVersion> apply(List<ServiceVersion> versions) {
        if (this == ALL || versions.isEmpty()) {
            return versions;
        }
        return List.of(versions.get(versions.size() - 1));
    }
}
