package io.github.sparkimpex.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * OAuth2 client credentials: fetches a token before the first call (the SDKs send {@code Bearer None} first and
 * upload an import twice), caches it until shortly before {@code expires_in}, renews it once on a 401, and lets
 * only one thread talk to the token endpoint at a time. A rejection by the token endpoint is final: renewing there
 * would loop, as it does in the SDKs.
 */
final class OAuth2Authenticator implements Authenticator {

    /** Renew this long before expiry, so a token does not run out between the check and Spark reading it. */
    private static final Duration EXPIRY_SKEW = Duration.ofSeconds(30);

    private final SparkCredentials.ClientCredentials credentials;
    private final HttpTransport transport;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token token;

    OAuth2Authenticator(SparkCredentials.ClientCredentials credentials, HttpTransport transport) {
        this.credentials = credentials;
        this.transport = transport;
    }

    @Override
    public void authenticate(HttpRequest request) throws IOException {
        request.setHeader("Authorization", "Bearer " + currentToken());
    }

    @Override
    public boolean renewAfterUnauthorized(HttpRequest rejected) throws IOException {
        String rejectedHeader = rejected.getFirstHeader("Authorization") == null
                ? null : rejected.getFirstHeader("Authorization").getValue();
        lock.lock();
        try {
            Token current = token;
            // Another thread may already have renewed the token this request was sent with.
            if (current == null || ("Bearer " + current.value).equals(rejectedHeader)) {
                token = fetch();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private String currentToken() throws IOException {
        Token current = token;
        if (current != null && current.isFresh()) {
            return current.value;
        }
        lock.lock();
        try {
            if (token == null || !token.isFresh()) {
                token = fetch();
            }
            return token.value;
        } finally {
            lock.unlock();
        }
    }

    private Token fetch() throws IOException {
        HttpPost post = new HttpPost(credentials.tokenUrl());
        post.setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("grant_type", "client_credentials"),
                new BasicNameValuePair("client_id", credentials.clientId()),
                new BasicNameValuePair("client_secret", credentials.clientSecret()))));
        return transport.execute(post, response -> {
            String what = "OAuth2 token request to " + credentials.tokenUrl() + " for client " + credentials.clientId();
            int status = response.getCode();
            if (status == 400 || status == 401 || status == 403) {
                SparkImpexException cause = ErrorResponses.toException(what, response, null);
                throw new SparkImpexAuthenticationException(cause.getMessage()
                        + " (check clientId and clientSecret; the token endpoint is not retried)",
                        SparkImpexException.Details.httpStatus(status).withErrors(cause.getErrors(), null));
            }
            if (status >= 300) {
                throw ErrorResponses.toException(what, response, null);
            }
            JsonNode body = SparkJson.MAPPER.readTree(EntityUtils.toString(response.getEntity()));
            if (!body.hasNonNull("access_token")) {
                throw new SparkImpexAuthenticationException(what + " returned no access_token",
                        SparkImpexException.Details.httpStatus(status));
            }
            Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(300));
            return new Token(body.get("access_token").asText(), Instant.now().plus(renewAfter(lifetime)));
        });
    }

    /** A very short-lived token is used for half its life rather than renewed before every call. */
    static Duration renewAfter(Duration lifetime) {
        Duration beforeExpiry = lifetime.minus(EXPIRY_SKEW);
        Duration halfLife = lifetime.dividedBy(2);
        return beforeExpiry.compareTo(halfLife) > 0 ? beforeExpiry : halfLife;
    }

    private record Token(String value, Instant renewAt) {
        boolean isFresh() {
            return Instant.now().isBefore(renewAt);
        }
    }
}
