package io.github.sparkimpex.camel;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.client.SparkJson;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.TenantJobs;
import io.github.sparkimpex.model.TenantOverview;
import org.apache.camel.Converter;

/** Lets results flow into any endpoint: typed results become JSON text or a Map on demand. */
@Converter(generateLoader = true)
public final class SparkImpexConverters {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private SparkImpexConverters() {
    }

    /** The status exactly as Spark sent it. */
    @Converter
    public static String jobStatusToJson(JobStatus status) throws JsonProcessingException {
        return SparkJson.MAPPER.writeValueAsString(json(status));
    }

    @Converter
    public static Map<String, Object> jobStatusToMap(JobStatus status) {
        return SparkJson.MAPPER.convertValue(json(status), MAP);
    }

    @Converter
    public static String tenantOverviewToJson(TenantOverview overview) throws JsonProcessingException {
        return SparkJson.MAPPER.writeValueAsString(json(overview));
    }

    @Converter
    public static Map<String, Object> tenantOverviewToMap(TenantOverview overview) {
        return SparkJson.MAPPER.convertValue(json(overview), MAP);
    }

    private static JsonNode json(JobStatus status) {
        return status.raw() != null ? status.raw() : SparkJson.MAPPER.valueToTree(status);
    }

    /** Spark's own documents, under {@code exports} and {@code imports}. */
    private static JsonNode json(TenantOverview overview) {
        var node = SparkJson.MAPPER.createObjectNode();
        node.put("tenant", overview.tenant());
        node.set("exports", raw(overview.exports()));
        node.set("imports", raw(overview.imports()));
        return node;
    }

    private static JsonNode raw(TenantJobs jobs) {
        return jobs.raw() != null ? jobs.raw() : SparkJson.MAPPER.valueToTree(jobs);
    }
}
