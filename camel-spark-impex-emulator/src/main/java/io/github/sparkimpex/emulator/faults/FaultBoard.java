package io.github.sparkimpex.emulator.faults;

import io.github.sparkimpex.emulator.jobs.JobBehaviour;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All fault switches: one global set and one set per tenant. A tenant's switches are consulted before the
 * global ones, and a request consumes at most one counted fault.
 */
public final class FaultBoard {

    private final FaultSwitches global = new FaultSwitches();
    private final Map<String, FaultSwitches> tenants = new ConcurrentHashMap<>();

    public FaultSwitches global() {
        return global;
    }

    public FaultSwitches tenant(String tenant) {
        return tenants.computeIfAbsent(tenant, name -> new FaultSwitches());
    }

    /** Delay for an API request of {@code tenant}: the longer of the tenant's and the global setting. */
    public Duration delayFor(String tenant) {
        Duration own = tenant(tenant).slowResponses();
        Duration shared = global.slowResponses();
        return own.compareTo(shared) >= 0 ? own : shared;
    }

    public Optional<InjectedResponse> takeRequestFault(String tenant) {
        return tenant(tenant).takeRequestFault().or(global::takeRequestFault);
    }

    public Optional<InjectedResponse> takeDownloadFault(String tenant) {
        return tenant(tenant).takeDownloadFault().or(global::takeDownloadFault);
    }

    public boolean takeCutDownload(String tenant) {
        return tenant(tenant).takeCutDownload() || global.takeCutDownload();
    }

    public JobBehaviour takeJobBehaviour(String tenant) {
        JobBehaviour own = tenant(tenant).takeJobBehaviour();
        if (own != null) {
            return own;
        }
        JobBehaviour shared = global.takeJobBehaviour();
        return shared == null ? JobBehaviour.NORMAL : shared;
    }

    public void clear() {
        global.clear();
        tenants.values().forEach(FaultSwitches::clear);
    }
}
