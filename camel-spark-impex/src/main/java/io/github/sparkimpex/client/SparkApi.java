package io.github.sparkimpex.client;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends one Spark API request: the headers every call carries, the credentials, one resend after an OAuth2 401, and
 * error responses turned into exceptions. Retries across failures are the caller's ({@link Retrier}).
 */
final class SparkApi {

    private final TenantAddress address;
    private final HttpTransport transport;
    private final Authenticator authenticator;

    SparkApi(TenantAddress address, HttpTransport transport, Authenticator authenticator) {
        this.address = address;
        this.transport = transport;
        this.authenticator = authenticator;
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /** Sends the request (rebuilt by the caller for each attempt) and returns the JSON body of a 2xx answer. */
    JsonNode sendForJson(String what, ClassicHttpRequest request, String requestId) throws IOException {
        addSparkHeaders(request, requestId);
        authenticator.authenticate(request);
        Answer answer = transport.execute(request, response -> {
            if (response.getCode() == 401) {
                EntityUtils.consume(response.getEntity());
                return Answer.UNAUTHORIZED;
            }
            return new Answer(readJson(what, response, requestId));
        });
        if (answer == Answer.UNAUTHORIZED) {
            if (authenticator.renewAfterUnauthorized(request)) {
                authenticator.authenticate(request);
                return sendAfterRenewal(what, request, requestId);
            }
            throw unauthorized(what, requestId);
        }
        return answer.json;
    }

    /** Adds the credentials a file host may get when it refused an anonymous download. */
    void authenticate(ClassicHttpRequest request, String requestId) throws IOException {
        addSparkHeaders(request, requestId);
        authenticator.authenticate(request);
    }

    private JsonNode sendAfterRenewal(String what, ClassicHttpRequest request, String requestId) throws IOException {
        return transport.execute(request, response -> {
            if (response.getCode() == 401) {
                throw unauthorized(what, requestId);
            }
            return readJson(what, response, requestId);
        });
    }

    private static JsonNode readJson(String what, ClassicHttpResponse response, String requestId) throws IOException {
        if (response.getCode() >= 300) {
            throw ErrorResponses.toException(what, response, requestId);
        }
        try {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            return body.isBlank() ? SparkJson.MAPPER.nullNode() : SparkJson.MAPPER.readTree(body);
        } catch (ParseException e) {
            throw new IOException("Unreadable answer to " + what, e);
        }
    }

    private void addSparkHeaders(ClassicHttpRequest request, String requestId) {
        request.setHeader("x-tenant-name", address.tenant());
        request.setHeader("x-request-id", requestId);
        request.setHeader("x-spark-ua", ClientVersion.SPARK_UA);
        request.setHeader("Accept", "application/json");
    }

    private SparkImpexAuthenticationException unauthorized(String what, String requestId) {
        return new SparkImpexAuthenticationException(what + " failed with HTTP 401: Spark rejected the credentials for tenant "
                                                     + address.tenant(),
                SparkImpexException.Details.httpStatus(401).withRequestId(requestId));
    }

    private record Answer(JsonNode json) {
        static final Answer UNAUTHORIZED = new Answer(null);
    }
}
