package io.github.sparkimpex.model;

import java.util.List;

/**
 * The {@code importRequestEntity} of {@code POST /{tenant}/api/v4/import}.
 *
 * @param mappings   the {@code services_modify} entries; empty means every service keeps its source folder and name
 * @param ifPresent  {@code services_existing}
 */
public record ImportRequest(List<ServiceMapping> mappings, IfPresent ifPresent, JobTags tags) {

    public ImportRequest {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
        tags = tags == null ? JobTags.NONE : tags;
    }
}
