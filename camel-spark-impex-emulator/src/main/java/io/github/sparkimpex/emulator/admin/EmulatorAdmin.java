package io.github.sparkimpex.emulator.admin;

import io.github.sparkimpex.emulator.auth.ApiKey;
import io.github.sparkimpex.emulator.auth.OAuthClient;
import io.github.sparkimpex.emulator.auth.TenantCredentials;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.jobs.Job;
import io.github.sparkimpex.emulator.jobs.JobSnapshot;
import io.github.sparkimpex.emulator.model.Folder;
import io.github.sparkimpex.emulator.model.ServiceVersion;
import io.github.sparkimpex.emulator.model.SparkService;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.seed.ServiceSeed;
import io.github.sparkimpex.emulator.seed.TenantSeed;
import io.github.sparkimpex.emulator.seed.VersionSeed;

import java.util.List;
import java.util.Optional;

/**
 * Sets up and inspects an emulator from Java; the admin HTTP API under {@code /_admin} offers the same. Unknown
 * tenants are reported as {@link ApiException} 404, duplicates as 409.
 */
public final class EmulatorAdmin {

    private final EmulatorCore core;

    public EmulatorAdmin(EmulatorCore core) {
        this.core = core;
    }

    public List<String> tenants() {
        return core.tenants().all().stream().map(Tenant::name).toList();
    }

    public TenantInfo tenant(String tenant) {
        Tenant found = core.tenants().require(tenant);
        TenantCredentials credentials = found.credentials();
        return new TenantInfo(found.name(), folders(tenant),
                credentials.apiKeys().stream().map(ApiKey::key).toList(),
                credentials.clients().stream()
                        .map(client -> new TenantInfo.Client(client.clientId(), client.clientSecret())).toList(),
                credentials.users().stream().map(user -> new TenantInfo.User(user.token(), user.identity())).toList());
    }

    /** A tenant with default credentials ({@code <tenant>-key}, {@code <tenant>-client}/{@code <tenant>-secret}). */
    public TenantInfo createTenant(String tenant) {
        return createTenant(tenant, TenantSeed.builder().build());
    }

    public TenantInfo createTenant(String tenant, TenantSeed seed) {
        core.tenants().add(core.seedInstaller().createTenant(tenant, seed));
        return tenant(tenant);
    }

    /** Folder names, sorted. */
    public List<String> folders(String tenant) {
        return core.tenants().require(tenant).locked(locked -> locked.folders().stream().map(Folder::name).toList());
    }

    public void createFolder(String tenant, String folder) {
        core.tenants().require(tenant).locked(locked -> {
            if (locked.folder(folder).isPresent()) {
                throw new ApiException(409, "FOLDER_EXISTS", "Folder " + folder + " already exists in " + tenant);
            }
            return locked.createFolder(folder);
        });
    }

    /** Every service of the tenant, sorted by folder then name, with versions ascending. */
    public List<ServiceInfo> services(String tenant) {
        return core.tenants().require(tenant).locked(locked -> locked.services()
                .map(located -> info(located.folder().name(), located.service()))
                .toList());
    }

    public Optional<ServiceInfo> service(String tenant, String folder, String service) {
        return services(tenant).stream()
                .filter(info -> info.folder().equals(folder) && info.service().equals(service))
                .findFirst();
    }

    /** Adds a service with the given semantic versions; the folder is created if needed. */
    public ServiceInfo addService(String tenant, String folder, String service, String... versions) {
        return addService(tenant, folder, service,
                new ServiceSeed(null, List.of(versions).stream().map(VersionSeed::of).toList()));
    }

    /** Adds a service; the folder is created if needed. */
    public ServiceInfo addService(String tenant, String folder, String service, ServiceSeed seed) {
        Tenant target = core.tenants().require(tenant);
        SparkService created = core.seedInstaller().newService(tenant, folder, service, seed);
        return target.locked(locked -> {
            if (locked.hasServiceId(created.serviceId())) {
                throw new ApiException(409, "SERVICE_ID_EXISTS", "Service id " + created.serviceId() + " is taken");
            }
            Folder parent = locked.folder(folder).orElseGet(() -> locked.createFolder(folder));
            if (parent.service(service).isPresent()) {
                throw new ApiException(409, "SERVICE_EXISTS", "Service " + folder + "/" + service + " already exists");
            }
            parent.add(created);
            return info(folder, created);
        });
    }

    public VersionInfo addVersion(String tenant, String folder, String service, String version) {
        return addVersion(tenant, folder, service, VersionSeed.of(version));
    }

    public VersionInfo addVersion(String tenant, String folder, String service, VersionSeed seed) {
        ServiceVersion created = core.seedInstaller().newVersion(tenant, folder, service, seed);
        return core.tenants().require(tenant).locked(locked -> {
            SparkService target = locked.folder(folder).flatMap(found -> found.service(service))
                    .orElseThrow(() -> ApiException.notFound("SERVICE_NOT_FOUND",
                            "No service " + folder + "/" + service + " in " + tenant));
            if (target.version(created.version()).isPresent()) {
                throw new ApiException(409, "VERSION_EXISTS", folder + "/" + service + " already has version "
                        + created.version());
            }
            if (locked.hasVersionId(created.versionId())) {
                throw new ApiException(409, "VERSION_ID_EXISTS", "Version id " + created.versionId() + " is taken");
            }
            target.add(created);
            return new VersionInfo(created.version().toString(), created.versionId());
        });
    }

    /** The tenant's jobs in creation order. */
    public List<JobInfo> jobs(String tenant) {
        core.tenants().require(tenant);
        return core.jobs().jobs(tenant).stream().map(Job::snapshot).map(EmulatorAdmin::info).toList();
    }

    public Optional<JobInfo> job(String tenant, String jobId) {
        return jobs(tenant).stream().filter(job -> job.id().equals(jobId)).findFirst();
    }

    /** Switches that apply to every tenant. */
    public FaultControls faults() {
        return new FaultControls(core.faults().global(), core.tokens(), null);
    }

    /** Switches that apply to one tenant. */
    public FaultControls faults(String tenant) {
        core.tenants().require(tenant);
        return new FaultControls(core.faults().tenant(tenant), core.tokens(), tenant);
    }

    /** Issues an access token for the tenant's first OAuth2 client, as the token endpoint would. */
    public String issueToken(String tenant) {
        return issueToken(tenant, core.tenants().require(tenant).credentials().clients().get(0).clientId());
    }

    public String issueToken(String tenant, String clientId) {
        OAuthClient client = core.tenants().require(tenant).credentials().client(clientId)
                .orElseThrow(() -> ApiException.notFound("CLIENT_NOT_FOUND", "No client " + clientId + " in " + tenant));
        return core.tokens().issue(tenant, client);
    }

    /** Back to the seed: tenants as seeded, no jobs, downloads, issued tokens or faults. */
    public void reset() {
        core.reset();
    }

    private static ServiceInfo info(String folder, SparkService service) {
        return new ServiceInfo(folder, service.name(), service.serviceId(), service.versions().stream()
                .map(version -> new VersionInfo(version.version().toString(), version.versionId()))
                .toList());
    }

    private static JobInfo info(JobSnapshot job) {
        return new JobInfo(job.id(), job.type().wireName(), job.status().wireName(), job.createdBy(), job.createdAt(),
                job.updatedAt(), job.finishedAt(), job.statusPolls(), job.sourceSystem(), job.correlationId(),
                job.errors());
    }
}
