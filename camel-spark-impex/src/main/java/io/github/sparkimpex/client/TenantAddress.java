package io.github.sparkimpex.client;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a tenant's Spark API lives: an origin ({@code scheme://host[:port]}) and the tenant, which Spark puts first in
 * every path. Any URL is accepted (unlike the SDKs, which only take {@code https://*.coherent.global}) so that an
 * emulator or a proxy can be targeted.
 */
public final class TenantAddress {

    private static final Pattern SPARK_HOST = Pattern.compile("^[^.]+\\.((?:[^.]+\\.)?[^.]+)\\.coherent\\.global$");

    private final URI origin;
    private final String tenant;

    private TenantAddress(URI origin, String tenant) {
        this.origin = origin;
        this.tenant = tenant;
    }

    /** A URL whose first path segment is the tenant, e.g. {@code https://excel.uat.us.coherent.global/acme}. */
    public static TenantAddress fromBaseUrl(String baseUrl, String option) {
        URI uri;
        try {
            uri = URI.create(baseUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + option + " '" + baseUrl + "': " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Invalid " + option + " '" + baseUrl
                                               + "': expected http(s)://host[:port]/{tenant}");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String tenant = path.replaceAll("^/+", "").split("/", 2)[0];
        if (tenant.isEmpty()) {
            throw new IllegalArgumentException("Invalid " + option + " '" + baseUrl
                                               + "': the first path segment must be the tenant, e.g. https://excel.{env}.coherent.global/{tenant}");
        }
        return new TenantAddress(URI.create(scheme + "://" + uri.getRawAuthority()), tenant);
    }

    /** {@code https://excel.{env}.coherent.global/{tenant}}, trimmed and lower-cased as the SDKs do. */
    public static TenantAddress fromEnvironment(String env, String tenant) {
        String cleanEnv = env.trim().toLowerCase(Locale.ROOT);
        String cleanTenant = tenant.trim().toLowerCase(Locale.ROOT);
        return fromBaseUrl("https://excel." + cleanEnv + ".coherent.global/" + cleanTenant, "env/tenant");
    }

    public URI origin() {
        return origin;
    }

    public String tenant() {
        return tenant;
    }

    public String baseUrl() {
        return origin + "/" + tenant;
    }

    /** {@code {origin}/{tenant}/api/v4/{path}}. */
    public URI api(String path) {
        return URI.create(baseUrl() + "/api/v4/" + path);
    }

    /** The Spark environment ({@code uat.us}) when the host is a Spark host. */
    public Optional<String> environment() {
        Matcher matcher = SPARK_HOST.matcher(origin.getHost().toLowerCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The Keycloak token URL the SDKs derive: {@code keycloak.{env}.coherent.global} for Spark hosts, the very same
     * origin otherwise (as the Python SDK's own tests and an emulator expect).
     */
    public URI derivedTokenUrl() {
        String path = "/auth/realms/" + tenant + "/protocol/openid-connect/token";
        return environment()
                .map(env -> URI.create("https://keycloak." + env + ".coherent.global" + path))
                .orElseGet(() -> URI.create(origin + path));
    }

    /**
     * Whether Spark credentials may be offered to a file host that refused an anonymous download: only the same host,
     * or another host of the same Spark environment.
     */
    public boolean mayReceiveCredentials(URI fileUrl) {
        String host = fileUrl.getHost() == null ? "" : fileUrl.getHost().toLowerCase(Locale.ROOT);
        if (host.equals(origin.getHost().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return environment().map(env -> host.endsWith("." + env + ".coherent.global")).orElse(false);
    }

    @Override
    public String toString() {
        return baseUrl();
    }
}
