package io.github.sparkimpex.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Turns an HTTP error response into a {@link SparkImpexException} that quotes what Spark said. */
final class ErrorResponses {

    /** Error bodies are small; a proxy's HTML page is cut so the exception stays readable. */
    private static final int MAX_BODY_CHARS = 2000;

    private ErrorResponses() {
    }

    static SparkImpexException toException(String what, ClassicHttpResponse response, String requestId)
            throws IOException {
        int status = response.getCode();
        String body = readBody(response);
        JsonNode json = parseJson(body);
        JsonNode errors = json == null ? null : json.has("errors") && !json.get("errors").isNull() ? json.get("errors") : json;
        JsonNode warnings = json == null ? null : json.get("warnings");
        String message = what + " failed with HTTP " + status + describe(json, body);
        var details = SparkImpexException.Details.httpStatus(status)
                .withErrors(errors, warnings)
                .withRequestId(requestId)
                .withRetryAfter(RetryAfter.of(response));
        if (json != null && json.hasNonNull("id") && json.hasNonNull("status")) {
            details.withJob(json.get("id").asText(), json.get("status").asText());
        }
        return status == 401 || status == 403
                ? new SparkImpexAuthenticationException(message, details)
                : new SparkImpexException(message, details);
    }

    private static String readBody(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            return "";
        }
        try {
            String body = EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            return body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) + "..." : body;
        } catch (ParseException e) {
            return "";
        }
    }

    private static JsonNode parseJson(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return SparkJson.MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String describe(JsonNode json, String body) {
        if (json == null) {
            return body.isBlank() ? "" : ": " + body.strip();
        }
        for (String field : new String[] { "message", "error_description", "error", "errorCode" }) {
            if (json.hasNonNull(field) && json.get(field).isValueNode()) {
                return ": " + json.get(field).asText() + " " + json;
            }
        }
        return ": " + json;
    }
}
