package io.github.sparkimpex.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The status document of one export or import job, as returned by the start, status and cancel calls.
 *
 * <p>Fields Spark may leave out or set to null stay null; collections are never null. The document exactly as Spark
 * sent it is kept in {@link #raw()}, so nothing a newer Spark adds is lost when the status is handed on as JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record JobStatus(
        String object,
        String id,
        String responseTimestamp,
        String status,
        String statusUrl,
        Long processTime,
        JobOutputs outputs,
        JsonNode errors,
        JsonNode warnings,
        String sourceSystem,
        String correlationId,
        @JsonIgnore JsonNode raw) {

    public JobStatus {
        outputs = outputs == null ? JobOutputs.EMPTY : outputs;
    }

    public JobStatus withRaw(JsonNode document) {
        return new JobStatus(object, id, responseTimestamp, status, statusUrl, processTime, outputs, errors, warnings,
                sourceSystem, correlationId, document);
    }

    @JsonIgnore
    public JobState state() {
        return JobState.of(status);
    }

    @JsonIgnore
    public List<ExportedFile> files() {
        return outputs.files();
    }
}
