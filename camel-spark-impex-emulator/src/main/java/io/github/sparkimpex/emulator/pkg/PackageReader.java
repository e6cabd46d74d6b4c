package io.github.sparkimpex.emulator.pkg;

import com.fasterxml.jackson.core.JacksonException;
import io.github.sparkimpex.emulator.core.JsonMappers;
import io.github.sparkimpex.emulator.model.Ids;
import io.github.sparkimpex.emulator.model.Names;
import io.github.sparkimpex.emulator.model.SemanticVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks that an uploaded file is an importable package: a ZIP, with a readable {@code manifest.json} of an
 * emulator export made with {@code file_filter=migrate}, naming only entries that are in the ZIP.
 */
public final class PackageReader {

    public ImportPackage open(Path zip) throws InvalidPackageException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            PackageManifest manifest = readManifest(file);
            validate(manifest, file);
            return new ImportPackage(zip, manifest);
        } catch (ZipException e) {
            throw new InvalidPackageException("The uploaded file is not a ZIP package: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidPackageException("The uploaded package cannot be read: " + e.getMessage(), e);
        }
    }

    private PackageManifest readManifest(ZipFile file) throws IOException, InvalidPackageException {
        ZipEntry entry = file.getEntry(PackageManifest.ENTRY_NAME);
        if (entry == null) {
            throw new InvalidPackageException("The package has no " + PackageManifest.ENTRY_NAME
                    + "; it is not a Spark export");
        }
        try (InputStream in = file.getInputStream(entry)) {
            PackageManifest manifest = JsonMappers.wire().readValue(in, PackageManifest.class);
            if (manifest == null) {
                throw new InvalidPackageException(PackageManifest.ENTRY_NAME + " is empty");
            }
            return manifest;
        } catch (JacksonException e) {
            throw new InvalidPackageException(PackageManifest.ENTRY_NAME + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private void validate(PackageManifest manifest, ZipFile file) throws InvalidPackageException {
        if (!PackageManifest.FORMAT.equals(manifest.format())) {
            throw new InvalidPackageException("Unknown package format '" + manifest.format() + "'");
        }
        if (!"migrate".equals(manifest.fileFilter())) {
            throw new InvalidPackageException("Only packages exported with file_filter=migrate can be imported; "
                    + "this one was exported with file_filter=" + manifest.fileFilter());
        }
        if (manifest.services().isEmpty()) {
            throw new InvalidPackageException("The package holds no service");
        }
        for (PackageManifest.ManifestService service : manifest.services()) {
            validateService(service, file);
        }
    }

    private void validateService(PackageManifest.ManifestService service, ZipFile file)
            throws InvalidPackageException {
        try {
            Names.requireValid("folder", service.folder());
            Names.requireValid("service", service.service());
            Ids.requireUuid("service id", service.serviceId());
            if (service.versions().isEmpty()) {
                throw new InvalidPackageException("Service " + service.uri() + " has no version in the package");
            }
            for (PackageManifest.ManifestVersion version : service.versions()) {
                SemanticVersion.parse(version.version());
                Ids.requireUuid("version id", version.versionId());
                if (version.file() == null || file.getEntry(version.file()) == null) {
                    throw new InvalidPackageException("The package misses the file of " + service.uri() + "["
                            + version.version() + "]: " + version.file());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidPackageException("The manifest is invalid: " + e.getMessage(), e);
        }
    }
}
