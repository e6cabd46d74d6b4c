package io.github.sparkimpex.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Issues OAuth2 access tokens for client credentials and remembers them until they are revoked or reset. */
public final class TokenIssuer {

    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final JwtWriter jwt = new JwtWriter();
    private final Clock clock;
    private final Duration lifetime;
    private final Supplier<String> issuerBase;

    /** @param issuerBase base URL the {@code iss} claim is built on, i.e. the API base URL */
    public TokenIssuer(Clock clock, Duration lifetime, Supplier<String> issuerBase) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.issuerBase = issuerBase;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(String tenant, OAuthClient client) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("iat", now.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", issuerBase.get() + "/auth/realms/" + tenant);
        claims.put("aud", "product-factory");
        claims.put("sub", UUID.nameUUIDFromBytes((tenant + "/" + client.clientId()).getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("typ", "Bearer");
        claims.put("azp", client.clientId());
        claims.put("scope", "profile email");
        claims.put("preferred_username", client.identity());
        claims.put("realm", tenant);
        claims.put("groups", List.of("/" + tenant + "/users"));
        String token = jwt.write(claims);
        tokens.put(token, new IssuedToken(tenant, client.clientId(), client.identity(), client.supervisor(), expiresAt));
        return token;
    }

    public Optional<IssuedToken> find(String token) {
        return Optional.ofNullable(tokens.get(token));
    }

    public boolean isExpired(IssuedToken token) {
        return token.isExpiredAt(clock.instant());
    }

    /** Makes every token issued for {@code tenant} (every token when {@code null}) expire now. */
    public void expire(String tenant) {
        Instant now = clock.instant();
        tokens.replaceAll((value, token) ->
                tenant == null || token.tenant().equals(tenant) ? token.expiredAt(now) : token);
    }

    public void clear() {
        tokens.clear();
    }
}
