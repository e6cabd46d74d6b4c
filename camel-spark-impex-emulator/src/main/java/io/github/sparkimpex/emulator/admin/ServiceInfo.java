package io.github.sparkimpex.emulator.admin;

import java.util.List;
import java.util.Optional;

/** A service of a tenant with its versions in ascending order, as the admin API shows it. */
public record ServiceInfo(String folder, String service, String serviceId, List<VersionInfo> versions) {

    public ServiceInfo {
        versions = List.copyOf(versions);
    }

    /** The semantic versions, ascending, e.g. {@code ["1.0.0", "1.1.0"]}. */
    public List<String> versionNumbers() {
        return versions.stream().map(VersionInfo::version).toList();
    }

    public Optional<VersionInfo> version(String version) {
        return versions.stream().filter(info -> info.version().equals(version)).findFirst();
    }

    /** {@code folder/service}. */
    public String uri() {
        return folder + "/" + service;
    }
}
