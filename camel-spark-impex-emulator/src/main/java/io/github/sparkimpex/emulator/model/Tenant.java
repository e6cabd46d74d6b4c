package io.github.sparkimpex.emulator.model;

import io.github.sparkimpex.emulator.auth.TenantCredentials;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A tenant: its credentials and its folders. The folders, services and versions below a tenant are plain
 * mutable objects; every read or write of them goes through {@link #locked}, which serialises the work on this
 * tenant and leaves other tenants free.
 */
public final class Tenant {

    private final String name;
    private final TenantCredentials credentials;
    private final TreeMap<String, Folder> folders = new TreeMap<>();

    public Tenant(String name, TenantCredentials credentials) {
        this.name = Names.requireValidTenant(name);
        this.credentials = credentials;
    }

    public String name() {
        return name;
    }

    public TenantCredentials credentials() {
        return credentials;
    }

    /** Runs {@code work} while holding this tenant's lock; the only way to reach folders and services. */
    public synchronized <T> T locked(Function<Tenant, T> work) {
        return work.apply(this);
    }

    public List<Folder> folders() {
        requireLock();
        return List.copyOf(folders.values());
    }

    public Optional<Folder> folder(String folderName) {
        requireLock();
        return Optional.ofNullable(folders.get(folderName));
    }

    public Folder createFolder(String folderName) {
        requireLock();
        if (folders.containsKey(folderName)) {
            throw new IllegalStateException("Tenant " + name + " already has folder " + folderName);
        }
        Folder folder = new Folder(folderName);
        folders.put(folderName, folder);
        return folder;
    }

    public Optional<LocatedService> serviceById(String serviceId) {
        return services().filter(located -> located.service().serviceId().equalsIgnoreCase(serviceId)).findFirst();
    }

    public Optional<LocatedVersion> versionById(String versionId) {
        return services().flatMap(located -> located.service().versions().stream()
                        .map(version -> new LocatedVersion(located.folder(), located.service(), version)))
                .filter(located -> located.version().versionId().equalsIgnoreCase(versionId))
                .findFirst();
    }

    public boolean hasServiceId(String serviceId) {
        return serviceById(serviceId).isPresent();
    }

    public boolean hasVersionId(String versionId) {
        return versionById(versionId).isPresent();
    }

    /** Every service of the tenant with its folder, sorted by folder then service name. */
    public Stream<LocatedService> services() {
        requireLock();
        return folders.values().stream()
                .flatMap(folder -> folder.services().stream().map(service -> new LocatedService(folder, service)));
    }

    private void requireLock() {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("Tenant " + name + " must be reached through Tenant.locked");
        }
    }

    /** A service together with the folder that holds it. */
    public record LocatedService(Folder folder, SparkService service) {
    }

    /** A version together with its service and folder. */
    public record LocatedVersion(Folder folder, SparkService service, ServiceVersion version) {
    }
}
