package io.github.sparkimpex.emulator.admin;

import java.util.List;

/**
 * A tenant and its credentials, as the admin API shows them. The credentials are the emulator's own fakes,
 * shown so that a test or a developer can use them.
 */
public record TenantInfo(String name, List<String> folders, List<String> apiKeys, List<Client> clients,
                         List<User> users) {

    /** An OAuth2 client of the tenant. */
    public record Client(String clientId, String clientSecret) {
    }

    /** A static user token of the tenant. */
    public record User(String token, String email) {
    }
}
