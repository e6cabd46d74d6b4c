package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.jobs.JobError;
import io.github.sparkimpex.emulator.model.SemanticVersion;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestService;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestVersion;

import java.util.List;

/**
 * What an import will do to the tenant, decided before anything is changed: either every service can be
 * imported, or the plan carries the errors and nothing is imported.
 */
public record ImportPlan(List<PlannedService> services, List<JobError> errors) {

    public ImportPlan {
        services = List.copyOf(services);
        errors = List.copyOf(errors);
    }

    /** The action on a destination service, named as in {@code outputs.services[].status}. */
    public enum ServiceAction {
        ADDED, REPLACED, UPDATED
    }

    /** The fate of one version, named as in {@code outputs.service_versions[].status}. */
    public enum VersionAction {
        ADDED, REPLACED
    }

    /** One packaged service and where it goes. */
    public record PlannedService(ManifestService source, ServiceUri destination, String destinationServiceId,
                                 ServiceAction action, List<PlannedVersion> versions) {

        public PlannedService {
            versions = List.copyOf(versions);
        }
    }

    /** One packaged version and the version it becomes. */
    public record PlannedVersion(ManifestVersion source, SemanticVersion destinationVersion,
                                 String destinationVersionId, VersionAction action) {
    }
}
