package io.github.sparkimpex.emulator.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads fields of JSON request bodies, answering 400 with a precise message when a field has the wrong shape. */
public final class RequestFields {

    private RequestFields() {
    }

    public static void requireObject(JsonNode body, String what) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("INVALID_REQUEST", what + " must be a JSON object");
        }
    }

    /** A list of strings; absent or {@code null} gives an empty list. */
    public static List<String> stringList(JsonNode parent, String field, String path) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("INVALID_REQUEST", path + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiException.badRequest("INVALID_REQUEST", path + " must hold non-empty strings");
            }
            values.add(item.asText().trim());
        }
        return values;
    }

    /** A scalar echoed back as text (so {@code "correlation_id": 456} and {@code "456"} both work); may be null. */
    public static String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw ApiException.badRequest("INVALID_REQUEST", field + " must be a string");
        }
        return node.asText();
    }

    /** An enum written in lower case on the wire; absent or {@code null} gives the default. */
    public static <E extends Enum<E>> E enumValue(JsonNode parent, String field, Class<E> type, E defaultValue,
                                                  String errorCode) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return defaultValue;
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (node.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(node.asText())) {
                    return constant;
                }
            }
        }
        throw ApiException.badRequest(errorCode, field + " must be one of " + allowed + ", not " + node)
                .withDetail("item", node.asText());
    }
}
