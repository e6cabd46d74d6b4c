package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.core.Timestamps;
import io.github.sparkimpex.emulator.files.DownloadStore;
import io.github.sparkimpex.emulator.jobs.JobError;
import io.github.sparkimpex.emulator.jobs.JobOutcome;
import io.github.sparkimpex.emulator.jobs.JobOutputs;
import io.github.sparkimpex.emulator.jobs.JobWork;
import io.github.sparkimpex.emulator.model.Payload;
import io.github.sparkimpex.emulator.model.Tenant;
import io.github.sparkimpex.emulator.pkg.PackageLayout;
import io.github.sparkimpex.emulator.pkg.PackageManifest;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestService;
import io.github.sparkimpex.emulator.pkg.PackageManifest.ManifestVersion;
import io.github.sparkimpex.emulator.pkg.PackageWriter;
import io.github.sparkimpex.emulator.pkg.WrittenPackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An export job's work: resolve the selection, write the ZIP package to the work directory and publish it on
 * the file host. The selection is read under the tenant's lock; the ZIP is written after releasing it.
 */
public final class ExportWork implements JobWork {

    /** Everything an export needs from the emulator, shared by all export jobs. */
    public record Context(ExportSelector selector, PackageWriter writer, DownloadStore downloads, Path directory,
                          long maxPackageSize, Clock clock) {
    }

    private final Context context;
    private final String jobId;
    private final Tenant tenant;
    private final ExportRequest request;

    public ExportWork(Context context, String jobId, Tenant tenant, ExportRequest request) {
        this.context = context;
        this.jobId = jobId;
        this.tenant = tenant;
        this.request = request;
    }

    @Override
    public JobOutputs emptyOutputs() {
        return ExportOutputs.empty();
    }

    @Override
    public JobOutcome perform() throws IOException {
        ExportSelection selection = tenant.locked(locked -> context.selector().select(locked, request));
        if (!selection.errors().isEmpty()) {
            return JobOutcome.failed(emptyOutputs(), selection.errors());
        }
        if (selection.payloadBytes() > context.maxPackageSize()) {
            return tooLarge(selection.payloadBytes());
        }
        Map<String, Payload> payloads = new LinkedHashMap<>();
        PackageManifest manifest = manifest(selection, payloads);
        Path target = context.directory().resolve("export-" + jobId + ".zip");
        WrittenPackage written = context.writer().write(manifest, payloads, target);
        if (written.size() > context.maxPackageSize()) {
            Files.deleteIfExists(target);
            return tooLarge(written.size());
        }
        String url = context.downloads().publish(target, written.size(), tenant.name(), jobId);
        return JobOutcome.succeeded(outputs(selection, new ExportOutputs.ExportedFile(url, written.hash())));
    }

    @Override
    public void discard() {
        // Nothing is held before perform(): the package only exists once the job has completed.
    }

    private PackageManifest manifest(ExportSelection selection, Map<String, Payload> payloads) {
        Map<String, List<ManifestVersion>> versionsByService = new LinkedHashMap<>();
        Map<String, SelectedVersion> firstByService = new LinkedHashMap<>();
        String fileFilter = request.fileFilter().wireName();
        for (SelectedVersion selected : selection.versions()) {
            String version = selected.version().version().toString();
            String entry = PackageLayout.payloadEntry(fileFilter, selected.folder(), selected.service(), version);
            payloads.put(entry, selected.version().payload());
            versionsByService.computeIfAbsent(selected.serviceUri(), uri -> new ArrayList<>())
                    .add(new ManifestVersion(version, selected.version().versionId(), entry,
                            selected.version().payload().size()));
            firstByService.putIfAbsent(selected.serviceUri(), selected);
        }
        List<ManifestService> services = firstByService.values().stream()
                .map(first -> new ManifestService(first.folder(), first.service(), first.serviceId(),
                        versionsByService.get(first.serviceUri())))
                .toList();
        return new PackageManifest(PackageManifest.FORMAT, fileFilter, request.versionFilter().wireName(),
                tenant.name(), jobId, Timestamps.format(context.clock().instant()), request.sourceSystem(), services);
    }

    private static ExportOutputs outputs(ExportSelection selection, ExportOutputs.ExportedFile file) {
        Map<String, ExportOutputs.ExportedService> services = new LinkedHashMap<>();
        List<ExportOutputs.ExportedVersion> versions = new ArrayList<>();
        for (SelectedVersion selected : selection.versions()) {
            services.putIfAbsent(selected.serviceUri(), new ExportOutputs.ExportedService(selected.serviceUri(),
                    selected.folder(), selected.service(), selected.serviceId()));
            versions.add(new ExportOutputs.ExportedVersion(selected.versionUri(), selected.folder(),
                    selected.service(), selected.version().version().toString(), selected.serviceId(),
                    selected.version().versionId()));
        }
        return new ExportOutputs(List.of(file), List.copyOf(services.values()), versions);
    }

    private JobOutcome tooLarge(long bytes) {
        return JobOutcome.failed(emptyOutputs(), List.of(JobError.of("PACKAGE_TOO_LARGE", "The package would be "
                + bytes + " bytes, over the limit of " + context.maxPackageSize() + " bytes")));
    }
}
