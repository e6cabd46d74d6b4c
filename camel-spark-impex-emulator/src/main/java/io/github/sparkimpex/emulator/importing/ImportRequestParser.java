package io.github.sparkimpex.emulator.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.JsonMappers;
import io.github.sparkimpex.emulator.core.RequestFields;

import java.util.ArrayList;
import java.util.List;

/** Parses the {@code importRequestEntity} form field, a JSON document sent as text. */
public final class ImportRequestParser {

    private ImportRequestParser() {
    }

    /** @param json the field's text, or {@code null} when the field was not sent */
    public static ImportRequest parse(String json) {
        if (json == null || json.isBlank()) {
            return ImportRequest.defaults();
        }
        JsonNode body;
        try {
            body = JsonMappers.wire().readTree(json);
        } catch (JacksonException e) {
            throw ApiException.badRequest("INVALID_IMPORT_REQUEST",
                    "importRequestEntity is not valid JSON: " + e.getOriginalMessage());
        }
        RequestFields.requireObject(body, "importRequestEntity");
        JsonNode inputs = body.path("inputs");
        if (!inputs.isMissingNode() && !inputs.isNull() && !inputs.isObject()) {
            throw ApiException.badRequest("INVALID_IMPORT_REQUEST", "inputs must be an object");
        }
        return new ImportRequest(mappings(inputs.path("services_modify")),
                RequestFields.enumValue(body, "services_existing", ServicesExisting.class, ServicesExisting.ABORT,
                        "INVALID_SERVICES_EXISTING"),
                RequestFields.optionalText(body, "source_system"),
                RequestFields.optionalText(body, "correlation_id"));
    }

    private static List<ServiceMapping> mappings(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("INVALID_IMPORT_REQUEST", "inputs.services_modify must be an array");
        }
        List<ServiceMapping> mappings = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw ApiException.badRequest("INVALID_IMPORT_REQUEST",
                        "inputs.services_modify must hold objects");
            }
            String sourceText = RequestFields.optionalText(item, "service_uri_source");
            if (sourceText == null) {
                throw ApiException.badRequest("INVALID_IMPORT_REQUEST",
                        "Every inputs.services_modify item needs service_uri_source");
            }
            ServiceUri source = ServiceUri.parse(sourceText, "service_uri_source");
            String destinationText = RequestFields.optionalText(item, "service_uri_destination");
            ServiceUri destination = destinationText == null
                    ? source
                    : ServiceUri.parse(destinationText, "service_uri_destination");
            UpdateVersionType type = RequestFields.enumValue(item, "update_version_type", UpdateVersionType.class,
                    UpdateVersionType.MINOR, "INVALID_UPDATE_VERSION_TYPE");
            if (mappings.stream().anyMatch(mapping -> mapping.source().equals(source))) {
                throw ApiException.badRequest("INVALID_IMPORT_REQUEST",
                        "inputs.services_modify names " + source + " twice");
            }
            mappings.add(new ServiceMapping(source, destination, type));
        }
        return mappings;
    }
}
