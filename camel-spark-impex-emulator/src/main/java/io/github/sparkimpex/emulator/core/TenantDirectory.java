package io.github.sparkimpex.emulator.core;

import io.github.sparkimpex.emulator.model.Tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulator's tenants by name, in creation order. */
public final class TenantDirectory {

    private final Map<String, Tenant> tenants = new LinkedHashMap<>();

    public synchronized Optional<Tenant> find(String name) {
        return Optional.ofNullable(tenants.get(name));
    }

    /** The tenant, or a 404 {@code TENANT_NOT_FOUND}. */
    public Tenant require(String name) {
        return find(name).orElseThrow(() -> ApiException.notFound("TENANT_NOT_FOUND", "Unknown tenant: " + name));
    }

    public synchronized List<Tenant> all() {
        return List.copyOf(tenants.values());
    }

    public synchronized void add(Tenant tenant) {
        if (tenants.containsKey(tenant.name())) {
            throw new ApiException(409, "TENANT_EXISTS", "Tenant " + tenant.name() + " already exists");
        }
        tenants.put(tenant.name(), tenant);
    }

    public synchronized void clear() {
        tenants.clear();
    }
}
