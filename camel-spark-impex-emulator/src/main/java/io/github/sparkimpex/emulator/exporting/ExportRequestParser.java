package io.github.sparkimpex.emulator.exporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.core.RequestFields;

import java.util.List;

/**
 * Validates an export request body. Request errors are answered at once with 400; whether the named folders and
 * services exist is only checked when the job runs, and makes the job fail.
 */
public final class ExportRequestParser {

    private ExportRequestParser() {
    }

    public static ExportRequest parse(JsonNode body) {
        RequestFields.requireObject(body, "The export request");
        JsonNode inputs = body.path("inputs");
        if (!inputs.isMissingNode() && !inputs.isNull() && !inputs.isObject()) {
            throw ApiException.badRequest("INVALID_REQUEST", "inputs must be an object");
        }
        List<String> folders = RequestFields.stringList(inputs, "folders", "inputs.folders");
        List<String> services = RequestFields.stringList(inputs, "services", "inputs.services");
        List<String> versionIds = RequestFields.stringList(inputs, "version_ids", "inputs.version_ids");
        if (folders.isEmpty() && services.isEmpty() && versionIds.isEmpty()) {
            throw ApiException.badRequest("NO_INPUTS",
                    "Name at least one item in inputs.folders, inputs.services or inputs.version_ids");
        }
        return new ExportRequest(folders,
                services.stream().map(ServiceReferenceParser::parse).toList(),
                versionIds,
                RequestFields.enumValue(body, "file_filter", FileFilter.class, FileFilter.MIGRATE, "INVALID_FILE_FILTER"),
                RequestFields.enumValue(body, "version_filter", VersionFilter.class, VersionFilter.LATEST,
                        "INVALID_VERSION_FILTER"),
                RequestFields.optionalText(body, "source_system"),
                RequestFields.optionalText(body, "correlation_id"));
    }
}
