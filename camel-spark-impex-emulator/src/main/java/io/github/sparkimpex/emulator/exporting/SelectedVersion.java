package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.model.ServiceVersion;

import java.util.Comparator;

/** A version chosen for a package, with the coordinates of its service. */
public record SelectedVersion(String folder, String service, String serviceId, ServiceVersion version) {

    /** Folder, then service, then semantic version: the order of packages and outputs. */
    public static final Comparator<SelectedVersion> ORDER = Comparator.comparing(SelectedVersion::folder)
            .thenComparing(SelectedVersion::service)
            .thenComparing(selected -> selected.version().version());

    public String serviceUri() {
        return folder + "/" + service;
    }

    public String versionUri() {
        return serviceUri() + "[" + version.version() + "]";
    }
}
