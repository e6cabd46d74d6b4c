package io.github.sparkimpex.emulator.exporting;

import java.util.List;

/** A validated body of {@code POST /{tenant}/api/v4/export}. */
public record ExportRequest(List<String> folders,
                            List<ServiceReference> services,
                            List<String> versionIds,
                            FileFilter fileFilter,
                            VersionFilter versionFilter,
                            String sourceSystem,
                            String correlationId) {

    public ExportRequest {
        folders = List.copyOf(folders);
        services = List.copyOf(services);
        versionIds = List.copyOf(versionIds);
    }
}
