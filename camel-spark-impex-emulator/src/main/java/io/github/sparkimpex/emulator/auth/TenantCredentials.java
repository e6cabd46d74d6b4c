package io.github.sparkimpex.emulator.auth;

import java.util.List;
import java.util.Optional;

/** Every credential of one tenant. Immutable, so it can be read without the tenant's lock. */
public record TenantCredentials(List<ApiKey> apiKeys, List<OAuthClient> clients, List<UserToken> users) {

    public TenantCredentials {
        apiKeys = List.copyOf(apiKeys);
        clients = List.copyOf(clients);
        users = List.copyOf(users);
    }

    public Optional<ApiKey> apiKey(String key) {
        return apiKeys.stream().filter(candidate -> candidate.key().equals(key)).findFirst();
    }

    public Optional<OAuthClient> client(String clientId) {
        return clients.stream().filter(candidate -> candidate.clientId().equals(clientId)).findFirst();
    }

    public Optional<UserToken> user(String token) {
        return users.stream().filter(candidate -> candidate.token().equals(token)).findFirst();
    }
}
