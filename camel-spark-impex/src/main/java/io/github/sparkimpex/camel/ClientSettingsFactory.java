package io.github.sparkimpex.camel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import io.github.sparkimpex.client.ClientSettings;
import io.github.sparkimpex.client.SparkCredentials;
import io.github.sparkimpex.client.TenantAddress;
import org.apache.camel.CamelContext;

/**
 * Turns endpoint options into client settings for the source tenant and, for migrate, the target tenant. Ambiguous
 * or missing addresses and credentials are refused here, when the route starts, with the options named.
 */
final class ClientSettingsFactory {

    private ClientSettingsFactory() {
    }

    static ClientSettings source(SparkImpexConfiguration config, CamelContext context) throws Exception {
        TenantAddress address = address(config.getBaseUrl(), config.getEnv(), config.getTenant(), "baseUrl", "env", "tenant");
        SparkCredentials credentials = credentials(address, config.getApiKey(), config.getToken(), config.getClientId(),
                config.getClientSecret(), config.getTokenUrl(), "");
        return settings(config, context, address, credentials);
    }

    static ClientSettings target(SparkImpexConfiguration config, CamelContext context) throws Exception {
        TenantAddress address = address(config.getTargetBaseUrl(), config.getTargetEnv(), config.getTargetTenant(),
                "targetBaseUrl", "targetEnv", "targetTenant");
        SparkCredentials credentials = credentials(address, config.getTargetApiKey(), config.getTargetToken(),
                config.getTargetClientId(), config.getTargetClientSecret(), config.getTargetTokenUrl(), "target");
        return settings(config, context, address, credentials);
    }

    private static ClientSettings settings(
            SparkImpexConfiguration config, CamelContext context, TenantAddress address, SparkCredentials credentials)
            throws Exception {
        return ClientSettings.builder(address, credentials)
                .sourceSystem(config.getSourceSystem())
                .connectTimeout(Duration.ofMillis(config.getConnectTimeout()))
                .requestTimeout(Duration.ofMillis(config.getRequestTimeout()))
                .maxRetries(config.getMaxRetries())
                .pollInterval(Duration.ofMillis(config.getPollInterval()))
                .maxPollInterval(Duration.ofMillis(config.getMaxPollInterval()))
                .jobTimeout(Duration.ofMillis(config.getJobTimeout()))
                .maxPackageSize(config.getMaxPackageSize())
                .sslContext(config.getSslContextParameters() == null
                        ? null : config.getSslContextParameters().createSSLContext(context))
                .downloadDirectory(config.getDownloadDirectory() == null ? null : Path.of(config.getDownloadDirectory()))
                .build();
    }

    private static TenantAddress address(String baseUrl, String env, String tenant,
            String baseUrlOption, String envOption, String tenantOption) {
        if (isSet(baseUrl)) {
            return TenantAddress.fromBaseUrl(baseUrl, baseUrlOption);
        }
        if (isSet(env) && isSet(tenant)) {
            return TenantAddress.fromEnvironment(env, tenant);
        }
        throw new IllegalArgumentException("No Spark tenant configured: set " + baseUrlOption + " (e.g. "
                                           + "https://excel.{env}.coherent.global/{tenant}) or both " + envOption + " and "
                                           + tenantOption);
    }

    private static SparkCredentials credentials(TenantAddress address, String apiKey, String token, String clientId,
            String clientSecret, String tokenUrl, String prefix) {
        String apiKeyOption = option(prefix, "apiKey");
        String tokenOption = option(prefix, "token");
        String clientIdOption = option(prefix, "clientId");
        String clientSecretOption = option(prefix, "clientSecret");
        int kinds = (isSet(apiKey) ? 1 : 0) + (isSet(token) ? 1 : 0) + (isSet(clientId) || isSet(clientSecret) ? 1 : 0);
        String accepted = "set exactly one of " + apiKeyOption + ", " + tokenOption + ", or " + clientIdOption + " with "
                          + clientSecretOption;
        if (kinds == 0) {
            throw new IllegalArgumentException("No credentials configured for tenant " + address.tenant() + ": " + accepted);
        }
        if (kinds > 1) {
            throw new IllegalArgumentException("More than one kind of credentials configured for tenant "
                                               + address.tenant() + ": " + accepted);
        }
        if (isSet(apiKey)) {
            return new SparkCredentials.ApiKey(apiKey);
        }
        if (isSet(token)) {
            return new SparkCredentials.BearerToken(token);
        }
        if (!isSet(clientId) || !isSet(clientSecret)) {
            throw new IllegalArgumentException("OAuth2 client credentials need both " + clientIdOption + " and "
                                               + clientSecretOption);
        }
        URI url = isSet(tokenUrl) ? URI.create(tokenUrl) : address.derivedTokenUrl();
        return new SparkCredentials.ClientCredentials(clientId, clientSecret, url);
    }

    private static String option(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
