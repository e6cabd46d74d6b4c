package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.importing.ImportPlan.PlannedService;
import io.github.sparkimpex.emulator.importing.ImportPlan.PlannedVersion;
import io.github.sparkimpex.emulator.importing.ImportPlan.ServiceAction;
import io.github.sparkimpex.emulator.importing.ImportPlan.VersionAction;
import io.github.sparkimpex.emulator.jobs.JobError;
import io.github.sparkimpex.emulator.model.Folder;
import io.github.sparkimpex.emulator.model.Ids;
import io.github.sparkimpex.emulator.model.SemanticVersion;
import io.github.sparkimpex.emulator.model.ServiceVersion;
import io.github.sparkimpex.emulator.model.SparkService;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.pkg.PackageManifest;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestService;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestVersion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies Spark's import rules to a package and a tenant, without changing the tenant:
 * <ul>
 *   <li>each packaged service goes to its {@code services_modify} destination, or keeps its folder and name;</li>
 *   <li>the destination folder must exist;</li>
 *   <li>a new service is {@code added} with the source's versions;</li>
 *   <li>an existing service fails the import with {@code abort} (the default), is {@code replaced} with
 *       {@code replace} (overlapping semantic versions keep their destination version id), or is
 *       {@code updated} with {@code add_version}: one new version per packaged version, in ascending source
 *       order, each bumping the destination's latest version by {@code update_version_type}; {@code copy}
 *       keeps the source numbers and fails on a collision;</li>
 *   <li>a new version keeps its source version id unless the tenant already has it; a new service likewise
 *       keeps its source service id.</li>
 * </ul>
 * Every problem is reported, not only the first, and any problem fails the whole import.
 */
public final class ImportPlanner {

    private static final Comparator<ManifestService> SOURCE_ORDER =
            Comparator.comparing(ManifestService::folder).thenComparing(ManifestService::service);

    /** Must be called inside {@link Tenant#locked}. */
    public ImportPlan plan(Tenant tenant, PackageManifest manifest, ImportRequest request) {
        List<JobError> errors = new ArrayList<>();
        for (ServiceMapping mapping : request.mappings()) {
            if (manifest.services().stream().noneMatch(service -> sourceUri(service).equals(mapping.source()))) {
                errors.add(JobError.about(mapping.source().toString(), "SERVICE_NOT_IN_PACKAGE",
                        "services_modify names " + mapping.source() + ", which the package does not hold"));
            }
        }
        IdClaims ids = new IdClaims(tenant);
        Set<ServiceUri> destinations = new HashSet<>();
        List<PlannedService> planned = new ArrayList<>();
        List<ManifestService> sources = manifest.services().stream().sorted(SOURCE_ORDER).toList();
        for (ManifestService source : sources) {
            Optional<ServiceMapping> mapping = request.mappingFor(sourceUri(source));
            ServiceUri destination = mapping.map(ServiceMapping::destination).orElse(sourceUri(source));
            UpdateVersionType bump = mapping.map(ServiceMapping::updateVersionType).orElse(UpdateVersionType.MINOR);
            if (!destinations.add(destination)) {
                errors.add(JobError.about(destination.toString(), "DUPLICATE_DESTINATION",
                        "Two packaged services would be imported into " + destination));
                continue;
            }
            planService(tenant, source, destination, bump, request.servicesExisting(), ids, errors)
                    .ifPresent(planned::add);
        }
        return new ImportPlan(planned, errors);
    }

    private Optional<PlannedService> planService(Tenant tenant, ManifestService source, ServiceUri destination,
                                                 UpdateVersionType bump, ServicesExisting existingRule,
                                                 IdClaims ids, List<JobError> errors) {
        Optional<Folder> folder = tenant.folder(destination.folder());
        if (folder.isEmpty()) {
            errors.add(JobError.about(destination.toString(), "FOLDER_NOT_FOUND",
                    "Destination folder '" + destination.folder() + "' does not exist"));
            return Optional.empty();
        }
        List<ManifestVersion> versions = source.versions().stream()
                .sorted(Comparator.comparing(version -> SemanticVersion.parse(version.version())))
                .toList();
        Optional<SparkService> existing = folder.get().service(destination.service());
        if (existing.isEmpty()) {
            return Optional.of(new PlannedService(source, destination, ids.claimService(source.serviceId()),
                    ServiceAction.ADDED, keepNumbers(versions, ids)));
        }
        return switch (existingRule) {
            case ABORT -> {
                errors.add(JobError.about(destination.toString(), "SERVICE_EXISTS", "Service " + destination
                        + " already exists; services_existing is abort"));
                yield Optional.empty();
            }
            case REPLACE -> Optional.of(new PlannedService(source, destination, existing.get().serviceId(),
                    ServiceAction.REPLACED, replacing(existing.get(), versions, ids)));
            case ADD_VERSION -> addingVersions(existing.get(), source, destination, versions, bump, ids, errors);
        };
    }

    private static List<PlannedVersion> keepNumbers(List<ManifestVersion> versions, IdClaims ids) {
        return versions.stream()
                .map(version -> new PlannedVersion(version, SemanticVersion.parse(version.version()),
                        ids.claimVersion(version.versionId()), VersionAction.ADDED))
                .toList();
    }

    private static List<PlannedVersion> replacing(SparkService existing, List<ManifestVersion> versions,
                                                  IdClaims ids) {
        List<PlannedVersion> planned = new ArrayList<>();
        for (ManifestVersion version : versions) {
            SemanticVersion number = SemanticVersion.parse(version.version());
            Optional<ServiceVersion> overlapping = existing.version(number);
            planned.add(overlapping
                    .map(old -> new PlannedVersion(version, number, old.versionId(), VersionAction.REPLACED))
                    .orElseGet(() -> new PlannedVersion(version, number, ids.claimVersion(version.versionId()),
                            VersionAction.ADDED)));
        }
        return planned;
    }

    private static Optional<PlannedService> addingVersions(SparkService existing, ManifestService source,
                                                           ServiceUri destination, List<ManifestVersion> versions,
                                                           UpdateVersionType bump, IdClaims ids,
                                                           List<JobError> errors) {
        List<PlannedVersion> planned = new ArrayList<>();
        Optional<SemanticVersion> latest = existing.latest().map(ServiceVersion::version);
        // A service without versions has nothing to bump from, so it keeps the source numbers like copy does.
        if (bump == UpdateVersionType.COPY || latest.isEmpty()) {
            for (ManifestVersion version : versions) {
                SemanticVersion number = SemanticVersion.parse(version.version());
                if (existing.version(number).isPresent()) {
                    errors.add(JobError.about(destination + "[" + number + "]", "VERSION_EXISTS", "Service "
                            + destination + " already has version " + number + "; update_version_type is copy"));
                    continue;
                }
                planned.add(new PlannedVersion(version, number, ids.claimVersion(version.versionId()),
                        VersionAction.ADDED));
            }
        } else {
            SemanticVersion next = latest.get();
            for (ManifestVersion version : versions) {
                next = bump.bump(next);
                planned.add(new PlannedVersion(version, next, ids.claimVersion(version.versionId()),
                        VersionAction.ADDED));
            }
        }
        if (planned.size() < versions.size()) {
            return Optional.empty();
        }
        return Optional.of(new PlannedService(source, destination, existing.serviceId(), ServiceAction.UPDATED,
                planned));
    }

    private static ServiceUri sourceUri(ManifestService service) {
        return new ServiceUri(service.folder(), service.service());
    }

    /** Ids taken in the tenant or by earlier items of this plan; a taken source id is replaced by a new one. */
    private static final class IdClaims {
        private final Tenant tenant;
        private final Set<String> claimedServices = new HashSet<>();
        private final Set<String> claimedVersions = new HashSet<>();

        IdClaims(Tenant tenant) {
            this.tenant = tenant;
        }

        String claimService(String sourceId) {
            String id = tenant.hasServiceId(sourceId) || claimedServices.contains(sourceId) ? Ids.random() : sourceId;
            claimedServices.add(id);
            return id;
        }

        String claimVersion(String sourceId) {
            String id = tenant.hasVersionId(sourceId) || claimedVersions.contains(sourceId) ? Ids.random() : sourceId;
            claimedVersions.add(id);
            return id;
        }
    }
}
