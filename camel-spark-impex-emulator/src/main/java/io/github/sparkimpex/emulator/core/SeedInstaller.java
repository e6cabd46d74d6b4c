package io.github.sparkimpex.emulator.core;

import io.github.sparkimpex.emulator.auth.ApiKey;
import io.github.sparkimpex.emulator.auth.OAuthClient;
import io.github.sparkimpex.emulator.auth.TenantCredentials;
import io.github.sparkimpex.emulator.auth.UserToken;
import io.github.sparkimpex.emulator.model.Folder;
import io.github.sparkimpex.emulator.model.GeneratedPayload;
import io.github.sparkimpex.emulator.model.Ids;
import io.github.sparkimpex.emulator.model.SemanticVersion;
import io.github.sparkimpex.emulator.model.ServiceVersion;
import io.github.sparkimpex.emulator.model.SparkService;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.seed.ApiKeySeed;
import io.github.sparkimpex.emulator.seed.ClientSeed;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.seed.FolderSeed;
import io.github.sparkimpex.emulator.seed.ServiceSeed;
import io.github.sparkimpex.emulator.seed.TenantSeed;
import io.github.sparkimpex.emulator.seed.UserSeed;
import io.github.sparkimpex.emulator.seed.VersionSeed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns seed descriptions into tenants, folders, services and versions. Ids left out of a seed are derived
 * from names, so the same seed gives the same ids on every start.
 */
public final class SeedInstaller {

    private final int defaultPayloadSize;

    public SeedInstaller(int defaultPayloadSize) {
        this.defaultPayloadSize = defaultPayloadSize;
    }

    public void install(EmulatorSeed seed, TenantDirectory directory) {
        int payloadSize = seed.defaultPayloadSize() == null ? defaultPayloadSize : seed.defaultPayloadSize();
        for (Map.Entry<String, TenantSeed> entry : seed.tenants().entrySet()) {
            directory.add(createTenant(entry.getKey(), entry.getValue(), payloadSize));
        }
    }

    public Tenant createTenant(String name, TenantSeed seed) {
        return createTenant(name, seed, defaultPayloadSize);
    }

    private Tenant createTenant(String name, TenantSeed seed, int payloadSize) {
        Tenant tenant = new Tenant(name, credentials(name, seed));
        tenant.locked(locked -> {
            seed.folders().forEach((folderName, folderSeed) -> addFolder(locked, folderName, folderSeed, payloadSize));
            return null;
        });
        return tenant;
    }

    public SparkService newService(String tenant, String folder, String name, ServiceSeed seed) {
        return newService(tenant, folder, name, seed, defaultPayloadSize);
    }

    public ServiceVersion newVersion(String tenant, String folder, String service, VersionSeed seed) {
        return newVersion(tenant, folder, service, seed, defaultPayloadSize);
    }

    private void addFolder(Tenant tenant, String folderName, FolderSeed seed, int payloadSize) {
        Folder folder = tenant.createFolder(folderName);
        seed.services().forEach((serviceName, serviceSeed) ->
                folder.add(newService(tenant.name(), folderName, serviceName, serviceSeed, payloadSize)));
    }

    private SparkService newService(String tenant, String folder, String name, ServiceSeed seed, int payloadSize) {
        String serviceId = seed.serviceId() == null ? Ids.stableServiceId(tenant, folder, name) : seed.serviceId();
        SparkService service = new SparkService(name, serviceId);
        seed.versions().forEach(version -> service.add(newVersion(tenant, folder, name, version, payloadSize)));
        return service;
    }

    private ServiceVersion newVersion(String tenant, String folder, String service, VersionSeed seed,
                                      int payloadSize) {
        SemanticVersion version = SemanticVersion.parse(Objects.requireNonNull(seed.version(), "version"));
        String versionId = seed.versionId() == null
                ? Ids.stableVersionId(tenant, folder, service, version)
                : Ids.requireUuid("version id", seed.versionId());
        int size = seed.payloadSize() == null ? payloadSize : seed.payloadSize();
        // The payload is derived from the version id, so a version's content is the same on every start.
        return new ServiceVersion(version, versionId, new GeneratedPayload(versionId, size));
    }

    /**
     * The tenant's credentials. A tenant that declares no API key gets {@code <tenant>-key}; one without an
     * OAuth2 client gets {@code <tenant>-client} / {@code <tenant>-secret}, so every tenant is reachable.
     */
    static TenantCredentials credentials(String tenant, TenantSeed seed) {
        List<ApiKey> apiKeys = new ArrayList<>();
        List<ApiKeySeed> keySeeds = seed.apiKeys().isEmpty() ? List.of(ApiKeySeed.of(tenant + "-key")) : seed.apiKeys();
        for (int i = 0; i < keySeeds.size(); i++) {
            ApiKeySeed key = keySeeds.get(i);
            String identity = key.name() == null ? tenant + "-api-key-" + (i + 1) : key.name();
            apiKeys.add(new ApiKey(requireText("API key", key.key()), identity, Boolean.TRUE.equals(key.supervisor())));
        }
        List<ClientSeed> clientSeeds = seed.clients().isEmpty()
                ? List.of(new ClientSeed(tenant + "-client", tenant + "-secret", null))
                : seed.clients();
        List<OAuthClient> clients = clientSeeds.stream()
                .map(client -> new OAuthClient(requireText("clientId", client.clientId()),
                        requireText("clientSecret", client.clientSecret()),
                        "service-account-" + client.clientId(), Boolean.TRUE.equals(client.supervisor())))
                .toList();
        List<UserToken> users = seed.users().stream()
                .map(user -> userToken(user))
                .toList();
        return new TenantCredentials(apiKeys, clients, users);
    }

    private static UserToken userToken(UserSeed user) {
        return new UserToken(requireText("user token", user.token()), requireText("user email", user.email()),
                Boolean.TRUE.equals(user.supervisor()));
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A " + what + " cannot be empty");
        }
        return value;
    }
}
