package io.github.sparkimpex.emulator.auth;

import java.time.Instant;

/** An access token issued by the token endpoint, with who it stands for and when it stops working. */
public record IssuedToken(String tenant, String clientId, String identity, boolean supervisor, Instant expiresAt) {

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public IssuedToken expiredAt(Instant now) {
        return new IssuedToken(tenant, clientId, identity, supervisor, now);
    }
}
