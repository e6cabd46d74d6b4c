package io.github.sparkimpex.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * A package to upload, always backed by a file so that a retried upload can send it again from the start. A stream
 * is spooled to a temporary file first (the TS SDK re-reads a drained stream and hangs); the spool is the source's to
 * delete.
 */
public final class PackageSource {

    private static final byte[] ZIP_LOCAL_HEADER = { 'P', 'K', 3, 4 };
    private static final byte[] ZIP_EMPTY_ARCHIVE = { 'P', 'K', 5, 6 };

    private final Path file;
    private final long size;
    private final boolean spooled;

    private PackageSource(Path file, boolean spooled) throws IOException {
        this.file = file;
        this.size = Files.size(file);
        this.spooled = spooled;
    }

    public static PackageSource ofFile(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("Import package " + file + " is not a readable file");
        }
        try {
            PackageSource source = new PackageSource(file, false);
            source.requireZip();
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read import package " + file, e);
        }
    }

    /** Copies the stream to a temporary file in {@code directory} (the system temp directory when null). */
    public static PackageSource spool(InputStream in, Path directory) {
        Path spool = null;
        try {
            spool = directory == null
                    ? Files.createTempFile("spark-import-", ".zip")
                    : Files.createTempFile(Files.createDirectories(directory), "spark-import-", ".zip");
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            PackageSource source = new PackageSource(spool, true);
            source.requireZip();
            return source;
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new UncheckedIOException("Cannot spool the import package to a temporary file", e);
        } catch (RuntimeException e) {
            deleteQuietly(spool);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** Refuses a package Spark would refuse anyway, before its bytes cross the network. */
    public void requireAtMost(long maxPackageSize) {
        if (size > maxPackageSize) {
            throw new IllegalArgumentException("Import package is " + size + " bytes, over maxPackageSize ("
                                               + maxPackageSize + " bytes; Spark's default limit is 200 MB)");
        }
    }

    /** Deletes the spool file, if this source made one; a user's own file is never touched. */
    public void discard() {
        if (spooled) {
            deleteQuietly(file);
        }
    }

    private void requireZip() throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        }
        if (read < 4 || !Arrays.equals(head, ZIP_LOCAL_HEADER) && !Arrays.equals(head, ZIP_EMPTY_ARCHIVE)) {
            discard();
            throw new IllegalArgumentException(
                    "The import body is not a ZIP package (it does not start with the ZIP signature 'PK'); "
                                               + "import expects the package produced by an export");
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temp file is harmless; the original failure matters more
            }
        }
    }
}
