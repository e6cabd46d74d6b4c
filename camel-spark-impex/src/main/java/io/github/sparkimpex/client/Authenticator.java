package io.github.sparkimpex.client;

import java.io.IOException;

import org.apache.hc.core5.http.HttpRequest;

/** Puts a tenant's credentials on a Spark request. */
interface Authenticator {

    /** Adds the auth headers; may fetch a token first (OAuth2). */
    void authenticate(HttpRequest request) throws IOException;

    /**
     * Called after Spark answered 401 to a request authenticated by this object. Returns true when a fresh credential
     * was obtained and the request is worth sending once more (OAuth2 only).
     */
    default boolean renewAfterUnauthorized(HttpRequest rejected) throws IOException {
        return false;
    }

    static Authenticator of(SparkCredentials credentials, HttpTransport transport) {
        if (credentials instanceof SparkCredentials.ApiKey apiKey) {
            return request -> request.setHeader("x-synthetic-key", apiKey.key());
        }
        if (credentials instanceof SparkCredentials.BearerToken bearer) {
            return request -> request.setHeader("Authorization", "Bearer " + bearer.token());
        }
        return new OAuth2Authenticator((SparkCredentials.ClientCredentials) credentials, transport);
    }
}
