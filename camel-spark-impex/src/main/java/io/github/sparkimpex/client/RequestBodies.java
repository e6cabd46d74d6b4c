package io.github.sparkimpex.client;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sparkimpex.model.ExportRequest;
import io.github.sparkimpex.model.ImportRequest;
import io.github.sparkimpex.model.JobTags;
import io.github.sparkimpex.model.ServiceMapping;

/** The JSON Spark expects for starting jobs; absent or empty fields are left out rather than sent as null. */
final class RequestBodies {

    private RequestBodies() {
    }

    static ObjectNode export(ExportRequest request, String defaultSourceSystem) {
        ObjectNode body = SparkJson.MAPPER.createObjectNode();
        ObjectNode inputs = body.putObject("inputs");
        putList(inputs, "folders", request.selection().folders());
        putList(inputs, "services", request.selection().services());
        putList(inputs, "version_ids", request.selection().versionIds());
        body.put("file_filter", request.fileFilter().wireName());
        body.put("version_filter", request.versionFilter().wireName());
        putTags(body, request.tags(), defaultSourceSystem);
        return body;
    }

    static ObjectNode importEntity(ImportRequest request, String defaultSourceSystem) {
        ObjectNode body = SparkJson.MAPPER.createObjectNode();
        if (!request.mappings().isEmpty()) {
            var modify = body.putObject("inputs").putArray("services_modify");
            for (ServiceMapping mapping : request.mappings()) {
                ObjectNode entry = modify.addObject();
                entry.put("service_uri_source", mapping.source());
                entry.put("service_uri_destination", mapping.destination());
                if (mapping.upgradeType() != null) {
                    entry.put("update_version_type", mapping.upgradeType().wireName());
                }
            }
        }
        if (request.ifPresent() != null) {
            body.put("services_existing", request.ifPresent().wireName());
        }
        putTags(body, request.tags(), defaultSourceSystem);
        return body;
    }

    private static void putList(ObjectNode inputs, String field, List<String> values) {
        if (!values.isEmpty()) {
            values.forEach(inputs.putArray(field)::add);
        }
    }

    private static void putTags(ObjectNode body, JobTags tags, String defaultSourceSystem) {
        String sourceSystem = tags.sourceSystem() != null ? tags.sourceSystem() : defaultSourceSystem;
        if (sourceSystem != null) {
            body.put("source_system", sourceSystem);
        }
        if (tags.correlationId() != null) {
            body.put("correlation_id", tags.correlationId());
        }
    }
}
