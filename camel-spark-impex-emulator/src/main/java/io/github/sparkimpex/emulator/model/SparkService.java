package io.github.sparkimpex.emulator.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A service in a folder and its versions in ascending order. Not thread-safe: reach it only through
 * {@link Tenant#locked}.
 */
public final class SparkService {

    private final String name;
    private final String serviceId;
    private final TreeMap<SemanticVersion, ServiceVersion> versions = new TreeMap<>();

    public SparkService(String name, String serviceId) {
        this.name = Names.requireValid("service", name);
        this.serviceId = Ids.requireUuid("service id", serviceId);
    }

    public String name() {
        return name;
    }

    public String serviceId() {
        return serviceId;
    }

    /** Versions in ascending semantic order. */
    public List<ServiceVersion> versions() {
        return List.copyOf(versions.values());
    }

    public Optional<ServiceVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }

    public Optional<ServiceVersion> version(SemanticVersion version) {
        return Optional.ofNullable(versions.get(version));
    }

    public void add(ServiceVersion version) {
        if (versions.containsKey(version.version())) {
            throw new IllegalStateException("Service " + name + " already has version " + version.version());
        }
        versions.put(version.version(), version);
    }

    /** Drops every version and keeps only the given ones, as an import with {@code replace} does. */
    public void replaceVersions(Collection<ServiceVersion> replacement) {
        versions.clear();
        new ArrayList<>(replacement).forEach(this::add);
    }
}
