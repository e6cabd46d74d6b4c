package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One tenant of the seed. Any credential list left empty gets a default credential (see the README), so that
 * every tenant can be called without further set-up.
 */
public record TenantSeed(List<ApiKeySeed> apiKeys,
                         List<ClientSeed> clients,
                         List<UserSeed> users,
                         Map<String, FolderSeed> folders) {

    @JsonCreator
    public TenantSeed {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        clients = clients == null ? List.of() : List.copyOf(clients);
        users = users == null ? List.of() : List.copyOf(users);
        folders = folders == null ? Map.of() : orderedCopy(folders);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Map<String, FolderSeed> orderedCopy(Map<String, FolderSeed> folders) {
        Map<String, FolderSeed> copy = new LinkedHashMap<>();
        folders.forEach((name, folder) -> copy.put(name, folder == null ? new FolderSeed(null) : folder));
        return Collections.unmodifiableMap(copy);
    }

    /** Fluent Java construction of a tenant. */
    public static final class Builder {
        private final List<ApiKeySeed> apiKeys = new ArrayList<>();
        private final List<ClientSeed> clients = new ArrayList<>();
        private final List<UserSeed> users = new ArrayList<>();
        private final Map<String, FolderSeed> folders = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder apiKey(String key) {
            apiKeys.add(ApiKeySeed.of(key));
            return this;
        }

        public Builder apiKey(ApiKeySeed key) {
            apiKeys.add(key);
            return this;
        }

        public Builder client(String clientId, String clientSecret) {
            clients.add(new ClientSeed(clientId, clientSecret, null));
            return this;
        }

        public Builder client(ClientSeed client) {
            clients.add(client);
            return this;
        }

        public Builder user(String token, String email) {
            users.add(new UserSeed(token, email, null));
            return this;
        }

        public Builder user(UserSeed user) {
            users.add(user);
            return this;
        }

        /** A folder without services. */
        public Builder folder(String name) {
            folders.put(name, new FolderSeed(null));
            return this;
        }

        public Builder folder(String name, Consumer<FolderSeed.Builder> definition) {
            FolderSeed.Builder folder = FolderSeed.builder();
            definition.accept(folder);
            folders.put(name, folder.build());
            return this;
        }

        public TenantSeed build() {
            return new TenantSeed(apiKeys, clients, users, folders);
        }
    }
}
