package io.github.sparkimpex.client;

import java.net.URI;

/** Exactly one way to authenticate against a tenant. {@code toString()} never shows a secret. */
public sealed interface SparkCredentials {

    /** {@code x-synthetic-key} with {@code x-tenant-name}. */
    record ApiKey(String key) implements SparkCredentials {
        @Override
        public String toString() {
            return "ApiKey[***]";
        }
    }

    /** A ready bearer token; a leading {@code Bearer } typed by the user is dropped. */
    record BearerToken(String token) implements SparkCredentials {
        public BearerToken {
            token = token.trim().replaceFirst("(?i)^bearer\\s+", "");
        }

        @Override
        public String toString() {
            return "BearerToken[***]";
        }
    }

    /** OAuth2 client credentials exchanged at {@code tokenUrl} for short-lived bearer tokens. */
    record ClientCredentials(String clientId, String clientSecret, URI tokenUrl) implements SparkCredentials {
        @Override
        public String toString() {
            return "ClientCredentials[clientId=" + clientId + ", tokenUrl=" + tokenUrl + ", clientSecret=***]";
        }
    }
}
