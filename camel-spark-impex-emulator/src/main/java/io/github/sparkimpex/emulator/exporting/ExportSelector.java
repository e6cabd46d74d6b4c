package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.jobs.JobError;
import io.github.sparkimpex.emulator.model.Folder;
import io.github.sparkimpex.emulator.model.ServiceVersion;
import io.github.sparkimpex.emulator.model.SparkService;
import io.github.sparkimpex.emulator.model.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an export request against a tenant: folders, services in every accepted form and version ids, with
 * {@code version_filter} applied to folders and services (not to versions named by id).
 */
public final class ExportSelector {

    /** Must be called inside {@link Tenant#locked}. */
    public ExportSelection select(Tenant tenant, ExportRequest request) {
        Map<String, SelectedVersion> selected = new LinkedHashMap<>();
        List<JobError> errors = new ArrayList<>();
        for (String folderName : request.folders()) {
            selectFolder(tenant, folderName, request.versionFilter(), selected, errors);
        }
        for (ServiceReference reference : request.services()) {
            selectService(tenant, reference, request.versionFilter(), selected, errors);
        }
        for (String versionId : request.versionIds()) {
            selectVersionId(tenant, versionId, versionId, selected, errors);
        }
        List<SelectedVersion> versions = new ArrayList<>(selected.values());
        versions.sort(SelectedVersion.ORDER);
        return new ExportSelection(versions, errors);
    }

    private void selectFolder(Tenant tenant, String folderName, VersionFilter filter,
                              Map<String, SelectedVersion> selected, List<JobError> errors) {
        Optional<Folder> folder = tenant.folder(folderName);
        if (folder.isEmpty()) {
            errors.add(JobError.about(folderName, "FOLDER_NOT_FOUND", "Folder '" + folderName + "' does not exist"));
            return;
        }
        if (folder.get().services().isEmpty()) {
            errors.add(JobError.about(folderName, "FOLDER_EMPTY",
                    "Folder '" + folderName + "' holds no service; an exported folder needs at least one"));
            return;
        }
        for (SparkService service : folder.get().services()) {
            addVersions(folderName, service, filter.apply(service.versions()), folderName, selected, errors);
        }
    }

    private void selectService(Tenant tenant, ServiceReference reference, VersionFilter filter,
                               Map<String, SelectedVersion> selected, List<JobError> errors) {
        if (reference instanceof ServiceReference.ByVersionId byVersion) {
            selectVersionId(tenant, byVersion.versionId(), byVersion.text(), selected, errors);
        } else if (reference instanceof ServiceReference.ByServiceId byId) {
            tenant.serviceById(byId.serviceId()).ifPresentOrElse(
                    located -> addVersions(located.folder().name(), located.service(),
                            filter.apply(located.service().versions()), byId.text(), selected, errors),
                    () -> errors.add(JobError.about(byId.text(), "SERVICE_NOT_FOUND",
                            "No service has id " + byId.serviceId())));
        } else if (reference instanceof ServiceReference.ByPath byPath) {
            selectPath(tenant, byPath, filter, selected, errors);
        }
    }

    private void selectPath(Tenant tenant, ServiceReference.ByPath reference, VersionFilter filter,
                            Map<String, SelectedVersion> selected, List<JobError> errors) {
        Optional<Folder> folder = tenant.folder(reference.folder());
        if (folder.isEmpty()) {
            errors.add(JobError.about(reference.text(), "FOLDER_NOT_FOUND",
                    "Folder '" + reference.folder() + "' does not exist"));
            return;
        }
        Optional<SparkService> service = folder.get().service(reference.service());
        if (service.isEmpty()) {
            errors.add(JobError.about(reference.text(), "SERVICE_NOT_FOUND", "Service '" + reference.service()
                    + "' does not exist in folder '" + reference.folder() + "'"));
            return;
        }
        List<ServiceVersion> candidates = service.get().versions();
        if (reference.versionPrefix() != null) {
            candidates = candidates.stream()
                    .filter(version -> version.version().matchesPrefix(reference.versionPrefix()))
                    .toList();
            if (candidates.isEmpty()) {
                errors.add(JobError.about(reference.text(), "VERSION_NOT_FOUND", "No version of "
                        + reference.folder() + "/" + reference.service() + " matches [" + reference.versionPrefix() + "]"));
                return;
            }
        }
        addVersions(reference.folder(), service.get(), filter.apply(candidates), reference.text(), selected, errors);
    }

    private void selectVersionId(Tenant tenant, String versionId, String item, Map<String, SelectedVersion> selected,
                                 List<JobError> errors) {
        tenant.versionById(versionId).ifPresentOrElse(
                located -> put(selected, new SelectedVersion(located.folder().name(), located.service().name(),
                        located.service().serviceId(), located.version())),
                () -> errors.add(JobError.about(item, "VERSION_NOT_FOUND", "No version has id " + versionId)));
    }

    private void addVersions(String folder, SparkService service, List<ServiceVersion> versions, String item,
                             Map<String, SelectedVersion> selected, List<JobError> errors) {
        if (versions.isEmpty()) {
            errors.add(JobError.about(item, "SERVICE_HAS_NO_VERSION",
                    "Service " + folder + "/" + service.name() + " has no version to export"));
            return;
        }
        versions.forEach(version -> put(selected,
                new SelectedVersion(folder, service.name(), service.serviceId(), version)));
    }

    private static void put(Map<String, SelectedVersion> selected, SelectedVersion version) {
        selected.putIfAbsent(version.version().versionId(), version);
    }
}
