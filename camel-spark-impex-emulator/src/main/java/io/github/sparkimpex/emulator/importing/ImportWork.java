package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.importing.ImportPlan.PlannedService;
import io.github.sparkimpex.emulator.importing.ImportPlan.PlannedVersion;
import io.github.sparkimpex.emulator.jobs.JobOutcome;
import io.github.sparkimpex.emulator.jobs.JobOutputs;
import io.github.sparkimpex.emulator.jobs.JobWork;
import io.github.sparkimpex.emulator.model.FilePayload;
import io.github.sparkimpex.emulator.model.Folder;
import io.github.sparkimpex.emulator.model.Ids;
import io.github.sparkimpex.emulator.model.SemanticVersion;
import io.github.sparkimpex.emulator.model.ServiceVersion;
import io.github.sparkimpex.emulator.model.SparkService;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.pkg.ImportPackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An import job's work: plan against the tenant, then, if the plan has no error, copy the payloads out of the
 * package and change the tenant. Planning and changing happen under one hold of the tenant's lock, so the
 * tenant cannot change in between; a failed import changes nothing.
 */
public final class ImportWork implements JobWork {

    private final ImportPlanner planner;
    private final Path payloadDirectory;
    private final Tenant tenant;
    private final ImportPackage importPackage;
    private final ImportRequest request;

    public ImportWork(ImportPlanner planner, Path payloadDirectory, Tenant tenant, ImportPackage importPackage,
                      ImportRequest request) {
        this.planner = planner;
        this.payloadDirectory = payloadDirectory;
        this.tenant = tenant;
        this.importPackage = importPackage;
        this.request = request;
    }

    @Override
    public JobOutputs emptyOutputs() {
        return ImportOutputs.empty();
    }

    @Override
    public JobOutcome perform() throws IOException {
        try {
            return tenant.locked(this::importInto);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            importPackage.delete();
        }
    }

    @Override
    public void discard() {
        importPackage.delete();
    }

    private JobOutcome importInto(Tenant locked) {
        ImportPlan plan = planner.plan(locked, importPackage.manifest(), request);
        if (!plan.errors().isEmpty()) {
            return JobOutcome.failed(emptyOutputs(), plan.errors());
        }
        List<List<ServiceVersion>> newVersions = new ArrayList<>();
        for (PlannedService service : plan.services()) {
            newVersions.add(extractVersions(service));
        }
        for (int i = 0; i < plan.services().size(); i++) {
            apply(locked, plan.services().get(i), newVersions.get(i));
        }
        return JobOutcome.succeeded(outputs(plan));
    }

    /** Copies the payloads first, so that an I/O error cannot leave the tenant half imported. */
    private List<ServiceVersion> extractVersions(PlannedService service) {
        List<ServiceVersion> versions = new ArrayList<>();
        try {
            for (PlannedVersion version : service.versions()) {
                Path payload = payloadDirectory.resolve("payload-" + Ids.random() + ".bin");
                importPackage.extract(version.source(), payload);
                versions.add(new ServiceVersion(version.destinationVersion(), version.destinationVersionId(),
                        new FilePayload(payload)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static void apply(Tenant tenant, PlannedService service, List<ServiceVersion> versions) {
        Folder folder = tenant.folder(service.destination().folder()).orElseThrow();
        switch (service.action()) {
            case ADDED -> {
                SparkService created = new SparkService(service.destination().service(), service.destinationServiceId());
                versions.forEach(created::add);
                folder.add(created);
            }
            case REPLACED -> folder.service(service.destination().service()).orElseThrow().replaceVersions(versions);
            case UPDATED -> versions.forEach(folder.service(service.destination().service()).orElseThrow()::add);
        }
    }

    private static ImportOutputs outputs(ImportPlan plan) {
        List<ImportOutputs.ImportedService> services = new ArrayList<>();
        List<ImportOutputs.ImportedVersion> versions = new ArrayList<>();
        for (PlannedService service : plan.services()) {
            String sourceUri = service.source().uri();
            String destinationUri = service.destination().toString();
            services.add(new ImportOutputs.ImportedService(sourceUri, service.source().folder(),
                    service.source().service(), service.source().serviceId(), destinationUri,
                    service.destination().folder(), service.destination().service(), service.destinationServiceId(),
                    wire(service.action())));
            for (PlannedVersion version : service.versions()) {
                versions.add(new ImportOutputs.ImportedVersion(sourceUri + "[" + version.source().version() + "]",
                        service.source().folder(), service.source().service(), version.source().version(),
                        service.source().serviceId(), version.source().versionId(), service.destination().folder(),
                        service.destination().service(), version.destinationVersion().toString(),
                        destinationUri + "[" + version.destinationVersion() + "]", service.destinationServiceId(),
                        version.destinationVersionId(), wire(version.action())));
            }
        }
        services.sort(Comparator.comparing(ImportOutputs.ImportedService::folderSource)
                .thenComparing(ImportOutputs.ImportedService::serviceSource));
        versions.sort(Comparator.comparing(ImportOutputs.ImportedVersion::folderSource)
                .thenComparing(ImportOutputs.ImportedVersion::serviceSource)
                .thenComparing(version -> SemanticVersion.parse(version.versionSource())));
        return new ImportOutputs(services, versions);
    }

    private static String wire(Enum<?> action) {
        return action.name().toLowerCase(Locale.ROOT);
    }
}
