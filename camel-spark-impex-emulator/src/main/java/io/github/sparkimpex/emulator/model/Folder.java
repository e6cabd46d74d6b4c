package io.github.sparkimpex.emulator.model;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** A folder and its services by name. Not thread-safe: reach it only through {@link Tenant#locked}. */
public final class Folder {

    private final String name;
    private final TreeMap<String, SparkService> services = new TreeMap<>();

    public Folder(String name) {
        this.name = Names.requireValid("folder", name);
    }

    public String name() {
        return name;
    }

    /** Services sorted by name. */
    public List<SparkService> services() {
        return List.copyOf(services.values());
    }

    public Optional<SparkService> service(String serviceName) {
        return Optional.ofNullable(services.get(serviceName));
    }

    public void add(SparkService service) {
        if (services.containsKey(service.name())) {
            throw new IllegalStateException("Folder " + name + " already has service " + service.name());
        }
        services.put(service.name(), service);
    }
}
