package io.github.sparkimpex.emulator.pkg;

import io.github.sparkimpex.emulator.core.JsonMappers;
import io.github.sparkimpex.emulator.model.Payload;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams a package to a file: the manifest first, then every payload. The file hash is computed on the bytes
 * as they are written, so neither the ZIP nor a payload is ever held in memory.
 */
public final class PackageWriter {

    private final String hashAlgorithm;

    /** @param hashAlgorithm a {@link MessageDigest} algorithm name, e.g. {@code SHA-256} */
    public PackageWriter(String hashAlgorithm) {
        try {
            MessageDigest.getInstance(hashAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException("Unknown file hash algorithm: " + hashAlgorithm, e);
        }
        this.hashAlgorithm = hashAlgorithm;
    }

    /** @param payloads payload of each ZIP entry named in the manifest, in the order to write them */
    public WrittenPackage write(PackageManifest manifest, Map<String, Payload> payloads, Path target)
            throws IOException {
        MessageDigest digest = newDigest();
        try (OutputStream file = Files.newOutputStream(target);
             DigestOutputStream hashed = new DigestOutputStream(new BufferedOutputStream(file, 64 * 1024), digest);
             ZipOutputStream zip = new ZipOutputStream(hashed)) {
            zip.putNextEntry(new ZipEntry(PackageManifest.ENTRY_NAME));
            zip.write(JsonMappers.wire().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Map.Entry<String, Payload> entry : payloads.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                entry.getValue().writeTo(zip);
                zip.closeEntry();
            }
        }
        return new WrittenPackage(target, Files.size(target), HexFormat.of().formatHex(digest.digest()));
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(hashAlgorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
