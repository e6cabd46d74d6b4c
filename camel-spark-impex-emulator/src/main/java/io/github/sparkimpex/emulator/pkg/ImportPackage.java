package io.github.sparkimpex.emulator.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An uploaded package that passed validation: the ZIP on disk and its manifest. */
public final class ImportPackage {

    private final Path zip;
    private final PackageManifest manifest;

    ImportPackage(Path zip, PackageManifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    public Path zip() {
        return zip;
    }

    public PackageManifest manifest() {
        return manifest;
    }

    /** Copies one version's payload out of the ZIP, streaming. */
    public void extract(PackageManifest.ManifestVersion version, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(version.file());
            if (entry == null) {
                throw new IOException("Package entry disappeared: " + version.file());
            }
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes the uploaded ZIP. */
    public void delete() {
        try {
            Files.deleteIfExists(zip);
        } catch (IOException ignored) {
            // The whole work directory is deleted when the emulator closes.
        }
    }
}
