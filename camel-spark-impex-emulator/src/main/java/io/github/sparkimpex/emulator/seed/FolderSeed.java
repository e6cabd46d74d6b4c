package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A folder of the seed with its services by name. */
public record FolderSeed(Map<String, ServiceSeed> services) {

    @JsonCreator
    public FolderSeed {
        services = services == null ? Map.of() : orderedCopy(services);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, ServiceSeed> orderedCopy(Map<String, ServiceSeed> services) {
        Map<String, ServiceSeed> copy = new LinkedHashMap<>();
        services.forEach((name, service) -> copy.put(name, service == null ? new ServiceSeed(null, null) : service));
        return Collections.unmodifiableMap(copy);
    }

    /** Fluent Java construction of a folder. */
    public static final class Builder {
        private final Map<String, ServiceSeed> services = new LinkedHashMap<>();

        private Builder() {
        }

        /** A service with the given semantic versions, ids and payloads derived by the emulator. */
        public Builder service(String name, String... versions) {
            services.put(name, new ServiceSeed(null, List.of(versions).stream().map(VersionSeed::of).toList()));
            return this;
        }

        public Builder service(String name, ServiceSeed service) {
            services.put(name, service);
            return this;
        }

        public FolderSeed build() {
            return new FolderSeed(services);
        }
    }
}
