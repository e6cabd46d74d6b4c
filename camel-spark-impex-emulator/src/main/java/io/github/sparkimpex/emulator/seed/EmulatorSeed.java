package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The initial state of an emulator: its tenants with their credentials, folders, services and versions.
 * Read from YAML or JSON with {@link SeedReader}, or built in Java with {@link #builder()}.
 *
 * @param defaultPayloadSize payload size in bytes for versions that do not name one; {@code null} keeps the
 *                           emulator's configured default
 * @param tenants            tenants by name, in declaration order
 */
public record EmulatorSeed(Integer defaultPayloadSize, Map<String, TenantSeed> tenants) {

    @JsonCreator
    public EmulatorSeed {
        tenants = tenants == null ? Map.of() : copyOf(tenants);
    }

    /** A seed without any tenant: tenants can still be created through the admin API. */
    public static EmulatorSeed empty() {
        return new EmulatorSeed(null, Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, TenantSeed> copyOf(Map<String, TenantSeed> tenants) {
        // LinkedHashMap keeps the author's order, which the startup banner and listings follow.
        Map<String, TenantSeed> copy = new LinkedHashMap<>();
        tenants.forEach((name, tenant) -> copy.put(name, tenant == null ? TenantSeed.builder().build() : tenant));
        return Collections.unmodifiableMap(copy);
    }

    /** Fluent Java construction of a seed. */
    public static final class Builder {
        private Integer defaultPayloadSize;
        private final Map<String, TenantSeed> tenants = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder defaultPayloadSize(int bytes) {
            this.defaultPayloadSize = bytes;
            return this;
        }

        public Builder tenant(String name, Consumer<TenantSeed.Builder> definition) {
            TenantSeed.Builder tenant = TenantSeed.builder();
            definition.accept(tenant);
            tenants.put(name, tenant.build());
            return this;
        }

        public Builder tenant(String name, TenantSeed tenant) {
            tenants.put(name, tenant);
            return this;
        }

        public EmulatorSeed build() {
            return new EmulatorSeed(defaultPayloadSize, tenants);
        }
    }
}
