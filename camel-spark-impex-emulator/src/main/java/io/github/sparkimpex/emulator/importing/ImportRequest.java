package io.github.sparkimpex.emulator.importing;

import java.util.List;
import java.util.Optional;

/** A validated {@code importRequestEntity}. */
public record ImportRequest(List<ServiceMapping> mappings,
                            ServicesExisting servicesExisting,
                            String sourceSystem,
                            String correlationId) {

    public ImportRequest {
        mappings = List.copyOf(mappings);
    }

    /** What Spark assumes without an {@code importRequestEntity}: same names, abort on existing services. */
    public static ImportRequest defaults() {
        return new ImportRequest(List.of(), ServicesExisting.ABORT, null, null);
    }

    public Optional<ServiceMapping> mappingFor(ServiceUri source) {
        return mappings.stream().filter(mapping -> mapping.source().equals(source)).findFirst();
    }
}
