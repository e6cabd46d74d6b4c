package io.github.sparkimpex.emulator.auth;

import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.TenantDirectory;
import io.github.sparkimpex.emulator.model.Tenant;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Checks the credentials of an ImpEx API request against the tenant in its path, the way Spark does:
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: an issued OAuth2 token or a static user token. Unknown or expired
 *       tokens get 401; a valid token of another tenant gets 403. Any {@code x-tenant-name} sent along is
 *       ignored, as the SDKs always send it.</li>
 *   <li>{@code x-synthetic-key} with {@code x-tenant-name}: the key must belong to the path's tenant (403 if it
 *       belongs to another, 401 if unknown), and {@code x-tenant-name} must name that tenant (403).</li>
 *   <li>No credentials: 401.</li>
 * </ul>
 * When both an {@code Authorization} header and an API key are sent, the {@code Authorization} header decides.
 */
public final class Authenticator {

    private static final String BEARER = "bearer ";

    private final TenantDirectory tenants;
    private final TokenIssuer tokens;

    public Authenticator(TenantDirectory tenants, TokenIssuer tokens) {
        this.tenants = tenants;
        this.tokens = tokens;
    }

    /**
     * @param tenantName the tenant of the request path
     * @param headers    request header lookup by name, returning {@code null} when absent
     */
    public Principal authenticate(String tenantName, UnaryOperator<String> headers) {
        Tenant tenant = tenants.require(tenantName);
        String authorization = headers.apply("Authorization");
        if (authorization != null) {
            return bearer(tenant, authorization.trim());
        }
        String apiKey = headers.apply("x-synthetic-key");
        if (apiKey != null) {
            return apiKey(tenant, apiKey.trim(), headers.apply("x-tenant-name"));
        }
        throw ApiException.unauthorized("MISSING_CREDENTIALS",
                "Send Authorization: Bearer <token>, or x-synthetic-key with x-tenant-name");
    }

    private Principal bearer(Tenant tenant, String authorization) {
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw ApiException.unauthorized("UNSUPPORTED_AUTHORIZATION", "Only Bearer authorization is supported");
        }
        String token = authorization.substring(BEARER.length()).trim();
        Optional<IssuedToken> issued = tokens.find(token);
        if (issued.isPresent()) {
            return issuedTokenPrincipal(tenant, issued.get());
        }
        for (Tenant owner : tenants.all()) {
            Optional<UserToken> user = owner.credentials().user(token);
            if (user.isPresent()) {
                requireSameTenant(tenant, owner.name());
                return new Principal(owner.name(), user.get().identity(), user.get().supervisor());
            }
        }
        throw ApiException.unauthorized("INVALID_TOKEN", "The bearer token is not valid");
    }

    private Principal issuedTokenPrincipal(Tenant tenant, IssuedToken token) {
        if (tokens.isExpired(token)) {
            throw ApiException.unauthorized("TOKEN_EXPIRED", "The bearer token has expired");
        }
        requireSameTenant(tenant, token.tenant());
        return new Principal(token.tenant(), token.identity(), token.supervisor());
    }

    private Principal apiKey(Tenant tenant, String key, String tenantHeader) {
        if (tenantHeader == null || tenantHeader.isBlank()) {
            throw ApiException.unauthorized("MISSING_TENANT_NAME", "An API key must be sent with x-tenant-name");
        }
        Optional<ApiKey> own = tenant.credentials().apiKey(key);
        if (own.isEmpty()) {
            boolean knownElsewhere = tenants.all().stream().anyMatch(other -> other.credentials().apiKey(key).isPresent());
            if (knownElsewhere) {
                throw ApiException.forbidden("FORBIDDEN", "The API key does not belong to tenant " + tenant.name());
            }
            throw ApiException.unauthorized("INVALID_API_KEY", "The API key is not valid");
        }
        if (!tenantHeader.trim().equalsIgnoreCase(tenant.name())) {
            throw ApiException.forbidden("TENANT_MISMATCH",
                    "x-tenant-name '" + tenantHeader + "' does not match tenant " + tenant.name());
        }
        return new Principal(tenant.name(), own.get().identity(), own.get().supervisor());
    }

    private static void requireSameTenant(Tenant tenant, String owner) {
        if (!owner.equals(tenant.name())) {
            throw ApiException.forbidden("FORBIDDEN",
                    "The token belongs to another tenant and cannot access tenant " + tenant.name());
        }
    }
}
