package io.github.sparkimpex.model;

/** The {@code source_system} and {@code correlation_id} tags Spark echoes back on every job. */
public record JobTags(String sourceSystem, String correlationId) {

    public static final JobTags NONE = new JobTags(null, null);
}
