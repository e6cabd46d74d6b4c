package io.github.sparkimpex.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * An OAuth2 client of a tenant's realm.
 *
 * @param identity the Keycloak service-account user name, {@code service-account-<clientId>}
 */
public record OAuthClient(String clientId, String clientSecret, String identity, boolean supervisor) {

    public boolean secretMatches(String candidate) {
        // Constant-time comparison: the emulator is a fake, but it should not teach bad habits.
        return candidate != null && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
