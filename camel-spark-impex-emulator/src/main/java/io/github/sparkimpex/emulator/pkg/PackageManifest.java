package io.github.sparkimpex.emulator.pkg;

import java.util.List;

/**
 * {@code manifest.json}, the first entry of every package the emulator exports and the part of an uploaded
 * package the import reads. Serialised in snake_case.
 *
 * @param format        {@link #FORMAT}, so that an import can tell an emulator package from any other ZIP
 * @param fileFilter    {@code migrate} or {@code onpremises}; only {@code migrate} packages can be imported
 * @param versionFilter {@code latest} or {@code all}, as requested
 * @param tenant        the tenant the package was exported from
 */
public record PackageManifest(String format,
                              String fileFilter,
                              String versionFilter,
                              String tenant,
                              String exportId,
                              String exportedAt,
                              String sourceSystem,
                              List<ManifestService> services) {

    public static final String FORMAT = "spark-impex-emulator/1";
    public static final String ENTRY_NAME = "manifest.json";

    public PackageManifest {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** A service of the package. */
    public record ManifestService(String folder, String service, String serviceId, List<ManifestVersion> versions) {

        public ManifestService {
            versions = versions == null ? List.of() : List.copyOf(versions);
        }

        public String uri() {
            return folder + "/" + service;
        }
    }

    /**
     * A version of a packaged service.
     *
     * @param file ZIP entry holding the version's payload
     * @param size payload size in bytes
     */
    public record ManifestVersion(String version, String versionId, String file, long size) {
    }
}
